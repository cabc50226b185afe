from io import BytesIO

import factory
from django.core.files.images import ImageFile
from PIL import Image

from base.models import SiteImage


def jpeg_bytes(width=64, height=48, colour=(158, 42, 43)):
    buffer = BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "JPEG")
    return buffer.getvalue()


class SiteImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SiteImage

    title = factory.Sequence(lambda n: f"Ảnh {n}")
    description = "Tấm thổ cẩm đỏ và đen"
    file = factory.LazyFunction(lambda: ImageFile(BytesIO(jpeg_bytes()), name="photo.jpg"))
