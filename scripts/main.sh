#!/usr/bin/env bash
# Set everything up (idempotent) and run the main job: SCMP pretraining + joint fine-tuning vs direct fine-tuning
# on one MasakhaNEWS language (Luganda) with the offline default backbone (multilingual-e5-small), CPU preset.
# Prints the table and writes results/main_job/{table.md,summary.csv,comparison.png,curves.png}.
# Re-running resumes/skips finished runs; delete results/main_job to train again. Extra flags go to lowres_nb_scmp.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export TOKENIZERS_PARALLELISM=false
echo "[main] lowres_nb_scmp --lang lug --variants direct scmp_joint --preset cpu --seeds 0 --out results/main_job $*"
start=$(date +%s)
.venv/bin/lowres_nb_scmp --lang lug --variants direct scmp_joint --preset cpu --seeds 0 --out results/main_job "$@"
echo "[main] done in $(( $(date +%s) - start )) s"
