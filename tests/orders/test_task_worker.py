"""In production, e-mails wait in the database queue until `manage.py db_worker` sends them:
a slow or broken mail server never slows a buyer down, and nothing is lost if it is down."""

import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from craftsite.emails import after_commit
from orders import emails
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.orders import make_order


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def order_mail_task():
    return DBTaskResult.objects.get(task_path__endswith="send_order_received")


def run_worker():
    call_command("db_worker", "--batch", "--queue-name", "*", "--no-startup-delay", verbosity=0)


def test_an_order_email_waits_in_the_queue_until_the_worker_sends_it(
    homes, database_queue, django_capture_on_commit_callbacks
):
    cooperative = add_cooperative(add_shop(homes["vi"]), "HTX Dệt")
    order = make_order({cooperative: [(add_product(cooperative, "Khăn", stock=2), 1)]})
    with django_capture_on_commit_callbacks(execute=True):
        after_commit(emails.send_order_received, order)

    assert mail.outbox == []
    queued = order_mail_task()
    assert queued.status == "READY"

    run_worker()

    queued.refresh_from_db()
    assert queued.status == "SUCCESSFUL"
    assert [message.to for message in mail.outbox] == [[order.email]]
    assert order.code in mail.outbox[0].subject


def test_a_failing_task_is_recorded_not_lost(homes, database_queue, settings):
    settings.EMAIL_BACKEND = "tests.orders.test_task_worker.BrokenMailServer"
    cooperative = add_cooperative(add_shop(homes["vi"]), "HTX Dệt")
    order = make_order({cooperative: [(add_product(cooperative, "Khăn", stock=2), 1)]})
    emails.send_order_received.enqueue(order.pk)

    run_worker()

    failed = order_mail_task()
    assert failed.status == "FAILED"
    assert failed.exception_class_path == "builtins.ConnectionRefusedError"
    assert "mail server is down" in failed.traceback


class BrokenMailServer:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server is down")
