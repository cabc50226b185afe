"""Registers the site's payOS webhook URL for the payment channel whose keys are set
(payments.transfer_service). payOS sends notices of bank transfers only to a registered URL,
and registers one only after the site has answered a sample notice there: run it once the site
is up, and again whenever its address changes."""

from django.core.management.base import BaseCommand, CommandError

from payments import transfer_service


class Command(BaseCommand):
    help = "Register the URL where payOS sends its notices of bank transfers."

    def add_arguments(self, parser):
        parser.add_argument(
            "url",
            help="the site's payOS webhook, e.g. https://langnghe.example/payments/payos/webhook/",
        )

    def handle(self, *args, url, **options):
        if not transfer_service.is_configured():
            raise CommandError("Set PAYOS_CLIENT_ID, PAYOS_API_KEY and PAYOS_CHECKSUM_KEY first.")
        try:
            webhook = transfer_service.confirm_webhook_url(url)
        except transfer_service.TransferServiceError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"payOS will send notices of transfers to {webhook.account_name} "
            f"({webhook.bank} {webhook.account_number}) to {webhook.url}"
        )
