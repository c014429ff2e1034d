#!/usr/bin/env bash
# Regenerates clients/python/loopgate/<service>/ from contracts/openapi/<service>.json (the same
# documents give the same bytes). Makes the venv .data/venvs/python-client with the pinned generator
# on first use. `generate.sh --check` exits 1 when the committed code differs from the documents.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="${LOOPGATE_PYTHON_VENV:-$root/.data/venvs/python-client}"
python="${PYTHON:-python3.11}"
command -v "$python" >/dev/null || python=python3
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements-dev.txt"
exec "$venv/bin/python" "$here/generate.py" "$@"
