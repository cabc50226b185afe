"""The code on a label, in its QR and printed for typing: `<label id>-<piece>-<signature>`,
e.g. `27-3-K7QXM2PTAB` for piece 3 of label run 27.

The signature is Django's salted HMAC (django.core.signing, keyed with SECRET_KEY and
checked against SECRET_KEY_FALLBACKS, so keys can be rotated) of the label id, the piece
number AND the product's translation key, cut to 10 base32 characters (50 bits): short
enough to type from the label and to keep the QR small, far too many to guess (every guess
is a request to the site). Binding the product means that a label run's row changed to name
another product, or a code edited to name another run or piece, no longer checks; what a
code cannot know is the piece it is stuck on, so the page it opens shows the product's photo
for the buyer to compare."""

import base64
import re

from django.core import signing

SALT = "labels.code"
SIGNATURE_LENGTH = 10
# Longer input is refused before any parsing or database query.
MAX_CODE_LENGTH = 32
CODE_PATTERN = re.compile(
    r"(?P<label_id>[0-9]{1,9})-(?P<piece>[0-9]{1,4})-(?P<signature>[A-Z2-7]{10})"
)
# What people type for the base32 letters they mistake: digits that base32 does not use.
LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


class InvalidCode(Exception):
    """The code was not made by this site for a label it still vouches for."""


class LabelSigner(signing.Signer):
    """Django's signer with a signature a person can type: the start of the HMAC in upper
    case base32, without the characters of base64 that are hard to tell apart or to type on
    a phone (l and I, O and 0, + and /)."""

    def signature(self, value, key=None):
        digest = signing.b64_decode(super().signature(value, key).encode())
        return base64.b32encode(digest).decode()[:SIGNATURE_LENGTH]


def signer():
    return LabelSigner(salt=SALT)


def signed_text(label_id, piece, product_key):
    """What the signature covers: the label run, the piece and the product."""
    return f"{label_id}:{piece}:{product_key}"


def label_code(label, piece):
    """The code of piece `piece` (0 for identical product labels) of `label`."""
    signature = signer().signature(signed_text(label.pk, piece, label.product.translation_key))
    return f"{label.pk}-{piece}-{signature}"


def parse_code(code):
    """(label id, piece, signature) of a code as typed or scanned: spaces ignored, any case,
    and the digits people type for base32 letters read as those letters. Raises InvalidCode
    for anything not shaped like a code."""
    if not isinstance(code, str) or len(code) > MAX_CODE_LENGTH:
        raise InvalidCode
    label_id, separator, rest = "".join(code.split()).upper().partition("-")
    piece, separator, signature = rest.partition("-")
    match = CODE_PATTERN.fullmatch(f"{label_id}-{piece}-{signature.translate(LOOKALIKES)}")
    if match is None:
        raise InvalidCode
    return int(match["label_id"]), int(match["piece"]), match["signature"]


def check_signature(label_id, piece, product_key, signature):
    """Raise InvalidCode unless `signature` is the site's for this label, piece and product,
    under the current secret key or one of the fallbacks."""
    text = signed_text(label_id, piece, product_key)
    try:
        signer().unsign(f"{text}:{signature}")
    except signing.BadSignature:
        raise InvalidCode from None


def normalised(code):
    """The code in the one form the site links to, for a code that parses."""
    label_id, piece, signature = parse_code(code)
    return f"{label_id}-{piece}-{signature}"
