"""The Department's review-before-publish workflow, and the artisan consent rule."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from wagtail.models import Page, Workflow, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from stories.models import ArtisanPage, ClassRegistration, VillagePage

pytestmark = pytest.mark.django_db


def user_in(group_name, username):
    user = get_user_model().objects.create_user(username, f"{username}@example.test", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor_client(client):
    client.force_login(user_in("Editors", "editor"))
    return client


def village_form(title="Làng Kon Klor", slug="kon-klor", **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "introduction": "Làng của người Ba Na bên sông Đăk Bla.",
            "commune": "phường Kon Tum",
            "province": "Quảng Ngãi",
            "latitude": "14.35",
            "longitude": "108.02",
            "getting_there": rich_text(""),
            "things_to_do": rich_text(""),
            "best_season": "",
            "services": streamfield([]),
            "body": streamfield([]),
            "comments": inline_formset([]),
            **extra,
        }
    )


def test_default_review_workflow_covers_the_whole_site():
    workflow = Workflow.objects.get(name="Moderators approval")

    assert workflow.active
    assert Page.get_first_root_node().get_workflow() == workflow


def test_editor_submits_reviewer_approves_and_the_page_goes_live(editor_client, client, section):
    index = section["indexes"]["villages"]["vi"]
    url = f"/admin/pages/add/stories/villagepage/{index.pk}/"

    response = editor_client.post(url, {**village_form(), "action-submit": "Submit"})

    assert response.status_code == 302
    village = VillagePage.objects.get(slug="kon-klor", locale__language_code="vi")
    assert not village.live
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(village.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert client.get(f"/vi/{index.slug}/kon-klor/").status_code == 404

    reviewer = user_in("Moderators", "reviewer")
    client.force_login(reviewer)
    task_state = state.current_task_state
    approve = client.post(
        f"/admin/pages/workflow/action/{village.pk}/approve/{task_state.pk}/",
        {"comment": "Tốt"},
    )

    assert approve.status_code in (200, 302), approve.content[:3000]
    village.refresh_from_db()
    assert village.live
    client.logout()
    assert client.get(f"/vi/{index.slug}/kon-klor/").status_code == 200


def test_editor_alone_cannot_publish(editor_client, section):
    index = section["indexes"]["villages"]["vi"]

    editor_client.post(
        f"/admin/pages/add/stories/villagepage/{index.pk}/",
        {**village_form(), "action-publish": "Publish"},
    )

    village = VillagePage.objects.filter(slug="kon-klor").first()
    assert village is None or not village.live
    assert not Page.objects.filter(slug="kon-klor", live=True).exists()


def test_editors_cannot_see_class_registrations(editor_client):
    assert editor_client.get("/admin/class_registrations/").status_code in (302, 403)


def test_a_profile_without_consent_cannot_be_published_from_the_editor(client, section):
    client.force_login(get_user_model().objects.create_superuser("root", "r@x.test", "pw"))
    artisan = section["artisan"]["vi"]
    artisan.consent_given = False
    ArtisanPage.objects.filter(pk=artisan.pk).update(consent_given=False)
    form = nested_form_data(
        {
            "title": artisan.title,
            "slug": artisan.slug,
            "introduction": "",
            "honours": streamfield([]),
            "body": streamfield([]),
            "comments": inline_formset([]),
            "consent_note": "",
        }
    )

    response = client.post(f"/admin/pages/{artisan.pk}/edit/", {**form, "action-publish": "1"})

    assert response.status_code == 200
    assert "consent_given" in response.context["form"].errors
    assert ArtisanPage.objects.get(pk=artisan.pk).latest_revision.content["consent_given"]


def test_no_path_publishes_a_profile_without_consent(section):
    artisan = section["artisan"]["vi"]
    artisan.unpublish()
    artisan.consent_given = False
    revision = artisan.save_revision()

    with pytest.raises(ValidationError):
        revision.publish()

    assert not ArtisanPage.objects.get(pk=artisan.pk).live


def test_reviewers_see_class_registrations(client, section):
    client.force_login(user_in("Moderators", "reviewer"))

    assert client.get("/admin/class_registrations/").status_code == 200


@pytest.mark.parametrize(
    ("start", "wanted", "allowed"),
    [
        ("waiting", "confirmed", True),
        ("confirmed", "cancelled", True),
        ("cancelled", "waiting", True),
        ("cancelled", "confirmed", False),  # a freed seat goes to those waiting first
        ("confirmed", "waiting", False),
    ],
)
def test_organisers_move_a_registration_only_along_the_allowed_steps(
    client, section, start, wanted, allowed
):
    registration = ClassRegistration.objects.create(
        event=section["event"]["vi"],
        name="Y Hoa",
        phone="+84912000001",
        age=15,
        village="Kon Klor",
        status=start,
    )
    client.force_login(user_in("Moderators", "reviewer"))

    response = client.post(
        f"/admin/class_registrations/edit/{registration.pk}/",
        {"status": wanted, "completed": ""},
    )

    registration.refresh_from_db()
    assert registration.status == (wanted if allowed else start)
    if not allowed:
        assert response.status_code == 200
        assert "cannot become" in response.content.decode() or "không thể" in (
            response.content.decode()
        )
