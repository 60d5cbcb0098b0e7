#!/usr/bin/env bash
# What one device call runs: SCMP's `paper` preset for one language on the GPU machine, as two processes side by side
# on the one GPU (a model this small leaves it mostly idle): SCMP + joint FT for seed 0, and direct FT for seeds 0 1 2
# one after another. Both write to the same experiment folder (the registry appends one line per finished run). Each
# process is stopped at LIMIT seconds; then the folder (without model weights and checkpoints) is packed into
# $OUT/gpu_paper.tgz and each process's log is kept in $OUT.
#   bash scripts/gpu/device_paper.sh [LANG]       (LIMIT=570, OUT=/tmp/device_out; extra run_scmp.py flags in EXTRA)
# Rehearse here first: OUT=/tmp/dp LIMIT=120 EXTRA="--pretrain-steps 2 --epochs 1 --max-length 32 --max-train 100" \
#   python=.venv/bin/python bash scripts/gpu/device_paper.sh lug
set -uo pipefail
cd "$(dirname "$0")/../.."
L=${1:-lug}; LIMIT=${LIMIT:-570}; O=${OUT:-/tmp/device_out}; PY=${python:-python3}; EXTRA=${EXTRA:-}
DEST=${DEST:-results/scmp/gpu_paper}
mkdir -p "$O"
export PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
"$PY" -c "import torch, transformers, accelerate; print('torch', torch.__version__, '| transformers', transformers.__version__,
'| accelerate', accelerate.__version__, '|', torch.cuda.get_device_name() if torch.cuda.is_available() else 'no CUDA')"
"$PY" -c "import lowres_nb.scmp" || exit 1
start=$(date +%s)
timeout "$LIMIT" "$PY" scripts/gpu/run_scmp.py --bundle "gpu_bundle/$L" --preset paper --variants scmp_joint --seeds 0 \
  --out "$DEST" $EXTRA > "$O/scmp_joint.log" 2>&1 &
timeout "$LIMIT" "$PY" scripts/gpu/run_scmp.py --bundle "gpu_bundle/$L" --preset paper --variants direct --seeds 0 1 2 \
  --out "$DEST" $EXTRA > "$O/direct.log" 2>&1 &
wait
echo "[device] both processes ended after $(( $(date +%s) - start )) s"
tar czf "$O/gpu_paper.tgz" --exclude=model --exclude=checkpoints "$DEST"
for f in "$O"/*.log; do echo "== $f"; tr '\r' '\n' < "$f" | grep -v '^\s*$' | tail -n 8; done
