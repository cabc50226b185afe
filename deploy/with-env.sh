#!/usr/bin/env bash
# Run a command in the checkout with the production environment file loaded, as the site's
# user, e.g.
#   sudo -u langnghe deploy/with-env.sh .venv/bin/python manage.py migrate
#   sudo -u langnghe deploy/with-env.sh scripts/backup.sh /srv/langnghe/backups
# LANGNGHE_ENV_FILE names another file (default /etc/langnghe/langnghe.env).
set -euo pipefail
cd "$(dirname "$0")/.."
set -a
# shellcheck source=/dev/null
. "${LANGNGHE_ENV_FILE:-/etc/langnghe/langnghe.env}"
set +a
exec "$@"
