"""JPEG and PNG files without their metadata: the place a photo was taken (EXIF's GPS),
the camera, its owner's name, comments and XMP. Photos come straight from phones, whose
cameras record where they were taken, and the site shows them to everyone.

Segments and chunks are dropped from the file as it is, without decoding its pixels, so
nothing is lost and it costs little. What draws the picture is kept: JPEG's JFIF header, ICC
colour profile and Adobe colour transform, PNG's colour, transparency, density and animation
chunks. Orientation is not kept: the site turns every photo upright before it is stored
(base.models.images.fit_for_web), as Wagtail does before it draws a rendition."""

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_KEPT = {
    b"IHDR",
    b"PLTE",
    b"IDAT",
    b"IEND",
    b"tRNS",
    b"gAMA",
    b"cHRM",
    b"sRGB",
    b"iCCP",
    b"cICP",
    b"mDCv",
    b"cLLi",
    b"sBIT",
    b"bKGD",
    b"hIST",
    b"pHYs",
    b"acTL",
    b"fcTL",
    b"fdAT",
}
JPEG_START, JPEG_END, JPEG_SCAN = 0xD8, 0xD9, 0xDA
JPEG_STANDALONE = {0x01, *range(0xD0, 0xD8)}
# Application segments kept, by marker and the signature their data starts with.
JPEG_KEPT_APPS = {0xE0: (b"JFIF\0", b"JFXX\0"), 0xE2: (b"ICC_PROFILE\0",), 0xEE: (b"Adobe",)}
JPEG_COMMENT = 0xFE


def without_metadata(data):
    """The bytes of a JPEG or PNG file without its metadata; any other file as it is."""
    if data.startswith(b"\xff\xd8"):
        return jpeg_without_metadata(data)
    if data.startswith(PNG_SIGNATURE):
        return png_without_metadata(data)
    return data


def png_without_metadata(data):
    """Only the chunks that draw the picture (text, eXIf, times and unknown chunks go), up
    to IEND: what is written after it is not part of the image."""
    kept = [PNG_SIGNATURE]
    position = len(PNG_SIGNATURE)
    while position + 12 <= len(data):
        length = int.from_bytes(data[position : position + 4], "big")
        kind = data[position + 4 : position + 8]
        end = position + 12 + length
        if kind in PNG_KEPT:
            kept.append(data[position:end])
        position = end
        if kind == b"IEND":
            break
    return b"".join(kept)


def jpeg_without_metadata(data):
    """Every segment but the application segments that are not kept (EXIF and XMP in APP1,
    IPTC in APP13, the others) and comments, up to the end of the image: phones append
    more pictures after it, with their own EXIF. A file too broken to read is given back
    as it is, for Pillow to refuse."""
    kept = [data[:2]]
    position = 2
    while position + 2 <= len(data):
        if data[position] != 0xFF:
            return data
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte before a marker
            position += 1
            continue
        if marker == JPEG_END:
            kept.append(data[position : position + 2])
            return b"".join(kept)
        if marker in JPEG_STANDALONE:
            kept.append(data[position : position + 2])
            position += 2
            continue
        end = position + 2 + int.from_bytes(data[position + 2 : position + 4], "big")
        if marker == JPEG_SCAN:
            end = scan_end(data, end)
        if not is_jpeg_metadata(marker, data[position + 4 : end]):
            kept.append(data[position:end])
        position = end
    return data


def is_jpeg_metadata(marker, content):
    if marker == JPEG_COMMENT:
        return True
    if 0xE0 <= marker <= 0xEF:
        return not content.startswith(JPEG_KEPT_APPS.get(marker, ()))
    return False


def scan_end(data, position):
    """Where the compressed data that starts at `position` ends: at the next marker, the
    first 0xFF followed by neither 0x00 (an escaped 0xFF) nor a restart marker."""
    while (position := data.find(b"\xff", position)) != -1 and position + 1 < len(data):
        following = data[position + 1]
        if following == 0x00 or following in JPEG_STANDALONE:
            position += 2
        elif following == 0xFF:
            position += 1
        else:
            return position
    return len(data)
