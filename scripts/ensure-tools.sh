#!/usr/bin/env bash
# Installs what the project needs on a fresh machine that has only Node 20 and npm:
# pnpm, the workspace's packages, and (when asked) Debian's Chromium for the browser tests (--browser) and
# python-dateutil and icalendar, the references the recurrence and the .ics are compared with (--reference).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pnpm >/dev/null 2>&1; then
  echo "› installing pnpm"
  npm install -g pnpm@12.21.0 >/dev/null
fi

want() { for arg in "${@:2}"; do [ "$arg" = "$1" ] && return 0; done; return 1; }

# Debian packages, as root or with sudo.
apt_install() {
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

if want --browser "$@" && [ -z "${CHROME_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "› installing Chromium (Debian package)"
  apt_install chromium
fi

# The independent references: python-dateutil for the recurrence (scripts/recurrence-vs-dateutil.mjs),
# python's icalendar for the .ics (scripts/ics-vs-icalendar.mjs) and recurring_ical_events for whole days
# (scripts/whole-days-vs-recurring.mjs).
if want --reference "$@" && ! python3 -c 'import dateutil, icalendar, recurring_ical_events' >/dev/null 2>&1 && ! /usr/bin/python3 -c 'import dateutil, icalendar, recurring_ical_events' >/dev/null 2>&1; then
  echo "› installing python-dateutil, icalendar and recurring-ical-events (Debian packages)"
  apt_install python3-dateutil python3-icalendar python3-recurring-ical-events
fi

# Native modules (better-sqlite3) compile against the machine's Node headers: no download is possible here.
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/common.gypi ]; then
  export npm_config_nodedir=/usr
fi

echo "› installing packages"
pnpm install --frozen-lockfile --reporter=silent
