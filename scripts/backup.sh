#!/usr/bin/env bash
# Back up Làng Nghề: the PostgreSQL database (pg_dump, custom format) and the uploaded files.
#   scripts/backup.sh [DEST]        DEST: $BACKUP_DIR, or backups/ in the current directory
# Reads DATABASE_URL (postgres://…), DJANGO_MEDIA_ROOT (default: media/ in the checkout) and
# DJANGO_S3_BUCKET: when set, uploads live in object storage, which keeps its own versions
# (docs/deployment.md), and no media archive is made.
# Writes DEST/langnghe-<UTC time>/ with database.dump, media.tar and SHA256SUMS, prints that
# directory, and deletes all but the newest $BACKUP_KEEP backups in DEST (default 14; 0 keeps all).
set -euo pipefail
umask 077   # a backup holds buyers' personal data: readable by its owner only

die() { echo "backup.sh: $*" >&2; exit 1; }
CHECKOUT=$(cd "$(dirname "$0")/.." && pwd)
: "${DATABASE_URL:?Set DATABASE_URL to the database to back up (postgres://user:password@host/name)}"
case "$DATABASE_URL" in postgres://* | postgresql://*) ;; *) die "DATABASE_URL is not a PostgreSQL URL" ;; esac
DEST=${1:-${BACKUP_DIR:-backups}}
MEDIA=${DJANGO_MEDIA_ROOT:-$CHECKOUT/media}
KEEP=${BACKUP_KEEP:-14}
NAME=langnghe-$(date -u +%Y%m%dT%H%M%SZ)

mkdir -p "$DEST"
[ ! -e "$DEST/$NAME" ] || die "$DEST/$NAME already exists"
WORK="$DEST/.$NAME.partial"   # renamed only when complete: a failed run leaves no half backup
trap 'rm -rf "$WORK"' EXIT
mkdir "$WORK"

pg_dump --format=custom --no-owner --no-privileges --file="$WORK/database.dump" --dbname="$DATABASE_URL"

if [ -n "${DJANGO_S3_BUCKET:-}" ]; then
  echo "Uploads are in the object storage bucket $DJANGO_S3_BUCKET (its versioning keeps them)." \
    >"$WORK/MEDIA-IN-OBJECT-STORAGE"
elif [ -d "$MEDIA" ]; then
  tar -C "$MEDIA" -cf "$WORK/media.tar" .   # photos are compressed already: no gzip
else
  echo "backup.sh: no media directory at $MEDIA; the backup has no uploads" >&2
  tar -cf "$WORK/media.tar" -T /dev/null
fi

(cd "$WORK" && sha256sum -- * >SHA256SUMS)
mv "$WORK" "$DEST/$NAME"
trap - EXIT
echo "$DEST/$NAME"

if [ "$KEEP" -gt 0 ]; then
  find "$DEST" -mindepth 1 -maxdepth 1 -type d -name 'langnghe-*' | sort | head -n "-$KEEP" |
    while read -r old; do rm -rf -- "$old"; done
fi
