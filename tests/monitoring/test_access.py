"""Who reads the report: the Ethnic Committee reads every cooperative's figures and changes
nothing; cooperative staff read their own cooperative's only, whatever the address asks;
editors read none."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission

from monitoring.access import WHOLE_PROGRAMME, scope_of
from tests.monitoring.conftest import (
    placed,
    report_url,
    screen_tables,
    summary,
    user_in,
    vietnam_time,
)

pytestmark = pytest.mark.django_db

CHANGES = ("add_", "change_", "delete_", "publish_", "lock_", "unlock_", "manage_")

REPORT_VIEWS = [
    "monitoring:report",
    "monitoring:csv",
    "monitoring:xlsx",
    "monitoring:yearly",
    "monitoring:yearly_xlsx",
]


def refused(response):
    """Wagtail refuses an admin page with 403, or by sending the user to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


@pytest.fixture
def sales(programme):
    p = programme
    placed(vietnam_time(2025, 4, 1, 9), {p["weavers"]: [(p["scarf"], 1)]})
    placed(vietnam_time(2025, 4, 2, 9), {p["baskets"]: [(p["basket"], 2)]})
    return p


def test_the_committee_reads_every_cooperative(client, sales, committee):
    client.force_login(committee)

    response = client.get(report_url(year=2025))

    assert summary(response)["revenue"] == 350_000 + 1_000_000
    assert scope_of(committee) == WHOLE_PROGRAMME
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("monitoring:report") in menu


def test_the_committee_changes_nothing(client, sales, committee):
    permissions = committee.get_all_permissions()
    assert {"wagtailadmin.access_admin", "monitoring.view_report"} <= permissions
    assert not [name for name in permissions if name.split(".")[1].startswith(CHANGES)]
    assert not GroupPagePermission.objects.filter(group__user=committee).exists()
    client.force_login(committee)
    for url in [
        reverse("wagtailadmin_pages:edit", args=[sales["weavers"].pk]),
        reverse("wagtailadmin_pages:add_subpage", args=[sales["shop"].pk]),
        reverse("orders:index"),
        reverse("fulfilments:index"),
    ]:
        assert refused(client.get(url)), url
    assert client.post(report_url(year=2025)).status_code == 405


def test_cooperative_staff_read_their_own_cooperative_only(client, sales, weaver):
    client.force_login(weaver)

    response = client.get(report_url(year=2025))

    assert summary(response)["revenue"] == 350_000
    text = response.content.decode()
    assert "HTX Đan lát Đăk Răng" not in text
    assert "stories" not in summary(response)  # the programme's figures are not theirs
    rows = screen_tables(response)["By cooperative"][1:]
    assert [row[0] for row in rows] == ["HTX Dệt Kon Klor", "Total"]
    for view in ["monitoring:csv", "monitoring:yearly"]:
        download = client.get(report_url(view, year=2025)).content.decode("utf-8-sig")
        assert "HTX Dệt Kon Klor" in download
        assert "HTX Đan lát Đăk Răng" not in download


def test_a_moderator_on_one_cooperatives_staff_reads_that_cooperative_only(weaver, sales):
    """A moderator's page rights reach every cooperative's page; figures follow the staff
    group."""
    weaver.groups.add(Group.objects.get(name="Moderators"))

    assert scope_of(weaver).cooperatives == {sales["weavers"].translation_key}


def test_cooperative_staff_cannot_ask_for_another_cooperative(client, sales, weaver):
    client.force_login(weaver)
    other = sales["baskets"].translation_key

    response = client.get(report_url(year=2025, cooperative=other))

    assert response.status_code == 200
    assert "cooperative" in response.context["form"].errors
    assert "report-section" not in response.content.decode()
    for view in REPORT_VIEWS[1:]:
        # Back to the report page, which says what is wrong.
        response = client.get(report_url(view, year=2025, cooperative=other))
        assert response.status_code == 302
        assert response.url.startswith(reverse("monitoring:report")), view


def test_the_committee_may_narrow_the_report_to_one_cooperative(client, sales, committee):
    client.force_login(committee)
    baskets = sales["baskets"].translation_key

    response = client.get(report_url(year=2025, cooperative=baskets))

    assert summary(response)["revenue"] == 1_000_000


def test_editors_read_nothing(client, editor):
    client.force_login(editor)

    for view in REPORT_VIEWS:
        assert refused(client.get(report_url(view, year=2025))), view
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("monitoring:report") not in menu


def test_visitors_are_sent_to_log_in(client, db):
    response = client.get(report_url(year=2025))

    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


def test_staff_of_no_cooperative_read_nothing(client, programme, weaver):
    """A user with the staff permissions whose group lost its cooperative's pages."""
    stranger = user_in(weaver.groups.get(), "stranger")
    stranger.groups.get().page_permissions.all().delete()
    stranger = get_user_model().objects.get(pk=stranger.pk)
    client.force_login(stranger)

    assert refused(client.get(report_url(year=2025)))
