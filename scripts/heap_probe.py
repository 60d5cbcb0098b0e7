"""Memory and time of a short SCMP run (bf16 on CPU) under three ways of handling the C library's heap:
`off` (glibc's default), `trim10` (`train.trim_heap` every 10 updates: the engine's default) and `mmap64k`
(every allocation above 64 kB from its own mapping: glibc's M_MMAP_THRESHOLD). Each mode runs in its own process.

    .venv/bin/python scripts/heap_probe.py off|trim10|mmap64k [results/bench/heap_trim.json]

prints one JSON line (and adds it to the file, keyed by mode): seconds, user / system CPU seconds, peak RSS, test F1.
About 4 minutes a mode on 2 cores; run nothing else beside it."""
import sys, time, json, resource, ctypes, ctypes.util, os, tempfile
from pathlib import Path
import lowres_nb.train as T
mode = sys.argv[1]
if mode not in ("off", "trim10", "mmap64k"): sys.exit("mode: off, trim10 or mmap64k")
T.HEAP_TRIM_EVERY = 10 if mode == "trim10" else 0
if mode == "mmap64k": ctypes.CDLL(ctypes.util.find_library("c")).mallopt(-3, 65536)   # -3: M_MMAP_THRESHOLD
from lowres_nb.cli import main
from lowres_nb.experiment import RunRegistry
ARGS = ("scmp --preset converged --lang lin --variants scmp_joint --seeds 0 --epochs 2 --pretrain-steps 20 "
        "--contrastive-target 0 --patience 0 --precision bf16").split()
with tempfile.TemporaryDirectory() as out:
    t0 = time.time(); main([*ARGS, "--out", out]); secs = time.time() - t0
    f1 = RunRegistry(out).records("scmp")[0]["metrics"]["test"]["f1"]
ru = resource.getrusage(resource.RUSAGE_SELF)
rec = {"mode": mode, "command": "lowres_nb " + " ".join(ARGS), "seconds": round(secs, 1), "user_s": round(ru.ru_utime),
       "sys_s": round(ru.ru_stime), "peak_rss_MB": round(ru.ru_maxrss / 1024), "test_f1": round(f1, 4), "cores": os.cpu_count()}
print(json.dumps(rec))
if len(sys.argv) > 2:
    p = Path(sys.argv[2]); d = json.loads(p.read_text()) if p.exists() else {}
    d[mode] = rec; p.parent.mkdir(parents=True, exist_ok=True); p.write_text(json.dumps(d, indent=1) + "\n")
