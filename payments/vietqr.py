"""VietQR: the NAPAS 247 bank-transfer QR code every Vietnamese banking app scans. The
payload follows EMVCo's merchant-presented format: ID, two-digit length and value fields,
closed by a CRC-16/CCITT-FALSE checksum. The order code goes in the transfer note so staff
can match the transfer to the order; notes are ASCII, since banking apps strip diacritics."""

import segno

NAPAS_GUID = "A000000727"
TO_ACCOUNT = "QRIBFTTA"
VND = "704"


def field(tag, value):
    return f"{tag}{len(value):02d}{value}"


def crc16_ccitt(data: bytes) -> str:
    """CRC-16/CCITT-FALSE (polynomial 0x1021, start 0xFFFF) as four upper-case hex digits."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _bit in range(8):
            crc = ((crc << 1) ^ 0x1021 if crc & 0x8000 else crc << 1) & 0xFFFF
    return f"{crc:04X}"


def payload(bank_bin, account_number, amount=None, note=""):
    """The QR payload for a transfer of `amount` đồng (none: the payer types it) to the
    account, with `note` as the transfer's description."""
    beneficiary = field("00", bank_bin) + field("01", account_number)
    account = field("00", NAPAS_GUID) + field("01", beneficiary) + field("02", TO_ACCOUNT)
    text = (
        field("00", "01")
        + field("01", "12" if amount else "11")
        + field("38", account)
        + field("53", VND)
        + (field("54", str(int(amount))) if amount else "")
        + field("58", "VN")
        + (field("62", field("08", note)) if note else "")
        + "6304"
    )
    return text + crc16_ccitt(text.encode("ascii"))


def qr_svg(text, title):
    """The payload as an inline SVG QR code that scales with its box; `title` is read out by
    screen readers."""
    return segno.make(text, error="m").svg_inline(
        scale=1, border=4, title=title, svgclass="vietqr__code", omitsize=True
    )
