"""Report how much of the admin is in Vietnamese, or bring the project's admin catalogue
level with the installed apps (`--update`)."""

from django.core.management.base import BaseCommand

from base import admin_catalogue


class Command(BaseCommand):
    help = "Coverage of the Vietnamese admin catalogue; --update merges new messages and compiles."

    def add_arguments(self, parser):
        parser.add_argument(
            "--update",
            action="store_true",
            help="Add the apps' new messages, drop removed ones and compile the catalogue.",
        )

    def handle(self, *args, update=False, **options):
        if update:
            missing = admin_catalogue.update()
            self.stdout.write(f"Catalogue updated; {missing} messages still need Vietnamese.")
        self.stdout.write(f"{'catalogue':<44} {'messages':>8} {'app alone':>10} {'with ours':>10}")
        for row in admin_catalogue.coverage():
            name = f"{row.app} ({row.domain})"
            self.stdout.write(
                f"{name:<44} {row.total:>8} {percent(row.shipped, row.total):>10} "
                f"{percent(row.ours, row.total):>10}"
            )


def percent(part, whole):
    return f"{100 * part / whole:.0f} %" if whole else "–"
