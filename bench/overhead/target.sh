#!/usr/bin/env bash
# The <= 1.3x target, measured so that this VM's drifting wake-up latency cancels out: each round
# runs every workload untraced and under `weft run` back to back (the order alternating between
# rounds), and the ratio is taken per round; prints per workload the median untraced time, the
# median program time under weft run (fork to exit, as weft run reports it), the median of the
# per-round ratios with their range, the runs that dropped events, and the rounds that failed.
# A round fails when its untraced run or its `weft run` exits non-zero or prints no time (a
# traced run that failed used to count as 0 s, a ratio of 0, and the target read as met): it
# is left out of the medians and ratios, counted in the table, and the last line then does not
# say the target is met.
# The hand-off workloads (mutex, pipe, condvar) also run pinned to one CPU (`taskset -c 1`, the
# collector left free): on this VM a wake-up across CPUs takes tens of microseconds, at random,
# and makes the free-running pipe and condvar workloads 10-15x slower than pinned and swing by
# 2x from one run to the next, which says more about the hypervisor than about tracing.
# usage: bench/overhead/target.sh [-n ROUNDS] [workload...]   (workloads: cpu_only mutex_pingpong
#        pipe_pingpong condvar_pc thread_churn coro_pingpong, each hand-off one also NAME@1cpu;
#        default all)
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${WEFT_BUILD_DIR:-$top/build}
weft=$build/bin/weft
rounds=9
while getopts n: o; do
  case $o in n) rounds=$OPTARG ;; *) exit 2 ;; esac
done
shift $((OPTIND - 1))
[ -x "$weft" ] || { echo "target.sh: $weft not found: build first (scripts/build)" >&2; exit 2; }

# workload and its iteration count; thread_churn with 20 000 threads, so that process start and
# exit do not dominate it
all="cpu_only:200000000 mutex_pingpong:1000000 mutex_pingpong@1cpu:1000000 pipe_pingpong:50000
pipe_pingpong@1cpu:50000 condvar_pc:100000 condvar_pc@1cpu:100000 thread_churn:20000
coro_pingpong:1000000"
want=${*:-}
tmp=$(mktemp -d /tmp/weft-target.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
cc -O2 -o "$tmp/progtime" "$top/bench/overhead/progtime.c"
sel=()
for w in $all; do
  name=${w%%:*}
  if [ -n "$want" ] && [[ " $want " != *" $name "* ]]; then continue; fi
  [ -x "$tmp/${name%@*}" ] || cc -O2 -pthread -o "$tmp/${name%@*}" "$top/bench/overhead/${name%@*}.c"
  sel+=("$w")
done
[ ${#sel[@]} -gt 0 ] || { echo "target.sh: no such workload: $want" >&2; exit 2; }

cmd() { # cmd NAME ITERS -> the program's command line
  case $1 in
    *@1cpu) echo taskset -c 1 "$tmp/${1%@*}" "$2" ;;
    *) echo "$tmp/$1" "$2" ;;
  esac
}
plain() { # plain NAME ITERS -> ns, or nothing when the program failed
  local ns
  ns=$("$tmp/progtime" $(cmd "$1" "$2") 2>&1 >/dev/null | sed -n 's/^progtime_ns=//p') || ns=
  echo "$ns"
}
traced() { # traced NAME ITERS -> "ns dropped"; nothing when weft run or the program failed (why in $tmp/why)
  local ns= drops rc=0
  "$weft" run -o "$tmp/t.db" --force -- $(cmd "$1" "$2") >/dev/null 2>"$tmp/err" || rc=$?
  rm -f "$tmp"/t.db*
  if ((rc)); then echo "exit $rc: $(tail -1 "$tmp/err")" >"$tmp/why"; return 0; fi
  ns=$(sed -n 's/.* ran \([0-9.]*\) s, the trace was done .*/\1/p' "$tmp/err" | awk '{printf "%.0f", $1 * 1e9}')
  drops=$(sed -n 's/.*warning: \([0-9]*\) events were dropped.*/\1/p' "$tmp/err")
  if [ -n "$ns" ] && [ "$ns" != 0 ]; then echo "$ns ${drops:-0}"
  else echo "no \"ran X s\" summary" >"$tmp/why"; fi
}

declare -A P T R D F
failed=0
for ((i = 0; i < rounds; i++)); do
  for w in "${sel[@]}"; do
    name=${w%%:*}; iters=${w##*:}
    if ((i % 2 == 0)); then p=$(plain "$name" "$iters"); t=$(traced "$name" "$iters")
    else t=$(traced "$name" "$iters"); p=$(plain "$name" "$iters"); fi
    what=
    if [ -z "$p" ] || [ "$p" = 0 ]; then what=untraced; fi
    if [ -z "$t" ]; then what="${what:+$what and }weft run ($(cat "$tmp/why"))"; fi
    if [ -n "$what" ]; then
      F[$name]=$((${F[$name]:-0} + 1)); failed=$((failed + 1))
      echo "target.sh: round $((i + 1)), $name: $what failed" >&2
      continue
    fi
    set -- $t
    P[$name]+="$p "; T[$name]+="$1 "; D[$name]+="$2 "
    R[$name]+="$(awk -v t="$1" -v p="$p" 'BEGIN {printf "%.4f", t / p}') "
  done
done

# The median; of an even count (rounds left out), the mean of the middle two.
med() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {h=int((NR+1)/2); print NR%2 ? a[h] : (a[h]+a[h+1])/2}'; }
echo "rounds=$rounds cpus=$(nproc) $(uname -r) load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| workload | untraced | weft run: program | ratio, median of rounds [range] | runs with drops (most) | failed rounds |"
echo "| --- | --- | --- | --- | --- | --- |"
over=0
for w in "${sel[@]}"; do
  name=${w%%:*}; nf=${F[$name]:-0}; ok=$((rounds - nf))
  if ((ok == 0)); then
    printf '| %s | - | - | - | - | %s/%s |\n' "$name" "$nf" "$rounds"
    continue
  fi
  pm=$(echo "${P[$name]}" | med); tm=$(echo "${T[$name]}" | med); rm=$(echo "${R[$name]}" | med)
  lo=$(echo "${R[$name]}" | tr ' ' '\n' | grep . | sort -g | head -1)
  hi=$(echo "${R[$name]}" | tr ' ' '\n' | grep . | sort -g | tail -1)
  nd=$(echo "${D[$name]}" | tr ' ' '\n' | grep -c '^[1-9]' || true)
  most=$(echo "${D[$name]}" | tr ' ' '\n' | grep . | sort -n | tail -1)
  awk -v r="$rm" 'BEGIN {exit !(r > 1.3)}' && over=$((over + 1))
  printf '| %s | %.3fs | %.3fs | %.2fx [%.2f-%.2f] | %s/%s (%s) | %s/%s |\n' "$name" \
    "$(awk -v x="$pm" 'BEGIN {print x / 1e9}')" "$(awk -v x="$tm" 'BEGIN {print x / 1e9}')" \
    "$rm" "$lo" "$hi" "$nd" "$ok" "$most" "$nf" "$rounds"
done
if [ $failed != 0 ]; then
  echo "target <= 1.3x: not shown as met: $failed round(s) failed (see failed rounds)$(
    [ $over = 0 ] || echo "; over on $over workload(s) in the rounds that ran")"
elif [ $over = 0 ]; then echo "target <= 1.3x: met on every workload measured"
else echo "target <= 1.3x: over on $over workload(s)"; fi
