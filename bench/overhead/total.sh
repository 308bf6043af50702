#!/usr/bin/env bash
# What a user waits for: the whole `weft run` (the program, then the end of its trace), against
# the program run untraced, per round (back to back, the order alternating), ratios taken per
# round; prints per workload the median untraced and traced wall times, the median ratio with its
# range, the events stored, the events dropped, and for the coroutine ping-pong whether every
# switch is accounted for (call_counts against the program's own count).
# usage: bench/overhead/total.sh [-n ROUNDS] [workload[:iterations]...]
#        (default: coro_pingpong:2000000 (4 M switches) mutex_pingpong:3000000
#         pipe_pingpong:100000 condvar_pc:70000 thread_churn:80000, each about 1 s untraced here,
#         and the hand-off ones also as NAME@1cpu: the program pinned to CPU 1 with taskset, the
#         collector free, as target.sh does: free-running, this VM's cross-CPU wake-ups make the
#         untraced runs themselves vary 2-10x from one run to the next)
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${WEFT_BUILD_DIR:-$top/build}
weft=$build/bin/weft
rounds=7
while getopts n: o; do
  case $o in n) rounds=$OPTARG ;; *) exit 2 ;; esac
done
shift $((OPTIND - 1))
[ -x "$weft" ] || { echo "total.sh: $weft not found: build first (scripts/build)" >&2; exit 2; }
defaults="coro_pingpong:2000000 mutex_pingpong:3000000 mutex_pingpong@1cpu:5000000 pipe_pingpong:100000
pipe_pingpong@1cpu:450000 condvar_pc:70000 condvar_pc@1cpu:300000 thread_churn:80000"
tmp=$(mktemp -d /tmp/weft-total.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
sel=()
for w in ${*:-$defaults}; do
  name=${w%%:*}
  if [[ $w != *:* ]]; then
    for d in $defaults; do [ "${d%%:*}" = "$name" ] && w=$d; done
  fi
  prog=${name%@*}
  [ -f "$top/bench/overhead/$prog.c" ] || { echo "total.sh: no such workload: $name" >&2; exit 2; }
  [ -x "$tmp/$prog" ] || cc -O2 -pthread -o "$tmp/$prog" "$top/bench/overhead/$prog.c"
  sel+=("$w")
done

now() { date +%s%N; }
cmd() { # cmd NAME ITERS -> the program's command line
  case $1 in
    *@1cpu) echo taskset -c 1 "$tmp/${1%@*}" "$2" ;;
    *) echo "$tmp/$1" "$2" ;;
  esac
}
plain() { # plain NAME ITERS -> ns
  local t0 t1
  t0=$(now); $(cmd "$1" "$2") >/dev/null 2>&1; t1=$(now)
  echo $((t1 - t0))
}
traced() { # traced NAME ITERS -> "ns events dropped accounted"
  local t0 t1 ev dr acc=-
  t0=$(now); "$weft" run -q -o "$tmp/t.db" --force -- $(cmd "$1" "$2") >/dev/null 2>&1; t1=$(now)
  ev=$(sqlite3 "$tmp/t.db" 'SELECT count(*) FROM events')
  dr=$(sqlite3 "$tmp/t.db" "SELECT value FROM meta WHERE key = 'dropped_events'")
  if [ "${1%@*}" = coro_pingpong ]; then
    # 2 switches per iteration, each counted whether or not it has a record of its own
    acc=$(sqlite3 "$tmp/t.db" "SELECT coalesce(sum(n.count), 0) = 2 * $2 FROM call_counts n JOIN calls c ON c.id = n.call WHERE c.name = 'swapcontext'")
  fi
  rm -f "$tmp"/t.db*
  echo "$((t1 - t0)) $ev $dr $acc"
}

declare -A P T R E D A
for ((i = 0; i < rounds; i++)); do
  for w in "${sel[@]}"; do
    name=${w%%:*}; iters=${w##*:}
    if ((i % 2 == 0)); then p=$(plain "$name" "$iters"); t=$(traced "$name" "$iters")
    else t=$(traced "$name" "$iters"); p=$(plain "$name" "$iters"); fi
    read -r tns ev dr acc <<<"$t"
    P[$name]+="$p "; T[$name]+="$tns "; R[$name]+="$(awk -v a="$tns" -v b="$p" 'BEGIN{printf "%.4f", a / b}') "
    E[$name]+="$ev "; D[$name]+="$dr "; A[$name]+="$acc "
  done
done
med() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{v[NR]=$1} END{print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
lo() { tr ' ' '\n' | grep -v '^$' | sort -g | head -1; }
hi() { tr ' ' '\n' | grep -v '^$' | sort -g | tail -1; }
printf '%-16s %10s %12s %12s %-22s %12s %8s %s\n' workload iters untraced "weft run" "ratio [range]" events dropped "switches accounted"
for w in "${sel[@]}"; do
  name=${w%%:*}; iters=${w##*:}
  acc=$(echo "${A[$name]}" | tr ' ' '\n' | grep -v '^$' | sort | uniq -c | awk '{printf "%s%s x%d", s, ($2 == "1" ? "yes" : $2 == "0" ? "NO" : "-"), $1; s=", "}')
  printf '%-16s %10s %11.3fs %11.3fs %-22s %12s %8s %s\n' "$name" "$iters" \
    "$(echo "${P[$name]}" | med | awk '{print $1/1e9}')" "$(echo "${T[$name]}" | med | awk '{print $1/1e9}')" \
    "$(printf '%.2fx [%.2f-%.2f]' "$(echo "${R[$name]}" | med)" "$(echo "${R[$name]}" | lo)" "$(echo "${R[$name]}" | hi)")" \
    "$(echo "${E[$name]}" | med)" "$(echo "${D[$name]}" | hi)" "$acc"
done
echo "rounds: $rounds; ratio = whole weft run (program + end of trace) / untraced program, per round"
