"""The command line of a Python integration test made of cases: `test.py CASE --weft W --preload P --prog X`."""
import argparse
import shutil
import tempfile

SKIP = 77  # ctest's SKIP_RETURN_CODE: the case cannot run here


class Skip(Exception):
    """Raised by a case that cannot run here (a program not installed): exit 77."""


def check(cond, what):
    if not cond:
        raise AssertionError(what)


def main(cases, prefix):
    """Runs the case named on the command line with (args, tmp dir); returns the exit code (0, 77)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("case", choices=sorted(cases))
    ap.add_argument("--weft", required=True)
    ap.add_argument("--preload", required=True)
    ap.add_argument("--prog", required=True)
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix=prefix)
    try:
        cases[args.case](args, tmp)
    except Skip as s:
        print(f"SKIP {args.case}: {s}")
        return SKIP
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"PASS {args.case}")
    return 0


def main_module(g, prefix):
    """main() over a module's t_NAME functions (case NAME), which read the globals A (args) and TMP."""
    def bind(fn):
        def case(args, tmp):
            g["A"], g["TMP"] = args, tmp
            fn()
        return case
    return main({name[2:]: bind(fn) for name, fn in list(g.items()) if name.startswith("t_")}, prefix)
