"""Race labels of public concurrent C test corpora, read mechanically from each corpus's own
expectations. Used by goblint.sh and corpora.sh; nothing of the corpora is copied here.

Each reader returns (programs, skipped): programs is a list of dicts with 'path', 'rel'
(the name reported), 'truth' ('racy' or 'race-free'), 'why' (the evidence the label comes
from) and 'flags' (compiler flags besides the file); skipped is a list of (rel, reason).
Both are in a fixed order (sorted file names).
"""
import glob, os, re

# ---------------------------------------------------------------- Goblint tests/regression
# As Goblint's runner (scripts/update_suite.rb) reads them: a line that is not only a
# comment and mentions RACE but not NORACE expects a race; '// RACE!' lines are the ones
# goblint.sh scores line by line; programs whose first line says SKIP are not run.
G_RACE = re.compile(r'//\s*RACE!')
G_NORACE = re.compile(r'//\s*NORACE')
G_ANYRACE = re.compile(r'RACE')
G_COMMENT_ONLY = re.compile(r'^\s*(//|/\*([^*]|\*+[^*/])*\*/\s*$)')
G_PTHREAD = re.compile(r'#\s*include\s*[<"]pthread\.h[>"]')


def goblint_expects_race(line):
    return bool(G_ANYRACE.search(line)) and not G_NORACE.search(line) and not G_COMMENT_ONLY.match(line)


def goblint_files(src):
    """(progs, not_run): the tests/regression programs including pthread.h, as (path, text),
    and the relative names of those whose first line says SKIP."""
    reg = os.path.join(src, "tests", "regression")
    progs, not_run = [], []
    for d in sorted(os.listdir(reg)):
        p = os.path.join(reg, d)
        if not os.path.isdir(p):
            continue
        for f in sorted(os.listdir(p)):
            if f.endswith(".c"):
                path = os.path.join(p, f)
                text = open(path, errors="replace").read()
                if G_PTHREAD.search(text):
                    if "SKIP" in (text.splitlines() or [""])[0]:
                        not_run.append(os.path.relpath(path, reg))  # Goblint's runner skips these too
                    else:
                        progs.append((path, text))
    return progs, not_run


def goblint(src):
    """Racy: some line expects a race (a '// RACE!' line, or a code line saying RACE without
    NORACE). Race-free: NORACE lines and no race-expecting line. A program with no race
    annotation at all is skipped: Goblint's runner checks no race property of it."""
    inc = os.path.join(src, "lib", "goblint", "runtime", "include")
    reg = os.path.join(src, "tests", "regression")
    files, not_run = goblint_files(src)
    progs, skipped = [], [(r, "first line says SKIP (Goblint's runner does not run it)") for r in not_run]
    for path, text in files:
        rel = os.path.relpath(path, reg)
        lines = text.splitlines()
        bang = [i + 1 for i, l in enumerate(lines) if G_RACE.search(l)]
        racy = [i + 1 for i, l in enumerate(lines) if G_RACE.search(l) or goblint_expects_race(l)]
        norace = [i + 1 for i, l in enumerate(lines) if G_NORACE.search(l)]
        flags = ["-I", inc, "-I", os.path.dirname(path)]
        if bang:
            progs.append(dict(path=path, rel=rel, truth="racy", why=f"RACE! at line {bang[0]}", flags=flags))
        elif racy:  # only 'may race' lines: Goblint expects its warning, at times for its own imprecision
            progs.append(dict(path=path, rel=rel, truth="racy", weak=True, flags=flags,
                              why=f"RACE without '!' (may race) at line {racy[0]}"))
        elif norace:
            progs.append(dict(path=path, rel=rel, truth="race-free", why=f"{len(norace)} NORACE lines, no RACE line", flags=flags))
        else:
            skipped.append((rel, "no RACE/NORACE annotation (Goblint checks no race property of it)"))
    skipped.sort()
    return progs, skipped


# ---------------------------------------------------------------- compiler-rt tsan tests
T_RUN = re.compile(r'//\s*RUN:\s*(.*)$')
T_CHECK = re.compile(r'//\s*([A-Za-z0-9_-]+?)(-NEXT|-DAG|-SAME|-NOT|-EMPTY|-LABEL)?:\s*(.*)$')
T_DATA_RACE = re.compile(r'ThreadSanitizer: data race')
# report kinds of ThreadSanitizer other than data races (tsan_report.cpp's titles)
T_OTHER_KIND = re.compile(r'ThreadSanitizer: (heap-use-after-free|thread leak|lock-order-inversion|'
                          r'use of an invalid mutex|unlock of an unlocked mutex|double lock|'
                          r'read lock of a write locked mutex|read unlock of a write locked mutex|'
                          r'signal-unsafe call|signal handler spoils errno|destroy of a locked mutex|'
                          r'mutex unlock by another thread|mutexes|data race on vptr|'
                          r'heap-use-after-free \(virtual call vs free\))|ThreadSanitizer WARNING:')


def tsan(src):
    """compiler-rt/test/tsan/*.c (src: a compiler-rt checkout, or an llvm-project one).
    Racy: a CHECK line (the prefix FileCheck is run with) expects 'ThreadSanitizer: data race'.
    Race-free: no such line, and every RUN line runs the program with plain '%run' (neither
    'not' nor '%deflake'): ThreadSanitizer exits 66 on any report, so the test passing means
    no race was reported. Skipped: C++ builds, runtime options, several builds (-D, shared
    objects), tests about other report kinds, programs starting no thread."""
    d = os.path.join(src, "test", "tsan")
    if not os.path.isdir(d):
        d = os.path.join(src, "compiler-rt", "test", "tsan")
    top = os.path.dirname(os.path.dirname(d))  # compiler-rt/
    flags = ["-I", d, "-I", os.path.join(top, "test"), "-I", os.path.join(top, "include")]
    progs, skipped = [], []
    for path in sorted(glob.glob(os.path.join(d, "*.c"))):
        rel = os.path.relpath(path, d)
        text = open(path, errors="replace").read()
        lines = text.splitlines()
        runs = []
        for l in lines:  # RUN lines continued with a trailing backslash
            m = T_RUN.search(l)
            if m:
                if runs and runs[-1].endswith("\\"):
                    runs[-1] = runs[-1][:-1] + " " + m.group(1)
                else:
                    runs.append(m.group(1))
        if not runs:
            skipped.append((rel, "no RUN line (not a test)")); continue
        run_all = " ".join(runs)
        if "%clangxx" in run_all:
            skipped.append((rel, "built as C++ (%clangxx_tsan)")); continue
        if "%env_tsan_opts" in run_all or "TSAN_OPTIONS" in run_all:
            skipped.append((rel, "needs runtime options (%env_tsan_opts)")); continue
        if re.search(r'\s-D\w|-shared|\.so\b', run_all):
            skipped.append((rel, "several builds (-D, shared objects)")); continue
        prefixes = set()
        for r in runs:
            if "FileCheck" in r:
                m = re.search(r'--check-prefix(?:es)?[= ](\S+)', r)
                prefixes.update(m.group(1).split(",") if m else ["CHECK"])
        pos, neg = [], []
        for i, l in enumerate(lines):
            m = T_CHECK.search(l)
            if m and m.group(1) in prefixes:
                (neg if m.group(2) == "-NOT" else pos).append((i + 1, m.group(3)))
        race_pos = [n for n, t in pos if T_DATA_RACE.search(t)]
        if race_pos:
            progs.append(dict(path=path, rel=rel, truth="racy", why=f"CHECK: data race at line {race_pos[0]}", flags=flags))
            continue
        other = [t for n, t in pos + neg if T_OTHER_KIND.search(t)]
        if other and not any(T_DATA_RACE.search(t) for n, t in neg):
            skipped.append((rel, f"about another report kind ({other[0].strip()[:50]})")); continue
        if "pthread_create" not in text:
            skipped.append((rel, "starts no thread")); continue
        plain = [r for r in runs if "%run" in r]
        if plain and all("%deflake" not in r and not re.search(r'\bnot\s+%run', r) for r in plain):
            race_neg = [n for n, t in neg if T_DATA_RACE.search(t) or t.strip().startswith("WARNING")]
            why = (f"CHECK-NOT: data race/WARNING at line {race_neg[0]}; " if race_neg else "") + "plain %run (exit 0: no report)"
            progs.append(dict(path=path, rel=rel, truth="race-free", why=why, flags=flags))
        else:
            skipped.append((rel, "expects a failing run without a data race check"))
    return progs, skipped


# ---------------------------------------------------------------- Valgrind helgrind/drd
V_RACE = re.compile(r'Possible data race|Conflicting (load|store) by thread|conflicts with a previous')
V_ERRORS = re.compile(r'ERROR SUMMARY: (\d+) errors?')
V_CLIENT_REQ = re.compile(r'#\s*include\s*[<"][^">]*(valgrind\.h|helgrind\.h|drd\.h|unified_annotations\.h)[">]'
                          r'|\bANNOTATE_\w+\s*\(|\bVALGRIND_\w+\s*\(')
# what configure finds on x86-64 Linux with glibc (the tests' config.h is generated by it)
V_CONFIG_H = """/* written by weft's bench/check/labels.py in place of valgrind's configure output */
#define HAVE_BUILTIN_ATOMIC 1
#define HAVE_BUILTIN_ATOMIC_CXX 1
#define HAVE_PTHREAD_YIELD 1
#define HAVE_PTHREAD_MUTEX_TIMEDLOCK 1
#define HAVE_PTHREAD_RWLOCK_TIMEDRDLOCK 1
#define HAVE_PTHREAD_RWLOCK_TIMEDWRLOCK 1
#define HAVE_PTHREAD_MUTEX_RECURSIVE_NP 1
#define HAVE_PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP 1
#define HAVE_PTHREAD_MUTEX_ERRORCHECK_NP 1
#define HAVE_PTHREAD_BARRIER_INIT 1
#define HAVE_PTHREAD_SPIN_LOCK 1
#define HAVE_ASM_UNISTD_H 1
#define HAVE_TLS 1
"""


def _vgtests(src):
    """{program path without .c: [(vgtest path, vgopts)]} over helgrind/tests and drd/tests;
    vgtests whose prereq is 'false' (never run) are left out."""
    out = {}
    for d in ("helgrind/tests", "drd/tests"):
        for vg in sorted(glob.glob(os.path.join(src, d, "*.vgtest"))):
            kv = {}
            for l in open(vg, errors="replace"):
                if ":" in l:
                    k, v = l.split(":", 1)
                    kv.setdefault(k.strip(), v.strip())
            if "prog" not in kv or re.match(r'false\b', kv.get("prereq", "")):
                continue
            prog = os.path.normpath(os.path.join(os.path.dirname(vg), kv["prog"].split()[0]))
            out.setdefault(prog, []).append((vg, kv.get("vgopts", "")))
    return out


def valgrind(src, scratch):
    """helgrind/tests/tc*.c and drd/tests/*.c of a valgrind checkout. For each program, the
    vgtests of either tool that run it (prog:), text output only (not --xml=yes), and their
    expected stderr files NAME.stderr.exp and its platform variants NAME.stderr.exp-*.
    Racy: one of them reports a race ('Possible data race', 'Conflicting load/store by
    thread'). Race-free: none does and every one says 'ERROR SUMMARY: 0 errors'. Skipped: no
    vgtest runs it, it uses Valgrind client requests/annotations (the expectation depends on
    them), OpenMP, starts no thread, or its expected errors are of other kinds only.
    scratch: a directory for the stand-in config.h."""
    src = os.path.normpath(src)
    stub = os.path.join(scratch, "valgrind-config")
    os.makedirs(os.path.join(stub, "a", "b"), exist_ok=True)
    with open(os.path.join(stub, "config.h"), "w") as f:
        f.write(V_CONFIG_H)
    vgt = _vgtests(src)
    progs, skipped = [], []
    files = sorted(glob.glob(os.path.join(src, "helgrind/tests/tc*.c"))) + sorted(glob.glob(os.path.join(src, "drd/tests/*.c")))
    for path in files:
        rel = os.path.relpath(path, src)
        text = open(path, errors="replace").read()
        tests = [(vg, o) for vg, o in vgt.get(path[:-2], []) if "--xml=yes" not in o]
        if not tests:
            skipped.append((rel, "no vgtest runs it (library, unit test of the tool, or XML-only)")); continue
        if V_CLIENT_REQ.search(text):
            skipped.append((rel, "uses Valgrind client requests/annotations (the expectation depends on them)")); continue
        if re.search(r'#\s*pragma\s+omp|<omp\.h>', text):
            skipped.append((rel, "OpenMP")); continue
        if not re.search(r'\b(pthread_create|thrd_create)\s*\(', text):
            skipped.append((rel, "starts no thread")); continue
        racy, errs, exps = [], [], []
        for vg, _ in tests:
            for exp in sorted(glob.glob(vg[:-len(".vgtest")] + ".stderr.exp*")):
                t = open(exp, errors="replace").read()
                exps.append(os.path.relpath(exp, src))
                if V_RACE.search(t):
                    racy.append(os.path.relpath(exp, src))
                m = V_ERRORS.search(t)
                errs.append(int(m.group(1)) if m else None)
        flags = ["-I", os.path.dirname(path), "-I", src, "-I", os.path.join(src, "include"),
                 "-I", os.path.join(stub, "a", "b"), "-I", stub,
                 # what Makefile.tool-tests.am gives every test on amd64 Linux
                 "-DVGA_amd64=1", "-DVGO_linux=1", "-DVGP_amd64_linux=1", "-DVGPV_amd64_linux_vanilla=1"]
        if not exps:
            skipped.append((rel, "no expected stderr")); continue
        if racy:
            progs.append(dict(path=path, rel=rel, truth="racy", why=f"race in {racy[0]} ({len(racy)}/{len(exps)} expected outputs)", flags=flags))
        elif all(e == 0 for e in errs):
            progs.append(dict(path=path, rel=rel, truth="race-free", why=f"0 errors in all {len(exps)} expected outputs", flags=flags))
        elif any(e is None for e in errs):
            skipped.append((rel, "an expected output has no ERROR SUMMARY"))
        else:
            skipped.append((rel, f"expects other errors only (ERROR SUMMARY {max(errs)}, no race)"))
    return progs, skipped
