"""A signed-in session of a cooperative's staff member, for weighing the back office's
screens: run under the settings the server uses, against the benchmark database. The staff
member (`bench-htx`, no password) works for the first cooperative; the session is stored
where the server reads sessions. Prints the session cookie as Playwright takes it.

    python -m bench.backoffice_session BASE_URL
"""

import json
import sys

import django
from django.conf import settings
from django.test import Client


def main(base_url):
    django.setup()
    # models can be imported only once django.setup() has run, just above
    from django.contrib.auth import get_user_model  # noqa: PLC0415 (after django.setup())

    from catalog.models import CooperativePage  # noqa: PLC0415 (after django.setup())
    from catalog.staff import ensure_staff_group  # noqa: PLC0415 (after django.setup())

    cooperative = CooperativePage.objects.filter(locale__language_code="vi").order_by("path")[0]
    staff, _created = get_user_model().objects.get_or_create(username="bench-htx")
    staff.groups.add(ensure_staff_group(cooperative))
    client = Client()
    client.force_login(staff)
    name = settings.SESSION_COOKIE_NAME
    print(json.dumps([{"name": name, "value": client.cookies[name].value, "url": base_url}]))


if __name__ == "__main__":
    main(sys.argv[1])
