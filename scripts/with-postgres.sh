#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL server on 127.0.0.1 and FAMCAL_TEST_POSTGRES_URL pointing at it.
# Uses the machine's PostgreSQL, or installs Debian's when there is none. The server is stopped afterwards.
set -euo pipefail

find_bin() {
  command -v "$1" 2>/dev/null && return
  ls /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | sort -V | tail -n 1
}
if [ -z "$(find_bin initdb)" ]; then
  echo "› installing PostgreSQL (Debian package)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi
INITDB=$(find_bin initdb)
PG_CTL=$(find_bin pg_ctl)

PORT=${FAMCAL_PG_PORT:-54329}
DIR=$(mktemp -d /tmp/famcal-pg-XXXXXX)
RUN_AS=()
if [ "$(id -u)" -eq 0 ]; then
  # PostgreSQL refuses to run as root.
  id famcalpg >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin famcalpg
  chown famcalpg "$DIR"
  RUN_AS=(runuser -u famcalpg --)
fi
"${RUN_AS[@]}" "$INITDB" -D "$DIR/data" -U famcal --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
"${RUN_AS[@]}" "$PG_CTL" -D "$DIR/data" -l "$DIR/log" -w -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=100" start >/dev/null
stop() { "${RUN_AS[@]}" "$PG_CTL" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$DIR"; }
trap stop EXIT

export FAMCAL_TEST_POSTGRES_URL="postgres://famcal@127.0.0.1:$PORT/postgres"
"$@"
