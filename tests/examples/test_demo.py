"""demo.sh: the lead's demo (serve, trace the pool downloader, analyze, report) runs to the end,
twice in the same place, and leaves a trace and a timeline."""
import os
import subprocess

from weftexample import check, main


def test(env):
    demo = os.path.join(env.src, "examples", "downloader", "demo.sh")
    for attempt in (1, 2):  # the second run must replace the first one's files
        p = subprocess.run([demo, env.weft, env.bin, env.tmp], capture_output=True, text=True,
                           timeout=120)
        check(p.returncode == 0, f"demo.sh run {attempt} exited {p.returncode}: {p.stderr}")
    check("Verdict: io-bound" in p.stdout, f"demo printed no io-bound verdict:\n{p.stdout}")
    timeline = os.path.join(env.tmp, "timeline.html")
    check(timeline in p.stdout, "demo did not say where the timeline is")
    with open(timeline, encoding="utf-8") as f:
        check("<html" in f.read(4096).lower(), "timeline.html is not HTML")
    check(os.path.getsize(os.path.join(env.tmp, "trace.db")) > 0, "no trace.db")


if __name__ == "__main__":
    main(test)
