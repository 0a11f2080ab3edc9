from django.core.management.base import BaseCommand, CommandError

from home import backups


class Command(BaseCommand):
    help = "Back up the PostgreSQL database (pg_dump custom format) and the uploaded files."

    def add_arguments(self, parser):
        parser.add_argument("--output", default="backups", help="Folder for backups.")

    def handle(self, *args, output, **options):
        try:
            folder = backups.backup(output)
        except backups.BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Backup written to {folder}")
