#!/usr/bin/env python3
"""weft check's command line, outputs and cache, as a user or CI sees them.

usage: test_cli.py WEFT CASES_DIR GOLDEN_DIR TEST
TEST is one of: golden json sarif baseline suppress exit_codes type_matches unique cache warm_cache compdb help config libclang programs targets examples
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

WEFT, CASES, GOLDEN = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])


def weft(*args, cwd=CASES, env=None):
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([WEFT, "check", "--no-progress"] + list(args), cwd=cwd, capture_output=True,
                          text=True, timeout=60, env=e)


def expect(cond, what):
    if not cond:
        raise AssertionError(what)


def test_golden():
    """The exact diagnostics of two files, as editors and CI parse them."""
    for name, rc in (("counter_unlocked", 1), ("rwlock", 1)):
        p = weft("--no-cache", name + ".c")
        want = open(os.path.join(GOLDEN, name + ".txt")).read()
        expect(p.stdout == want, f"{name}.c: output differs from golden/{name}.txt:\n--- got\n{p.stdout}--- want\n{want}")
        expect(p.returncode == rc, f"{name}.c: exit {p.returncode}, want {rc}")
        expect(re.match(r"^[^:]+\.c:\d+:\d+: warning: .* \[weft-race\]$", p.stdout.splitlines()[0]), "warning format")


def check_type(obj, key, typ, where):
    expect(key in obj, f"{where}: missing '{key}'")
    expect(isinstance(obj[key], typ) and not (typ is int and isinstance(obj[key], bool)),
           f"{where}.{key}: {type(obj[key]).__name__}, want {typ}")


def test_json():
    """--format json follows docs/check-json.md (schema weft-check/1)."""
    p = weft("--no-cache", "--format", "json", "memfuncs.c")
    expect(p.returncode == 1, f"exit {p.returncode}")
    d = json.loads(p.stdout)
    expect(d.get("schema") == "weft-check/1", "schema")
    check_type(d, "complete", bool, "$")
    check_type(d, "incomplete_reasons", list, "$")
    check_type(d, "translation_units", int, "$")
    check_type(d, "errors", int, "$")
    check_type(d, "findings", list, "$")
    expect(d["translation_units"] == 1 and d["errors"] == 0, "TU counts")
    expect(len(d["findings"]) >= 2, "a finding per racing variable")
    ids = set()
    for i, f in enumerate(d["findings"]):
        w = f"findings[{i}]"
        for k, t in (("rule", str), ("id", str), ("variable", str), ("file", str), ("line", int), ("column", int),
                     ("message", str), ("accesses", list)):
            check_type(f, k, t, w)
        expect(f["rule"] == "weft-race", w + ".rule")
        expect(re.fullmatch(r"[0-9a-f]{16}", f["id"]), w + ".id")
        expect(f["id"] not in ids, w + ": duplicate id")
        ids.add(f["id"])
        expect(f["accesses"], w + ": no accesses")
        for j, a in enumerate(f["accesses"]):
            aw = f"{w}.accesses[{j}]"
            for k, t in (("file", str), ("line", int), ("column", int), ("kind", str), ("thread", str),
                         ("locks", list)):
                check_type(a, k, t, aw)
            expect(a["kind"] in ("read", "write"), aw + ".kind")
        expect(any(a["kind"] == "write" for a in f["accesses"]), w + ": a race needs a write")
        # The racing pair comes first: two accesses (one racing with itself in two threads: one),
        # at least one a write; certainty and reason as documented.
        check_type(f, "pair", int, w)
        pair = f["accesses"][:f["pair"]]
        expect(f["pair"] in (1, 2) and any(a["kind"] == "write" for a in pair), f"{w}.pair: {f['pair']} {pair}")
        expect(f.get("certainty") in ("definite", "possible") and (f["certainty"] == "definite") == (f["reason"] == ""),
               f"{w}: certainty {f.get('certainty')} reason {f.get('reason')!r}")
        check_type(f, "accesses_total", int, w)
        expect(f["accesses_total"] == len(f["accesses"]), f"{w}: accesses_total {f['accesses_total']}")
    expect(d.get("verdict") in ("race", "possible race"), f"verdict {d.get('verdict')}")
    d = json.loads(weft("--no-cache", "--format", "json", "struct_fields.c").stdout)
    errs = [f for f in d["findings"] if f["variable"] == "st.errors"]
    expect(errs and {a["thread"] for a in errs[0]["accesses"]} == {"sender", "receiver"}, "st.errors threads")
    # A variable written at 40 places: JSON lists the racing pair and 14 more, and counts all 41
    # (the thread's write too); SARIF relates as many, the text shows 10 and says how many are left.
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "many.c")
        with open(src, "w") as f:
            f.write("#include <pthread.h>\nint hits;\n"
                    "static void *worker(void *a) { hits = 1; return a; }\n"
                    "int main(void) {\n    pthread_t t;\n    pthread_create(&t, 0, worker, 0);\n" +
                    "".join(f"    hits += {k};\n" for k in range(40)) + "    return pthread_join(t, 0);\n}\n")
        d = json.loads(weft("--no-cache", "--format", "json", "many.c", cwd=tmp).stdout)
        f = d["findings"][0] if len(d["findings"]) == 1 else {}
        expect(f.get("accesses_total") == 41 and len(f.get("accesses", [])) == 16 and
               {a["thread"] for a in f["accesses"][:f["pair"]]} == {"worker", "main"},
               f"many accesses: total {f.get('accesses_total')}, listed {len(f.get('accesses', []))}")
        s = json.loads(weft("--no-cache", "--format", "sarif", "many.c", cwd=tmp).stdout)
        rel = s["runs"][0]["results"][0]["relatedLocations"]
        expect(len(rel) == 16, f"SARIF relatedLocations: {len(rel)}")
        t = weft("--no-cache", "many.c", cwd=tmp).stdout
        expect("note: and 31 more accesses (--format json lists the first 16)" in t, t[-400:])


def test_sarif():
    """--format sarif has what SARIF 2.1.0 and GitHub code scanning require (and validates if a schema is given)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "r.sarif")
        p = weft("--no-cache", "--format", "sarif", "-o", out, "thread_arg.c")
        expect(p.returncode == 3 and p.stdout == "", f"exit {p.returncode}, stdout {p.stdout!r}")
        d = json.load(open(out))
        # Races matched by type only are left out by default, and a notification says so.
        notes = [n["message"]["text"] for n in d["runs"][0]["invocations"][0]["toolExecutionNotifications"]]
        expect(not d["runs"][0]["results"] and any("matched by type only (memory" in n for n in notes),
               f"hidden type matches: {notes}")
        p = weft("--no-cache", "--type-matches", "--format", "sarif", "-o", out, "thread_arg.c")
        d = json.load(open(out))
    expect(d["version"] == "2.1.0" and "sarif" in d["$schema"], "version/$schema")
    run = d["runs"][0]
    drv = run["tool"]["driver"]
    for k in ("name", "version", "informationUri", "rules"):
        expect(k in drv, f"driver.{k}")
    rule_ids = [r["id"] for r in drv["rules"]]
    expect("weft-race" in rule_ids, "rule weft-race")
    expect(run["results"], "results")
    for r in run["results"]:
        expect(r["ruleId"] in rule_ids and r["level"] in ("warning", "error", "note"), "ruleId/level")
        # A definite race is an error; a possible one a warning whose message says why it is not
        # certain, a note when it is matched by type only (--type-matches).
        expect((r["level"] != "error") == ("possible data race" in r["message"]["text"]), f"level: {r}")
        expect((r["level"] == "note") == ("matched by type only" in r["message"]["text"]), f"note: {r}")
        expect(r["level"] == "error" or "not certain: " in r["message"]["text"], f"reason: {r}")
        expect(r["message"]["text"], "message")
        loc = r["locations"][0]["physicalLocation"]
        expect(not os.path.isabs(loc["artifactLocation"]["uri"]), "relative uri")
        expect(loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%", "uriBaseId")
        expect(loc["region"]["startLine"] >= 1 and loc["region"]["startColumn"] >= 1, "region")
        expect(len(r["relatedLocations"]) >= 2, "relatedLocations: both accesses")
        expect(r["partialFingerprints"], "partialFingerprints")
    schema = os.environ.get("WEFT_SARIF_SCHEMA")
    if schema and os.path.exists(schema):
        import jsonschema
        jsonschema.validate(d, json.load(open(schema)))


def test_baseline():
    """--baseline reports only findings whose fingerprint is new."""
    with tempfile.TemporaryDirectory() as tmp:
        base = os.path.join(tmp, "base.json")
        p = weft("--no-cache", "--format", "json", "-o", base, "struct_fields.c")
        expect(p.returncode == 1, "first run finds races")
        n_before = len(json.load(open(base))["findings"])
        p = weft("--no-cache", "--baseline", base, "struct_fields.c")
        expect(p.returncode == 0, f"same code against its baseline: exit {p.returncode}\n{p.stdout}")
        expect("0 races found" in p.stdout, p.stdout)
        # A new race in changed code is still reported; the known one is not.
        src = open(os.path.join(CASES, "struct_fields.c")).read()
        src = src.replace("st.sent++; // NORACE: only this thread touches sent", "st.sent++; st.received--;")
        shutil.copy(os.path.join(CASES, "struct_fields.c"), tmp)
        open(os.path.join(tmp, "struct_fields.c"), "w").write("\n\n" + src)  # lines move too
        p = weft("--no-cache", "--format", "json", "--baseline", base, "struct_fields.c", cwd=tmp)
        d = json.loads(p.stdout)
        expect(p.returncode == 1 and [f["variable"] for f in d["findings"]] == ["st.received"],
               f"new finding only: {[f['variable'] for f in d['findings']]} (baseline had {n_before})")


def test_suppress():
    """'// weft-check: ignore race' on an access's line silences that access."""
    with tempfile.TemporaryDirectory() as tmp:
        src = open(os.path.join(CASES, "counter_unlocked.c")).read()
        open(os.path.join(tmp, "a.c"), "w").write(src)
        open(os.path.join(tmp, "b.c"), "w").write(src.replace("counter++; // RACE", "counter++; // weft-check: ignore race"))
        pa, pb = weft("--no-cache", "a.c", cwd=tmp), weft("--no-cache", "b.c", cwd=tmp)
        expect(pa.returncode == 1, "unsuppressed race reported")
        expect(pb.returncode == 0 and "warning" not in pb.stdout, f"suppressed: exit {pb.returncode}\n{pb.stdout}")


def test_exit_codes():
    """0 proved race-free, 1 definite races (or possible ones with --fail-on possible), 2 usage errors,
    missing compile_commands.json, or a TU that does not parse, 3 possible races only or incomplete."""
    expect(weft("--no-cache", "counter_locked.c").returncode == 0, "clean file: 0")
    expect(weft("--no-cache", "counter_unlocked.c").returncode == 1, "definite race: 1")
    # A race on elements two threads may share (the loop's counter changes in its body): possible only.
    possible = ("#include <pthread.h>\nint cell[4];\n"
                "static void *bump(void *a) { (*(int *)a)++; return 0; }\n"
                "int main(void) { pthread_t t[4]; for (int i = 0; i < 4; i++) {\n"
                "  pthread_create(&t[i], 0, bump, &cell[i]); i -= i & 1; }\n"
                "  for (int i = 0; i < 4; i++) pthread_join(t[i], 0); return 0; }\n")
    with tempfile.TemporaryDirectory() as tmp:
        open(os.path.join(tmp, "possible.c"), "w").write(possible)
        p = weft("--no-cache", "--format", "json", "possible.c", cwd=tmp)
        d = json.loads(p.stdout)
        expect(p.returncode == 3 and d["verdict"] == "possible race" and d["findings"] and
               all(f["certainty"] == "possible" and f["reason"] for f in d["findings"]),
               f"possible races only: exit {p.returncode}, {d['verdict']}")
        expect(weft("--no-cache", "--fail-on", "possible", "possible.c", cwd=tmp).returncode == 1,
               "--fail-on possible: 1")
    expect(weft("--no-cache", "--fail-on", "definite", "counter_unlocked.c").returncode == 1, "--fail-on definite")
    p = weft("--no-cache", "--fail-on", "maybe", "counter_locked.c")
    expect(p.returncode == 2 and "--fail-on" in p.stderr, f"bad --fail-on: {p.returncode} {p.stderr}")
    with tempfile.TemporaryDirectory() as tmp:
        # Nothing found, but a callback handed to code that is not analyzed: not proved race-free.
        open(os.path.join(tmp, "cb.c"), "w").write(
            "#include <pthread.h>\nint n;\nextern void later(void (*)(void));\nstatic void tick(void) { n++; }\n"
            "int main(void) { later(tick); return n; }\n")
        p = weft("--no-cache", "--format", "json", "cb.c", cwd=tmp)
        d = json.loads(p.stdout)
        expect(p.returncode == 3 and d["verdict"] == "unknown" and not d["complete"],
               f"incomplete, nothing found: exit {p.returncode}, {d['verdict']}")
    p = weft("--bogus", "counter_locked.c")
    expect(p.returncode == 2 and "unknown option" in p.stderr, "bad flag: 2")
    expect(weft("--format", "xml", "counter_locked.c").returncode == 2, "bad format: 2")
    expect(weft().returncode == 2, "no input: 2")
    with tempfile.TemporaryDirectory() as tmp:
        p = weft("-p", tmp)
        expect(p.returncode == 2 and "compile_commands.json" in p.stderr, f"missing compdb: {p.stderr}")
        bad = os.path.join(tmp, "bad.c")
        open(bad, "w").write("int f(void) {\n  return x +;\n}\n")
        p = weft("--no-cache", bad, os.path.join(CASES, "counter_unlocked.c"), cwd=tmp)
        # A TU that does not parse is left out; the others are analyzed; the run is not proved.
        expect(p.returncode in (1, 3), f"unparsable TU: exit {p.returncode}")
        expect(re.search(r"bad\.c:2:\d+: error:", p.stderr), f"diagnostic with file:line:col: {p.stderr}")
        expect("data race on 'counter'" in p.stdout, "the other TU is still analyzed")


def test_type_matches():
    """A race found only by matching memory by its type (any 'struct job') is not a finding by
    default: the run says how many it left out and is not proved race-free (3); --type-matches
    reports them as possible, marked "memory": "type" in JSON."""
    p = weft("--no-cache", "thread_arg.c")
    expect(p.returncode == 3, f"exit {p.returncode}")
    expect("warning:" not in p.stdout and "0 races shown" in p.stdout and "0 races found" not in p.stdout, p.stdout)
    expect(re.search(r"0 races shown in 1 translation unit \(analysis complete\), not proved race-free", p.stdout), p.stdout)
    expect(re.search(r"\d+ possible races? matched by type only \(memory, or the code a function pointer runs\) not shown \(--type-matches", p.stdout),
           f"the line saying what was left out: {p.stdout}")
    d = json.loads(weft("--no-cache", "--format", "json", "thread_arg.c").stdout)
    expect(d["verdict"] == "unknown" and not d["findings"] and d["hidden_type_matches"] >= 1, f"json: {d}")
    p = weft("--no-cache", "--type-matches", "--format", "json", "thread_arg.c")
    d = json.loads(p.stdout)
    lines = {a["line"] for f in d["findings"] for a in f["accesses"]}
    expect(p.returncode == 3 and d["verdict"] == "possible race" and d["hidden_type_matches"] == 0,
           f"--type-matches: exit {p.returncode}, {d['verdict']}")
    expect({15, 25} <= lines and all(f["memory"] == "type" and f["certainty"] == "possible" for f in d["findings"]),
           f"--type-matches findings: {d['findings']}")
    # The code a thread runs through a field's function pointer with many targets is matched
    # by type too; a pool's few job kinds are not.
    d = json.loads(weft("--no-cache", "--format", "json", "typed_call.c").stdout)
    expect([f["variable"] for f in d["findings"]] == ["done"] and d["hidden_type_matches"] == 1,
           f"typed call: {d['findings']}, hidden {d['hidden_type_matches']}")
    d = json.loads(weft("--no-cache", "--type-matches", "--format", "json", "typed_call.c").stdout)
    typed = [f for f in d["findings"] if f["memory"] == "type"]
    expect(len(typed) == 1 and typed[0]["reason"].startswith("call matched by type only"), f"--type-matches: {typed}")
    # Races on one identified object stay findings: 'counter' is a named global.
    d = json.loads(weft("--no-cache", "--format", "json", "counter_unlocked.c").stdout)
    expect(d["findings"] and all(f["memory"] == "identified" for f in d["findings"]), "identified memory")


def test_unique():
    """One finding per source place and unique ids: a struct copied at one line races field by
    field, and is one finding named by the object; no case repeats a place or an id, and no
    lock is labelled by its address-of text or an internal key."""
    d = json.loads(weft("--no-cache", "--format", "json", "struct_copy.c").stdout)
    expect(len(d["findings"]) == 1 and d["findings"][0]["variable"] == "shared" and
           "(2 fields)" in d["findings"][0]["message"], f"struct copy: {d['findings']}")
    d = json.loads(weft("--no-cache", "--format", "json", "macro_names.c").stdout)
    names = {a["expression"] for f in d["findings"] for a in f["accesses"]}
    expect([f["variable"] for f in d["findings"]] == ["counter"] and names == {"counter"},
           f"an access inside a macro is named by its variable: {d['findings']}")
    for name in sorted(os.listdir(CASES)):
        if not name.endswith(".c"):
            continue
        d = json.loads(weft("--no-cache", "--type-matches", "--format", "json", name).stdout or "{}")
        fs = d.get("findings", [])
        places = [(f["file"], f["line"], f["column"]) for f in fs]
        ids = [f["id"] for f in fs]
        expect(len(set(places)) == len(places), f"{name}: a place reported twice: {places}")
        expect(len(set(ids)) == len(ids), f"{name}: an id repeated: {ids}")
        # Locks are named as the code names them: never '&m', '&(s->m)' or an internal key.
        for f in fs:
            for a in f["accesses"]:
                bad = [l for l in a["locks"] if l.startswith(("&", "*")) or "@" in l]
                expect(not bad, f"{name}: lock labels {bad} at line {a['line']}")


def test_cache():
    """A second run with nothing changed parses nothing; touching a header re-parses its TUs only."""
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "src")
        shutil.copytree(os.path.join(CASES, "multi_tu"), src)
        build = os.path.join(tmp, "build")
        os.mkdir(build)
        db = [{"directory": src, "file": f, "arguments": ["cc", "-I.", "-c", f, "-o", f + ".o"]}
              for f in ("main.c", "server.c", "stats.c")]
        json.dump(db, open(os.path.join(build, "compile_commands.json"), "w"))

        def stats():
            p = weft("-p", build, "--stats", cwd=tmp)
            m = re.search(r"(\d+) parsed, (\d+) from cache", p.stderr)
            expect(m and p.returncode in (1, 3), f"stats line: {p.stderr}")
            return int(m.group(1)), int(m.group(2)), p.stdout

        p1, c1, out1 = stats()
        expect((p1, c1) == (3, 0), f"first run: {p1} parsed, {c1} cached")
        expect(os.path.isdir(os.path.join(build, ".weft-cache")), "cache under BUILD_DIR/.weft-cache")
        p2, c2, out2 = stats()
        expect((p2, c2) == (0, 3), f"second run: {p2} parsed, {c2} cached")
        expect(out1 == out2, "same report from the cache")
        with open(os.path.join(src, "stats.c"), "a") as f:
            f.write("\n/* changed */\n")
        p3, c3, _ = stats()
        expect((p3, c3) == (1, 2), f"after editing stats.c: {p3} parsed, {c3} cached")
        with open(os.path.join(src, "shared.h"), "a") as f:
            f.write("\n/* changed */\n")
        p4, c4, _ = stats()
        expect((p4, c4) == (3, 0), f"after editing the shared header: {p4} parsed, {c4} cached")


def case_runs():
    """(name, cwd, arguments) of every case as check_cases.py runs it; directories through a compile database."""
    runs = []
    for entry in sorted(os.listdir(CASES)):
        path = os.path.join(CASES, entry)
        if entry.endswith(".c"):
            extra = []
            for line in open(path).readlines()[:3]:
                m = re.match(r"//\s*ARGS:\s*(.*)", line)
                if m:
                    extra = m.group(1).split()
            runs.append((entry, CASES, extra + [entry]))
        elif os.path.isdir(path):
            runs.append((entry, path, None))
    return runs


def test_warm_cache():
    """For every case, the report from cached facts (the whole-program result cache emptied) equals --no-cache's."""
    with tempfile.TemporaryDirectory() as tmp:
        for name, cwd, args in case_runs():
            cache = os.path.join(tmp, "cache-" + name)
            if args is None:  # a directory is one program: its own compile database
                build = os.path.join(tmp, "build-" + name)
                os.mkdir(build)
                srcs = sorted(f for f in os.listdir(cwd) if f.endswith(".c"))
                db = [{"directory": cwd, "file": f, "arguments": ["cc", "-I.", "-c", f, "-o", f + ".o"]} for f in srcs]
                json.dump(db, open(os.path.join(build, "compile_commands.json"), "w"))
                args = ["-p", build]
            cold = weft("--cache-dir", cache, "--format", "json", *args, cwd=cwd)
            expect(cold.returncode in (0, 1, 3), f"{name}: exit {cold.returncode}: {cold.stderr}")
            for fmt in ("json", "text", "sarif"):
                fresh = weft("--no-cache", "--format", fmt, *args, cwd=cwd)
                for f in os.listdir(cache):  # keep the facts, drop the whole-program results
                    if f.endswith(".result"):
                        os.unlink(os.path.join(cache, f))
                warm = weft("--cache-dir", cache, "--stats", "--format", fmt, *args, cwd=cwd)
                m = re.search(r"(\d+) parsed, (\d+) from cache", warm.stderr)
                expect(m and m.group(1) == "0" and m.group(2) != "0",
                       f"{name}: the warm run read every TU from the cache: {warm.stderr.strip()}")
                expect(warm.returncode == fresh.returncode, f"{name} ({fmt}): exit {warm.returncode} warm, "
                       f"{fresh.returncode} with --no-cache")
                expect(warm.stdout == fresh.stdout, f"{name} ({fmt}): the report from cached facts differs:\n"
                       f"--- no cache\n{fresh.stdout}\n--- warm cache\n{warm.stdout}")


def test_compdb():
    """A compile database as projects write them: assembly and C++ entries are left out with a note,
    a command listed twice is checked once, a TU that does not parse leaves only itself out."""
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(os.path.join(CASES, "counter_unlocked.c"), os.path.join(tmp, "a.c"))
        open(os.path.join(tmp, "b.S"), "w").write("nop\n")
        open(os.path.join(tmp, "c.cpp"), "w").write("int x;\n")
        open(os.path.join(tmp, "d.c"), "w").write("int f(void) {\n  return x +;\n}\n")
        entry = lambda f, cc="cc": {"directory": tmp, "file": f, "arguments": [cc, "-c", f]}
        db = [entry("a.c"), entry("b.S"), entry("c.cpp", "c++"), entry("a.c"), entry("d.c")]
        json.dump(db, open(os.path.join(tmp, "compile_commands.json"), "w"))
        p = weft("--no-cache", "--format", "json", "-p", tmp, cwd=tmp)
        expect("2 entries of compile_commands.json are not C" in p.stderr, f"note on non-C entries: {p.stderr}")
        expect("1 command of compile_commands.json listed twice" in p.stderr, f"note on duplicates: {p.stderr}")
        expect(re.search(r"d\.c:2:\d+: error:", p.stderr), f"the broken TU's error: {p.stderr}")
        d = json.loads(p.stdout)
        expect(d["translation_units"] == 2 and d["errors"] == 1, f"2 TUs, 1 did not parse: {d['translation_units']}, {d['errors']}")
        expect([f["variable"] for f in d["findings"]] == ["counter"], f"a.c still checked: {d['findings']}")
        expect(p.returncode == 1 and not d["complete"], f"definite race found, run incomplete: exit {p.returncode}")
    # make's "lib//common/x.c" for the entry's "lib/common/x.c": the same file, given to libclang once
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "lib", "common"))
        shutil.copy(os.path.join(CASES, "counter_unlocked.c"), os.path.join(tmp, "lib", "common", "a.c"))
        db = [{"directory": tmp, "file": os.path.join(tmp, "lib", "common", "a.c"),
               "arguments": ["cc", "-c", "lib//common/./a.c", "-o", "a.o"]}]
        json.dump(db, open(os.path.join(tmp, "compile_commands.json"), "w"))
        p = weft("--no-cache", "--format", "json", "-p", tmp, cwd=tmp)
        d = json.loads(p.stdout)
        expect(d["errors"] == 0 and [f["variable"] for f in d["findings"]] == ["counter"],
               f"lib//common/./a.c is the entry's file: {p.stderr} {d['findings']}")


def test_help():
    """--help documents every option."""
    p = weft("--help")
    expect(p.returncode == 0, "exit 0")
    for opt in ("-p", "--format", "-o", "--baseline", "--lock-fn", "--atomic-fn", "--config", "-j", "--cache-dir",
                "--no-cache", "--stats", "--no-progress", "weft-check: ignore"):
        expect(opt in p.stdout, f"--help lacks {opt}")


def test_libclang():
    """weft links no libclang (weft run must not map LLVM); weft check loads it, or says why not with exit 2."""
    p = subprocess.run(["readelf", "-d", WEFT], capture_output=True, text=True)
    expect(p.returncode == 0, f"readelf: {p.stderr}")
    needed = [l for l in p.stdout.splitlines() if "(NEEDED)" in l]
    expect(needed and not any("clang" in l or "LLVM" in l for l in needed), f"weft needs libclang/LLVM: {needed}")
    expect(weft("--no-cache", "counter_unlocked.c").returncode == 1, "libclang loaded on demand")
    p = weft("--no-cache", "counter_unlocked.c", env={"WEFT_LIBCLANG": "/nonexistent/libclang.so"})
    expect(p.returncode == 2, f"no libclang: exit {p.returncode}")
    lines = p.stderr.strip().splitlines()
    expect(len(lines) == 1 and lines[0].startswith("weft check: cannot load libclang (install libclang1-14): "),
           f"one-line error: {p.stderr}")
    expect(p.stdout == "", "nothing written without libclang")


def test_programs():
    """A database with two mains is two programs sharing a library TU; a race in the library is reported once."""
    src = os.path.join(CASES, "two_programs")
    with tempfile.TemporaryDirectory() as build:
        db = [{"directory": src, "file": os.path.join(src, f), "arguments": ["cc", "-c", f]}
              for f in ("client.c", "lib.c", "server.c")]
        json.dump(db, open(os.path.join(build, "compile_commands.json"), "w"))
        p = weft("--no-cache", "--format", "json", "-p", build)
        expect(p.returncode in (1, 3), f"exit {p.returncode}: {p.stderr}")
        d = json.loads(p.stdout)
        ids = [f["id"] for f in d["findings"]]
        expect(len(ids) == len(set(ids)), f"a finding reported twice: {ids}")
        by_var = {}
        for f in d["findings"]:
            by_var.setdefault(f["variable"], []).append(f)
        expect(set(by_var) == {"count", "replies", "served"}, f"findings: {sorted(by_var)}")
        threads = {a["thread"] for a in by_var["count"][0]["accesses"]}
        expect(threads <= {"reader", "handler"} and threads, f"library race from the programs' threads: {threads}")
        expect(d["complete"], f"incomplete: {d['incomplete_reasons']}")


TARGET_LIB = """#include <pthread.h>
int counter;
#ifdef LOCKED
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
#endif
void bump(void)
{
#ifdef LOCKED
    pthread_mutex_lock(&m);
#endif
    counter++;
#ifdef LOCKED
    pthread_mutex_unlock(&m);
#endif
}
"""

TARGET_MAIN = """#include <pthread.h>
void bump(void);
static void *worker_%s(void *arg)
{
    (void)arg;
    bump();
    return 0;
}
int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], 0, worker_%s, 0);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], 0);
    return 0;
}
"""


def test_targets():
    """One source built for two targets with different flags (CMake's CMakeFiles/<target>.dir/): each
    program takes the copy built for its own target, without a note that it had to guess."""
    with tempfile.TemporaryDirectory() as tmp:
        open(os.path.join(tmp, "lib.c"), "w").write(TARGET_LIB)
        for t in ("locked", "plain"):
            open(os.path.join(tmp, t + ".c"), "w").write(TARGET_MAIN % (t, t))
        build = os.path.join(tmp, "build")
        os.mkdir(build)

        def entry(f, target, flags=()):
            return {"directory": build, "file": os.path.join(tmp, f),
                    "arguments": ["cc", *flags, "-o", f"CMakeFiles/{target}.dir/{f}.o", "-c", os.path.join(tmp, f)]}
        # the unlocked copy first: taken by both programs when the target is not looked at
        db = [entry("lib.c", "plain"), entry("plain.c", "plain"), entry("lib.c", "locked", ["-DLOCKED"]),
              entry("locked.c", "locked")]
        json.dump(db, open(os.path.join(build, "compile_commands.json"), "w"))
        p = weft("--no-cache", "--format", "json", "-p", build, cwd=tmp)
        expect(p.returncode == 1, f"exit {p.returncode}: {p.stderr}")
        d = json.loads(p.stdout)
        expect([f["variable"] for f in d["findings"]] == ["counter"], f"findings: {d['findings']}")
        threads = {a["thread"] for a in d["findings"][0]["accesses"]}
        expect(threads == {"worker_plain"}, f"the race is the plain target's only: {threads}")
        expect(not d["diagnostics"] and "defined here" not in p.stderr, f"a note on a guess: {p.stderr}")
        # Without CMake's per-target directories the database cannot say which copy links:
        # no proof and no sure race rest on the one taken.
        db = [entry("lib.c", "plain"), entry("locked.c", "locked"), entry("lib.c", "locked", ["-DLOCKED"])]
        for e in db:
            e["arguments"] = [a.replace("CMakeFiles/plain.dir/", "obj1/").replace("CMakeFiles/locked.dir/", "obj2/")
                              for a in e["arguments"]]
        json.dump(db, open(os.path.join(build, "compile_commands.json"), "w"))
        p = weft("--no-cache", "--format", "json", "-p", build, cwd=tmp)
        d = json.loads(p.stdout)
        expect(p.returncode == 3 and d["verdict"] != "race-free" and not d["complete"],
               f"a guessed definition is no proof: exit {p.returncode}, {d['verdict']}")
        expect(all(f["certainty"] == "possible" for f in d["findings"]), f"a sure race on a guess: {d['findings']}")
        expect(any("defined in several translation units" in r for r in d["incomplete_reasons"]),
               f"why not proved: {d['incomplete_reasons']}")


def test_config():
    """.weft-check in the current directory declares lock wrappers like --lock-fn does."""
    with tempfile.TemporaryDirectory() as tmp:
        src = open(os.path.join(CASES, "lock_fn.c")).read()
        open(os.path.join(tmp, "lock_fn.c"), "w").write(src)
        p = weft("--no-cache", "--format", "json", "lock_fn.c", cwd=tmp)
        without = {f["variable"] for f in json.loads(p.stdout)["findings"]}
        open(os.path.join(tmp, ".weft-check"), "w").write(
            "# lock wrappers\nlock-fn = my_lock:my_unlock\nlock-fn enter_critical:exit_critical\n")
        p = weft("--no-cache", "--format", "json", "lock_fn.c", cwd=tmp)
        with_cfg = {f["variable"] for f in json.loads(p.stdout)["findings"]}
        expect({"balance", "events", "loose"} <= without, f"without config: {without}")
        expect(with_cfg == {"loose"}, f"with config: {with_cfg}")
        expect("--lock-fn names" not in p.stderr, f"names in use: no warning: {p.stderr}")
        # A name nothing calls (a typo, or a macro) is warned about, from a warm cache too.
        for _ in range(2):
            p = weft("--cache-dir", os.path.join(tmp, "cache"), "--lock-fn", "LOCK_STATS:my_unlock", "lock_fn.c",
                     cwd=tmp)
            expect(re.search(r"warning: --lock-fn names 'LOCK_STATS', which no analyzed code calls", p.stderr) and
                   "'my_unlock'" not in p.stderr, f"unused --lock-fn name: {p.stderr}")
        open(os.path.join(tmp, "bad.cfg"), "w").write("lock-fn nocolon\n")
        p = weft("--no-cache", "--config", "bad.cfg", "lock_fn.c", cwd=tmp)
        expect(p.returncode == 2 and "bad.cfg:1" in p.stderr, "bad config line: exit 2 with file:line")


def test_examples():
    """The bundled examples: the race-free ones are clean, the racy counter reports its race."""
    examples = os.path.normpath(os.path.join(CASES, "..", "..", "..", "examples"))
    flags = ["--", "-I" + os.path.join(examples, "common")]
    for name in ("greeter/threads.c", "crunch/threads.c", "counter/mutex.c", "counter/atomic.c"):
        p = weft("--no-cache", "--format", "json", os.path.join(examples, name), *flags)
        found = [f["variable"] for f in json.loads(p.stdout)["findings"]]
        expect(p.returncode == 0 and not found, f"{name}: exit {p.returncode}, findings {found}")
    p = weft("--no-cache", "--format", "json", os.path.join(examples, "counter/racy.c"), *flags)
    found = {f["variable"] for f in json.loads(p.stdout)["findings"]}
    expect(p.returncode == 1 and found == {"counter"}, f"counter/racy.c: exit {p.returncode}, findings {found}")


if __name__ == "__main__":
    globals()["test_" + sys.argv[4]]()
    print("ok")
