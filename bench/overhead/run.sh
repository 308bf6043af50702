#!/usr/bin/env bash
# Measures what tracing adds per workload: untraced vs weft (LD_PRELOAD, and `weft run`) vs strace,
# ltrace, valgrind drd and LTTng-UST's pthread wrapper (when installed: liblttng-ust1, and
# lttng-tools for a recording session); medians of N runs, ratios to untraced, and ns added per
# interposed call.
# usage: bench/overhead/run.sh [-n RUNS] [-t PEER_TIMEOUT_S] [workload...]
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${WEFT_BUILD_DIR:-$top/build}
preload=$build/lib/libweft-preload.so
weft=$build/bin/weft
runs=5
peer_timeout=30
while getopts n:t: o; do
  case $o in n) runs=$OPTARG ;; t) peer_timeout=$OPTARG ;; *) exit 2 ;; esac
done
shift $((OPTIND - 1))
[ -f "$preload" ] || { echo "run.sh: $preload not found: build first (scripts/build)" >&2; exit 2; }

# workload and its iteration count (sized for ~0.1-0.5 s untraced on 2 cores)
all="cpu_only:200000000 lock_uncontended:20000000 mutex_pingpong:1000000 pipe_pingpong:50000
condvar_pc:100000 thread_churn:5000 coro_pingpong:1000000"
want=${*:-}

tmp=$(mktemp -d /tmp/weft-bench.XXXXXX)
shm=$(mktemp -d /dev/shm/weft-bench.XXXXXX) # ring files live on tmpfs, as under weft run
lttng_started=    # pid of the lttng-sessiond this script started, stopped at exit
cleanup() {
  rm -rf "$tmp" "$shm"
  if [ -n "$lttng_started" ]; then kill "$lttng_started" 2>/dev/null || true; fi
}
trap cleanup EXIT
for w in $all; do
  name=${w%%:*}
  cc -O2 -pthread -o "$tmp/$name" "$top/bench/overhead/$name.c"
done

now() { date +%s%N; }

# time_cmd CMD...: wall ns of one run (stdout kept in $tmp/out, stderr in $tmp/err), or "timeout"
time_cmd() {
  local t0 t1
  t0=$(now)
  # SIGKILL: ltrace ignores SIGTERM and would keep going long after the deadline.
  local rc=0
  timeout -s KILL "$peer_timeout" "$@" >"$tmp/out" 2>"$tmp/err" || rc=$?
  [ $rc -eq 137 ] && { echo timeout; return; }
  t1=$(now)
  echo $((t1 - t0))
}

# median_of MODE PROG ITERS: median wall ns over $runs runs, "timeout" if the first run timed out.
# weftrun: the median of the program's own wall time (from fork to its exit, as weft run reports
# it) goes to $tmp/prog.weftrun; the echoed median is weft run's total (trace finished too).
median_of() {
  local mode=$1 prog=$2 iters=$3 i t d vals=() pvals=()
  for ((i = 0; i < runs; i++)); do
    case $mode in
      plain) t=$(time_cmd "$prog" "$iters") ;;
      weft)
        d=$(mktemp -d "$shm/run.XXXXXX")
        t=$(LD_PRELOAD=$preload WEFT_DIR=$d time_cmd "$prog" "$iters")
        du -sk "$d" | cut -f1 >"$tmp/du.$mode"
        ls "$d" | grep -c '\.ring$' >"$tmp/rings.$mode" || true
        rm -rf "$d" ;;
      weftrun)
        t=$(time_cmd "$weft" run -o "$tmp/t.db" -- "$prog" "$iters"); rm -f "$tmp"/t.db*
        pvals+=("$(sed -n 's/.* ran \([0-9.]*\) s, the trace was done .*/\1/p' "$tmp/err" | awk '{printf "%.0f", $1 * 1e9}')") ;;
      strace) t=$(time_cmd strace -f -qq -o /dev/null "$prog" "$iters") ;;
      ltrace) t=$(time_cmd ltrace -f -o /dev/null "$prog" "$iters") ;;
      drd) t=$(time_cmd valgrind --tool=drd -q "$prog" "$iters") ;;
      lttng) # env: the wrapper goes into the program only, not into timeout(1)
        if [ $lttng_session = 1 ]; then
          lttng -n create "weft-bench-$$" --output="$tmp/lttng" >/dev/null
          lttng enable-event -s "weft-bench-$$" -u 'lttng_ust_pthread:*' >/dev/null
          lttng start "weft-bench-$$" >/dev/null
          t=$(time_cmd env LD_PRELOAD="$lttng_lib" "$prog" "$iters")
          # stop waits until the consumer has written everything; it warns of discarded events
          lttng stop "weft-bench-$$" >"$tmp/lttng.stop" 2>&1 || true
          lttng destroy "weft-bench-$$" >/dev/null 2>&1 || true
          du -sm "$tmp/lttng" | cut -f1 >"$tmp/lttng.mib"
          sed -n 's/.* \([0-9][0-9]*\) events* \(were \)*discarded.*/\1/p' "$tmp/lttng.stop" | head -1 >"$tmp/lttng.lost"
          rm -rf "$tmp/lttng"
        else
          t=$(time_cmd env LD_PRELOAD="$lttng_lib" "$prog" "$iters")
        fi ;;
    esac
    if [ "$t" = timeout ]; then echo timeout; return; fi
    vals+=("$t")
    # A peer far slower than the deadline allows gets one run only (marked 1run).
    if [ "$i" = 0 ] && [ "$t" -gt $((peer_timeout * 250000000)) ]; then
      [ "$mode" != weftrun ] || echo "${pvals[0]}" >"$tmp/prog.weftrun" # not the last row's
      echo "$t 1run"; return
    fi
  done
  if [ "$mode" = weftrun ]; then
    printf '%s\n' "${pvals[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}' >"$tmp/prog.weftrun"
  fi
  printf '%s\n' "${vals[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

fmt() { # fmt "NS [1run]" BASE_NS -> "0.123s (1.05x)"
  if [ "$1" = timeout ]; then echo ">${peer_timeout}s"; return; fi
  set -- $1 "$2"
  if [ $# = 3 ]; then
    awk -v t="$1" -v b="$3" 'BEGIN {printf "%.3fs (%.2fx, 1 run)", t/1e9, t/b}'
  else
    awk -v t="$1" -v b="$2" 'BEGIN {printf "%.3fs (%.2fx)", t/1e9, t/b}'
  fi
}

have_run=0
"$weft" run --help >/dev/null 2>&1 && have_run=1
modes="weft"
[ $have_run = 1 ] && modes="$modes weftrun"
command -v strace >/dev/null && modes="$modes strace"
command -v ltrace >/dev/null && modes="$modes ltrace"
command -v valgrind >/dev/null && modes="$modes drd"

# LTTng-UST's pthread wrapper (Debian: liblttng-ust1), LD_PRELOADed into the program; with
# lttng-tools, inside a session recording its lttng_ust_pthread:* events to disk (a session
# daemon is started, and stopped at the end, if none runs; `lttng -n` so the client never spawns
# one itself). LTTNG_PTHREAD_WRAPPER=PATH overrides the library.
lttng_lib=${LTTNG_PTHREAD_WRAPPER:-$( (ldconfig -p 2>/dev/null || true) |
  awk '/liblttng-ust-pthread-wrapper\.so\.[0-9]/ && /x86-64|64bit/ {print $NF; exit}')}
[ -n "$lttng_lib" ] || lttng_lib=$(ls /usr/lib/*/liblttng-ust-pthread-wrapper.so.[0-9] 2>/dev/null | head -1 || true)
lttng_session=0 lttng_note=
if [ -n "$lttng_lib" ] && [ -f "$lttng_lib" ]; then
  modes="$modes lttng"
  if ! command -v lttng >/dev/null || ! command -v lttng-sessiond >/dev/null; then
    lttng_note="lttng-tools not installed"
  else
    if ! lttng list >/dev/null 2>&1; then
      if lttng-sessiond --daemonize --no-kernel >/dev/null 2>&1; then
        if [ "$(id -u)" = 0 ]; then pidf=/var/run/lttng/lttng-sessiond.pid
        else pidf=${LTTNG_HOME:-$HOME}/.lttng/lttng-sessiond.pid; fi
        lttng_started=$(cat "$pidf" 2>/dev/null || true)
      fi
    fi
    if lttng -n create "weft-bench-$$" --output="$tmp/lttng" >/dev/null 2>&1 &&
      lttng enable-event -s "weft-bench-$$" -u 'lttng_ust_pthread:*' >/dev/null 2>&1; then
      lttng_session=1
    else
      lttng_note="no LTTng session could be made (lttng-sessiond)"
    fi
    lttng destroy "weft-bench-$$" >/dev/null 2>&1 || true
    rm -rf "$tmp/lttng"
  fi
  [ -z "$lttng_note" ] || echo "note: $lttng_note: the LTTng column preloads $lttng_lib without recording anything"
else
  echo "note: LTTng-UST pthread wrapper (liblttng-ust-pthread-wrapper.so.1, Debian liblttng-ust1) not installed: no LTTng column"
fi
if [ $lttng_session = 1 ]; then lttng_head="lttng-ust pthread wrapper, in a recording session"
else lttng_head="lttng-ust pthread wrapper, preload only, no session"; fi

echo "runs=$runs peer_timeout=${peer_timeout}s cpus=$(nproc) $(uname -r)"
printf '| %s ' workload untraced $modes "weft ns/call" "weft KiB/ring" |
  sed "s/| weftrun /| weft run: program; total /; s/| lttng /| $lttng_head /"; echo '|'
for w in $all; do
  name=${w%%:*}; iters=${w##*:}
  if [ -n "$want" ] && [[ " $want " != *" $name "* ]]; then continue; fi
  base=$(median_of plain "$tmp/$name" "$iters")
  calls=$(grep -o 'calls=[0-9]*' "$tmp/out" | cut -d= -f2)
  row="| $name | $(fmt "$base" "$base") "
  for m in $modes; do
    t=$(median_of "$m" "$tmp/$name" "$iters")
    if [ "$m" = weftrun ] && [ "$t" != timeout ]; then
      row+="| $(fmt "$(cat "$tmp/prog.weftrun")" "$base"); $(fmt "$t" "$base") "
    elif [ "$m" = lttng ] && [ $lttng_session = 1 ] && [ "$t" != timeout ]; then
      # size of the last run's trace, and the events it discarded if lttng stop warned of any
      lost=$(cat "$tmp/lttng.lost")
      [ ${#lost} -lt 16 ] || lost="some (count overflowed)" # LTTng 2.13 printed 9223372036854794147 once
      row+="| $(fmt "$t" "$base") $(cat "$tmp/lttng.mib") MiB trace${lost:+, $lost events discarded} "
    else
      row+="| $(fmt "$t" "$base") "
    fi
    [ "$m" = weft ] && weft_t=$t
  done
  perkb=$(awk -v k="$(cat "$tmp/du.weft")" -v n="$(cat "$tmp/rings.weft")" 'BEGIN {if (n > 0) printf "%.0f", k/n; else print "-"}')
  nscall=$(awk -v t="$weft_t" -v b="$base" -v c="$calls" 'BEGIN {if (c > 0) printf "%.1f", (t-b)/c; else print "-"}')
  echo "$row| $nscall | $perkb |"
done

# The uncontended lock/unlock pair, timed inside the program (best of 8 rounds each run).
cc -O2 -pthread -o "$tmp/lock_uncontended" "$top/bench/overhead/lock_uncontended.c"
pair() { "$@" "$tmp/lock_uncontended" 4000000 | sed -n 's/pair_ns=//p'; }
plain_pair=$(for i in 1 2 3 4 5; do pair env; done | sort -n | head -1)
d=$(mktemp -d "$shm/pair.XXXXXX")
weft_pair=$(for i in 1 2 3 4 5; do pair env LD_PRELOAD="$preload" WEFT_DIR="$d"; done | sort -n | head -1)
pass_pair=$(for i in 1 2 3 4 5; do pair env LD_PRELOAD="$preload"; done | sort -n | head -1)
echo "uncontended lock+unlock pair: untraced ${plain_pair} ns, preloaded but off ${pass_pair} ns," \
  "traced ${weft_pair} ns: +$(awk -v a="$weft_pair" -v b="$plain_pair" 'BEGIN {printf "%.1f", a-b}') ns per pair"
