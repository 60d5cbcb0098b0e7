#!/usr/bin/env bash
# Set everything up (idempotent) and run the whole test suite: the notebooks' tests via nbdev_test
# (slow/bench cells are skipped: they are flagged with tst_flags), plus the check that the exported
# library matches the notebooks.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.venv/bin:$PATH"
export TOKENIZERS_PARALLELISM=false
echo "[test] nbdev_export: the library must match the notebooks"
before=$(git status --porcelain -- lowres_nb 2>/dev/null || true)
nbdev_export
after=$(git status --porcelain -- lowres_nb 2>/dev/null || true)
if [ "$before" != "$after" ]; then
  echo "[test] FAIL: nbdev_export changed lowres_nb/ — the committed library is stale:"; echo "$after"; exit 1
fi
n=$(ls nbs/*.ipynb | wc -l)
echo "[test] nbdev_test on $n notebooks (flags skipped: $(grep '^tst_flags' settings.ini | cut -d= -f2 | xargs))"
start=$(date +%s)
set +e
nbdev_test --n_workers "${LOWRES_NB_TEST_WORKERS:-2}" --timing 2>&1 | tee .test.log
rc=${PIPESTATUS[0]}
set -e
failed=$(grep -A100 'nbdev Tests Failed On The Following Notebooks' .test.log | grep -c '\.ipynb' || true)
rm -f .test.log
echo "[test] $(( $(date +%s) - start )) s"
echo "notebooks: $(( n - failed )) passed, $failed failed"
exit $rc
