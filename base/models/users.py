from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """The site's own user model, in place before the first migration so that later fields
    (a cooperative membership, a preferred language) need no painful swap."""
