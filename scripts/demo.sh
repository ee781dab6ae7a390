#!/usr/bin/env bash
# The README's demo command: installs, builds, and serves the example pages with the sample feed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh
pnpm -r --filter './packages/**' run build
exec node examples/demo.mjs "$@"
