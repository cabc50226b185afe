#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh into an empty database and media directory.
#   scripts/restore.sh BACKUP        BACKUP: a langnghe-<time> directory
# DATABASE_URL names the database to fill; it must exist and be empty (as postgres:
#   createdb -O langnghe langnghe). DJANGO_MEDIA_ROOT (default: media/ in the checkout) is
# where the uploads go back; it must be empty or absent. Nothing is overwritten: to replace a
# live site's data, restore into a new database and directory, then point the site at them.
set -euo pipefail

die() { echo "restore.sh: $*" >&2; exit 1; }
CHECKOUT=$(cd "$(dirname "$0")/.." && pwd)
BACKUP=${1:?usage: scripts/restore.sh BACKUP_DIRECTORY}
: "${DATABASE_URL:?Set DATABASE_URL to the empty database to restore into}"
MEDIA=${DJANGO_MEDIA_ROOT:-$CHECKOUT/media}

[ -f "$BACKUP/database.dump" ] || die "$BACKUP has no database.dump"
(cd "$BACKUP" && sha256sum --check --quiet SHA256SUMS) || die "$BACKUP is damaged (SHA256SUMS)"

relations=$(psql "$DATABASE_URL" -X -A -t -q -v ON_ERROR_STOP=1 -c \
  "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')")
[ "$relations" = 0 ] || die "the database already has $relations tables; restore into an empty one"
if [ -f "$BACKUP/media.tar" ] && [ -d "$MEDIA" ] && [ -n "$(ls -A "$MEDIA")" ]; then
  die "$MEDIA is not empty; restore the uploads into an empty directory"
fi

# One transaction: either the whole database comes back or nothing does. Extensions the dump
# names (unaccent, pg_trgm) are created if missing; their comments are left out, because only
# their owner (usually postgres) may set them.
pg_restore --no-owner --no-privileges --no-comments --exit-on-error --single-transaction \
  --dbname="$DATABASE_URL" "$BACKUP/database.dump"
echo "Database restored from $BACKUP/database.dump"

if [ -f "$BACKUP/media.tar" ]; then
  mkdir -p "$MEDIA"
  tar -C "$MEDIA" -xf "$BACKUP/media.tar"
  echo "Uploads restored into $MEDIA"
else
  echo "No media.tar: uploads are in object storage ($(cat "$BACKUP/MEDIA-IN-OBJECT-STORAGE" 2>/dev/null || echo 'see the backup'))"
fi
