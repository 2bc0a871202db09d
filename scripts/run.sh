#!/usr/bin/env bash
# The main job: set up, build (release), and run ndparity over the bundled
# corpus, writing reports/ in the repository.
# Usage: scripts/run.sh [extra ndparity check arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset default >/dev/null
cmake --build --preset default -j"$(nproc)" >/dev/null
exec ./build/default/ndparity run --report reports "$@"
