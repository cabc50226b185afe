"""Plans the coming years of festivals held every year on a lunar date
(EventPage.plan_occurrences), so that each stays YEARS_PLANNED lunar years ahead of today. Run it
daily (a systemd timer or cron); running it again changes nothing."""

from django.core.management.base import BaseCommand

from stories.models import EventPage


class Command(BaseCommand):
    help = "Plan the coming years of festivals held every year on a lunar date."

    def handle(self, *args, **options):
        festivals = EventPage.objects.filter(lunar_month__isnull=False, lunar_day__isnull=False)
        for festival in festivals:
            festival.plan_occurrences()
        self.stdout.write(f"Planned {len(festivals)} yearly festivals.")
