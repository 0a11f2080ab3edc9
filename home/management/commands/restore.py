from django.core.management.base import BaseCommand, CommandError

from home import backups


class Command(BaseCommand):
    help = (
        "Restore a backup folder written by `backup`: the database (pg_restore --clean) "
        "and the uploaded files. Overwrites what is there."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="A folder written by `manage.py backup`.")
        parser.add_argument("--database-url", help="Restore into this database instead.")
        parser.add_argument("--media-root", help="Restore media here instead of MEDIA_ROOT.")
        parser.add_argument("--private-root", help="Private files here, not PRIVATE_MEDIA_ROOT.")

    def handle(self, *args, folder, database_url, media_root, private_root, **options):
        try:
            backups.restore(
                folder,
                database_url_to=database_url,
                media_root=media_root,
                private_root=private_root,
            )
        except backups.BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored {folder}")
