#!/usr/bin/env python3
"""Traces a real example with weft run, then checks its HTML report and Perfetto export against the trace."""
# usage: check_real.py WEFT EXAMPLE_BINARY OUT_DIR
import os
import subprocess
import sys

from checklib import check, done

weft, example, out_dir = sys.argv[1:4]
here = os.path.dirname(os.path.abspath(__file__))
os.makedirs(out_dir, exist_ok=True)
db = os.path.join(out_dir, "real-" + os.path.basename(example) + ".db")
if os.path.exists(db):
    os.unlink(db)
r = subprocess.run([weft, "run", "-o", db, "--", example], capture_output=True, text=True, timeout=50, cwd=out_dir)
check(r.returncode == 0 and os.path.exists(db), "weft run traced %s (%s)" % (os.path.basename(example), r.stderr.strip()[-200:]))
if os.path.exists(db):
    for name in ("check_perfetto.py", "check_html.py", "check_states.py"):
        r = subprocess.run([sys.executable, os.path.join(here, name), weft, db, out_dir], capture_output=True, text=True)
        sys.stdout.write(r.stdout)
        check(r.returncode == 0, "%s passes on the real trace %s" % (name, r.stderr.strip()[-300:]))
done()
