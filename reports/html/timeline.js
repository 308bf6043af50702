// weft timeline page logic: decodes the columnar trace data, draws lanes on a canvas, and handles zoom, hover and filter.
'use strict';
// A page that cannot render says so instead of staying blank (a truncated file, an old browser).
window.addEventListener('error', function (e) {
  var w = document.getElementById('warnings'), d = document.createElement('div');
  d.className = 'warn bad';
  d.textContent = 'This timeline could not be drawn: ' + (e.message || e) + '. Is the file complete? Re-run weft report.';
  if (w) w.appendChild(d);
});
(function () {
  var T = { start: performance.now() }; // load-time breakdown, for the bench
  var D = JSON.parse(document.getElementById('weft-data').textContent);
  T.parse = performance.now();

  // ---- states and colours -------------------------------------------------------------
  // The states are weft analyze's (D.states.names, from analysis_model.h), computed in C: the
  // page only names and colours them.  'other' and 'coro' colour calls that are not waits.
  var STATES = [
    ['running', 'running (on a CPU)', '#5bb974'],
    ['runnable', 'runnable (waiting for a CPU)', '#a7dbb5'],
    ['file_io', 'file I/O', '#4c8bf5'],
    ['net_io', 'network I/O', '#8e63ce'],
    ['ipc_io', 'IPC I/O', '#26a69a'],
    ['poll', 'event-loop wait', '#9fb3c8'],
    ['lock', 'lock wait', '#e5484d'],
    ['cond', 'condition wait', '#f59e0b'],
    ['join', 'join', '#a1887f'],
    ['child', 'child wait', '#ec7eb0'],
    ['sleep', 'sleep', '#cfd3da'],
    ['unexplained', 'unexplained (off CPU, no traced call)', '#e5e7eb'],
    ['other', 'other call', '#6b7280'],
    ['coro', 'coroutine call', '#0ea5e9']
  ];
  var S = {};
  STATES.forEach(function (s, i) { S[s[0]] = i; });
  var ARROWS = {
    create: ['thread create', '#2f6fde'], join: ['join', '#8d6e63'], fork: ['fork / exec / wait', '#d946ef'],
    coro: ['coroutine switch', '#0ea5e9'], contention: ['lock handoff (holder → waiter)', '#e5484d']
  };
  var SD = D.states; // null without the analysis: then nothing says which calls wait

  // ---- decoding -----------------------------------------------------------------------
  var callName = [], callCat = [], kindName = [];
  D.calls.forEach(function (c) { callName[c.id] = c.name; callCat[c.id] = c.cat; });
  D.fd_kinds.forEach(function (k) { kindName[k.id] = k.name; });
  var siteLabel = new Map();
  D.sites.forEach(function (s) { siteLabel.set(s.id, s.label); });
  var lockName = new Map();
  D.locks.forEach(function (l) { lockName.set(l.pid + ':' + l.addr, l.name || (l.kind || 'lock') + ' ' + l.addrhex); });

  // Columns arrive as base64 of zigzag varints (timeline_data.c, write_packed).  Doubles hold
  // every value exactly up to 2^53, which covers nanosecond deltas and user-space addresses.
  // n: the number of values when known (dense columns); else at most one per byte.
  function unpack(str, n) {
    var bin = atob(str), len = bin.length, out = new Float64Array(n === undefined ? len : n), k = 0, v = 0, mul = 1;
    for (var i = 0; i < len; i++) {
      var b = bin.charCodeAt(i);
      if (b < 128) {
        v += b * mul;
        out[k++] = v % 2 ? -(v + 1) / 2 : v / 2;
        v = 0; mul = 1;
      } else { v += (b - 128) * mul; mul *= 128; }
    }
    return k === out.length ? out : out.slice(0, k);
  }
  var E = D.events, N = E.n;
  ['ts', 'dur', 'call', 'fd', 'ret'].forEach(function (c) { E[c] = unpack(E[c], N); });
  ['holder', 'coro', 'obj', 'obj2'].forEach(function (c) { E[c] = { i: unpack(E[c].i), v: unpack(E[c].v) }; });
  var start = E.ts, dur = E.dur, call = new Uint16Array(N);
  var fd = new Uint8Array(N), ret = E.ret;
  var state = new Uint8Array(N);
  var thrRange = new Map(); // thread row id -> [lo, hi)
  (function () {
    var i = 0;
    for (var r = 0; r < E.thread.length; r++) {
      var lo = i, t = 0;
      for (var k = 0; k < E.count[r]; k++, i++) { t += start[i]; start[i] = t; } // deltas to times, in place
      thrRange.set(E.thread[r], [lo, i]);
    }
    call.set(E.call); fd.set(E.fd);
    // An event's state: the analysis's table (call x fd kind, + 1; 0 is not a wait).
    var es = SD ? SD.event_state : [], nfd = SD ? SD.nfd : 1;
    for (i = 0; i < N; i++) {
      var v = es[call[i] * nfd + (fd[i] < nfd ? fd[i] : 0)] || 0;
      state[i] = v > 0 ? S[SD.names[v - 1]] : callCat[call[i]] === 'coro' ? S.coro : S.other;
    }
  })();
  // Each thread's state segments as weft analyze counted them: [lo, hi) into segStart/segEnd/segState.
  var segRange = new Map(), segStart = null, segEnd = null, segState = null;
  (function () {
    if (!SD) return;
    var seg = unpack(SD.seg), n = seg.length, k = 0;
    segStart = new Float64Array(n); segEnd = new Float64Array(n); segState = new Uint8Array(n);
    for (var r = 0; r < SD.thread.length; r++) {
      var lo = k, t = SD.start[r];
      for (var q = 0; q < SD.count[r]; q++, k++) {
        var st = seg[k] % 16;
        segStart[k] = t; t += (seg[k] - st) / 16; segEnd[k] = t; segState[k] = S[SD.names[st]];
      }
      segRange.set(SD.thread[r], [lo, k]);
    }
  })();
  function sparse(col, Arr, fill) {
    var a = new Arr(N);
    if (fill !== undefined) a.fill(fill);
    var row = -1;
    for (var k = 0; k < col.i.length; k++) { row += col.i[k]; a[row] = col.v[k]; }
    return a;
  }
  var holder = sparse(E.holder, Float64Array, NaN);
  // Columns only the tooltip reads are unpacked at the first hover, not before the first paint.
  var site = null, detail = null, errnoA = null;
  function tipColumns() {
    if (site) return;
    site = unpack(E.site, N); detail = unpack(E.detail, N);
    errnoA = sparse({ i: unpack(E.errno.i), v: unpack(E.errno.v) }, Int32Array);
    E.site = E.detail = E.errno = null;
  }
  var coro = sparse(E.coro, Int32Array), obj = sparse(E.obj, Float64Array, NaN), obj2 = sparse(E.obj2, Float64Array, NaN);
  E.ts = E.dur = E.call = E.fd = E.ret = null; // let the parsed arrays go
  T.decode = performance.now();

  var TOTAL = Math.max(D.duration_ns, 1);
  var procById = new Map(), thrById = new Map(), thrByKey = new Map();
  D.processes.forEach(function (p) { procById.set(p.id, p); p.end = p.end == null ? TOTAL : p.end; });
  D.threads.forEach(function (t) {
    thrById.set(t.id, t);
    if (!thrByKey.has(t.process_id + ':' + t.tid)) thrByKey.set(t.process_id + ':' + t.tid, t);
    if (t.end == null) t.end = (procById.get(t.process_id) || {}).end || TOTAL;
  });

  // ---- lanes --------------------------------------------------------------------------
  var H = { proc: 24, thread: 22, coro: 18 };
  var lanes = [], laneOfThread = new Map(), laneOfProc = new Map(), laneOfCoro = new Map();
  var collapsed = new Set();
  function text(v) { return v == null ? '' : String(v); }
  function argvText(p) {
    try { var a = JSON.parse(p.argv); if (Array.isArray(a)) return a.join(' '); } catch (e) { /* raw text */ }
    return text(p.argv || p.exe);
  }
  (function () {
    var procs = D.processes.slice();
    var threadsOf = new Map(), corosOf = new Map();
    D.threads.forEach(function (t) { (threadsOf.get(t.process_id) || threadsOf.set(t.process_id, []).get(t.process_id)).push(t); });
    D.coroutines.forEach(function (c) { (corosOf.get(c.process_id) || corosOf.set(c.process_id, []).get(c.process_id)).push(c); });
    // Events of each coroutine, in time order (a coroutine may run on several threads).
    var coroIdx = new Map();
    for (var i = 0; i < N; i++) if (coro[i]) (coroIdx.get(coro[i]) || coroIdx.set(coro[i], []).get(coro[i])).push(i);
    procs.forEach(function (p) {
      var exe = text(p.exe).split('/').pop() || 'process';
      var pl = { kind: 'proc', id: p.id, proc: p, name: exe, sub: 'pid ' + p.pid + (p.exec_from ? ' (exec)' : '') + ' · ' + argvText(p),
        start: p.start, end: p.end, h: H.proc };
      lanes.push(pl); laneOfProc.set(p.id, pl);
      (threadsOf.get(p.id) || []).forEach(function (t) {
        var r = thrRange.get(t.id) || [0, 0];
        var nm = t.name || t.start_routine || 'thread';
        var sub = 'tid ' + t.tid + (t.start_routine && t.start_routine !== nm ? ' · ' + t.start_routine + '()' : '');
        // A process's main thread exists from the fork or exec even if it registered later.
        var t0 = t.tid === p.pid && p.start != null ? Math.min(t.start, p.start) : t.start;
        var sr = segRange.get(t.id);
        var l = { kind: 'thread', id: t.id, thread: t, proc: p, name: nm, sub: sub, lo: r[0], hi: r[1],
          slo: sr ? sr[0] : 0, shi: sr ? sr[1] : 0, start: t0, end: t.end, h: H.thread, dropped: t.dropped };
        lanes.push(l); laneOfThread.set(t.id, l);
      });
      (corosOf.get(p.id) || []).forEach(function (c) {
        var idx = Uint32Array.from(coroIdx.get(c.id) || []);
        idx.sort(function (a, b) { return start[a] - start[b]; });
        var l = { kind: 'coro', id: c.id, coro: c, proc: p, name: c.name || c.entry || 'coroutine',
          sub: 'coroutine ' + (c.keyhex || '') + (c.entry && c.name ? ' · ' + c.entry + '()' : ''), idx: idx,
          start: c.start == null ? p.start : c.start, end: c.end == null ? p.end : c.end, h: H.coro, active: [] };
        lanes.push(l); laneOfCoro.set(p.id + ':' + c.key, l);
      });
    });
  })();

  // ---- arrows -------------------------------------------------------------------------
  // Lock handoffs (holder -> waiter) are not kept here: there can be a million of them, so
  // draw() finds the few in view while it walks the lanes' events (see drawLaneSpans).
  var arrows = []; // {k, a: lane, ta, b: lane, tb}
  function thr(pid, tid) { var t = thrByKey.get(pid + ':' + tid); return t && laneOfThread.get(t.id); }
  (function () {
    function mainLane(p) { return thr(p.id, p.pid) || laneOfProc.get(p.id); }
    D.threads.forEach(function (t) {
      if (t.creator_tid == null) return;
      var a = thr(t.process_id, t.creator_tid), b = laneOfThread.get(t.id);
      if (a && b) arrows.push({ k: 'create', a: a, ta: t.start, b: b, tb: t.start });
    });
    D.processes.forEach(function (p) {
      var b = laneOfProc.get(p.id);
      if (p.exec_from != null && procById.has(p.exec_from)) {
        var old = procById.get(p.exec_from);
        arrows.push({ k: 'fork', a: mainLane(old), ta: old.end, b: b, tb: p.start });
      } else if (p.parent_id != null && procById.has(p.parent_id)) {
        arrows.push({ k: 'fork', a: mainLane(procById.get(p.parent_id)), ta: p.start, b: b, tb: p.start, pid: p.pid, parent: p.parent_id });
      }
    });
    // Fork arrows start at the forking call when it was recorded; waits end at the reaper.
    var forkArrow = new Map();
    arrows.forEach(function (a) { if (a.parent != null) forkArrow.set(a.parent + ':' + a.pid, a); });
    var lastImage = new Map(); // pid -> last image (nothing exec'd from it)
    D.processes.forEach(function (p) { lastImage.set(p.pid, p); });
    lanes.forEach(function (l) {
      if (l.kind !== 'thread') return;
      var pid = l.thread.process_id;
      for (var i = l.lo; i < l.hi; i++) {
        var cat = callCat[call[i]], end = start[i] + dur[i];
        if (cat === 'join' && obj[i] > 0) {
          var j = thr(pid, obj[i]);
          if (j) arrows.push({ k: 'join', a: j, ta: j.end, b: l, tb: end });
        } else if (cat === 'proc' && !isNaN(obj[i])) {
          var fa = forkArrow.get(pid + ':' + obj[i]);
          if (fa) { fa.a = l; fa.ta = start[i]; }
        } else if (cat === 'child' && ret[i] > 0) {
          var c = lastImage.get(ret[i]);
          if (c && c.id !== pid) arrows.push({ k: 'fork', a: laneOfProc.get(c.id), ta: c.end, b: l, tb: end });
        } else if (cat === 'coro' && !isNaN(obj2[i]) && callName[call[i]] !== 'makecontext' && callName[call[i]] !== 'coro_create' && callName[call[i]] !== 'coro_spans') {
          var from = laneOfCoro.get(l.thread.process_id + ':' + obj[i]) || l;
          var to = laneOfCoro.get(l.thread.process_id + ':' + obj2[i]) || l;
          if (from !== to) arrows.push({ k: 'coro', a: from, ta: start[i], b: to, tb: end });
        }
      }
    });
    // When each coroutine ran: from a switch to it until the next switch on that thread.
    lanes.forEach(function (l) {
      if (l.kind !== 'thread') return;
      var pid = l.thread.process_id, cur = null, tin = 0;
      for (var i = l.lo; i < l.hi; i++) {
        var nm = callName[call[i]];
        if (callCat[call[i]] !== 'coro' || nm === 'makecontext' || nm === 'coro_create' || nm === 'getcontext') continue;
        if (cur) cur.active.push(tin, start[i]);
        // Spans under the threshold, aggregated (coro_spans): the record itself is drawn on the
        // coroutine's lane over its window; who runs after it is said by the next switch.
        cur = nm === 'coro_exit' || nm === 'coro_spans' || isNaN(obj2[i]) ? null : laneOfCoro.get(pid + ':' + obj2[i]) || null;
        tin = start[i] + dur[i];
      }
      if (cur) cur.active.push(tin, l.end);
    });
    lanes.forEach(function (l) {
      if (l.kind !== 'coro' || l.active.length < 4) return;
      var pairs = [];
      for (var k = 0; k < l.active.length; k += 2) pairs.push([l.active[k], l.active[k + 1]]);
      pairs.sort(function (x, y) { return x[0] - y[0]; });
      l.active = [].concat.apply([], pairs);
    });
    arrows = arrows.filter(function (a) { return a.a && a.b; });
    arrows.sort(function (x, y) { return Math.min(x.ta, x.tb) - Math.min(y.ta, y.tb); });
  })();

  T.lanes = performance.now();

  // ---- formatting ---------------------------------------------------------------------
  function fmtDur(ns) {
    if (ns == null || isNaN(ns)) return '—';
    var a = Math.abs(ns);
    // Trailing zeros of the fraction go ("1.50" -> "1.5"), never those of the integer part.
    function trim(x) { return x.indexOf('.') < 0 ? x : x.replace(/0+$/, '').replace(/\.$/, ''); }
    if (a < 1e3) return ns.toFixed(0) + ' ns';
    if (a < 1e6) return trim((ns / 1e3).toPrecision(3)) + ' µs';
    if (a < 1e9) return trim((ns / 1e6).toPrecision(4)) + ' ms';
    return trim((ns / 1e9).toPrecision(4)) + ' s';
  }
  function fmtInt(v) { return v == null || isNaN(v) ? '—' : Number(v).toLocaleString('en-US'); }
  function el(tag, cls, txt) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (txt != null) e.textContent = txt; // never innerHTML: every string may come from the traced program
    return e;
  }

  // ---- header, warnings, summary --------------------------------------------------------
  var A = D.analysis;
  (function () {
    document.getElementById('trace-title').textContent = D.trace + (D.meta.command ? '  ·  ' + (function () {
      try { return JSON.parse(D.meta.command).join(' '); } catch (e) { return D.meta.command; } })() : '');
    document.getElementById('trace-facts').textContent = fmtDur(TOTAL) + ' · ' + D.processes.length + ' process' +
      (D.processes.length === 1 ? '' : 'es') + ' · ' + D.threads.length + ' threads · ' + fmtInt(N) + ' events';
    document.title = 'weft · ' + text(D.trace).split('/').pop();
    var w = document.getElementById('warnings');
    var complete = A ? A.complete : D.meta.complete !== '0';
    // The analyzer's own warnings (incomplete, drops, clock) when it ran; else ours.
    // A bounded trace (weft run --last, --duration, --max-size): what it left out, in one line.
    if (A && A.left_out) w.appendChild(el('div', 'warn', 'Bounded trace: ' + A.left_out));
    if (A && Array.isArray(A.warnings)) {
      A.warnings.forEach(function (m) { w.appendChild(el('div', /incomplete/i.test(m) ? 'warn bad' : 'warn', m)); });
      return;
    }
    if (!complete) {
      w.appendChild(el('div', 'warn bad', 'Incomplete trace: ' + text((A && A.incomplete_reason) || D.meta.incomplete_reason || 'the traced program or weft was interrupted') + '. What is shown is what was recorded.'));
    }
    var dropped = A ? A.dropped_events : Number(D.meta.dropped_events || 0);
    if (!dropped) dropped = D.threads.reduce(function (s, t) { return s + (t.dropped || 0); }, 0);
    if (dropped > 0) {
      var who = D.threads.filter(function (t) { return t.dropped > 0; }).map(function (t) { return (t.name || 'tid ' + t.tid) + ' (' + fmtInt(t.dropped) + ')'; });
      w.appendChild(el('div', 'warn', fmtInt(dropped) + ' events were dropped because a ring buffer was full' +
        (who.length ? ': ' + who.join(', ') : '') + '. Gaps in those lanes may hide waits.'));
    }
  })();

  // Per-thread state totals: the analysis's when present, else summed from the events.
  function threadStates() {
    if (A && A.threads) return A.threads.map(function (t) { return { t: thrById.get(t.id) || t, st: t.states }; });
    return D.threads.map(function (t) {
      var st = {}, r = thrRange.get(t.id) || [0, 0], busy = 0;
      STATES.forEach(function (s) { st[s[0]] = 0; });
      for (var i = r[0]; i < r[1]; i++) if (dur[i] > 0) { st[STATES[state[i]][0]] += dur[i]; busy += dur[i]; }
      st.running = Math.max(0, (t.end - t.start) - busy);
      return { t: t, st: st };
    });
  }
  var STATE_COLOR = {};
  STATES.forEach(function (s) { STATE_COLOR[s[0]] = s[2]; });

  (function () {
    var sum = document.getElementById('summary');
    var left = el('div', 'card'), right = el('div', 'card');
    left.appendChild(el('h2', null, 'Verdict'));
    if (A) {
      var v = el('div');
      v.appendChild(el('span', 'verdict ' + text(A.verdict), text(A.verdict) + (A.verdict_kind ? ' (' + A.verdict_kind + ')' : '')));
      if (A.parallelism && A.parallelism.mean != null) v.appendChild(el('span', 'muted', 'parallelism mean ' + Number(A.parallelism.mean).toFixed(2) + ', max ' + A.parallelism.max + ' of ' + (A.ncpus || '?') + ' CPUs'));
      left.appendChild(v);
      var ul = el('ul', 'evidence');
      (A.evidence || []).forEach(function (e) { ul.appendChild(el('li', null, e)); });
      left.appendChild(ul);
      if (A.recommendation) left.appendChild(el('div', 'reco', A.recommendation));
      (A.notes || []).forEach(function (n) { left.appendChild(el('div', 'muted note', n)); });
    } else {
      left.appendChild(el('div', 'muted', 'No analysis in this report' + (D.analysis_note ? ' (' + D.analysis_note + ')' : '') + '; run weft analyze for the verdict. The state bars are summed from the recorded events.'));
    }
    // Contention and lock-order cycles.
    var locks = (A && A.locks) || [];
    locks = locks.filter(function (l) { return l.contended > 0; }).sort(function (a, b) { return b.wait_total_ns - a.wait_total_ns; });
    if (locks.length) {
      left.appendChild(el('h3', null, 'Contention' + (A.whole_run_totals ? ' (whole-run totals, not only the part shown)' : '')));
      var tb = el('table'), hr = el('tr');
      ['lock', 'kind', 'acq.', 'contended', 'wait total', 'wait max', 'top site'].forEach(function (h, i) { hr.appendChild(el('th', i >= 2 && i <= 5 ? 'num' : null, h)); });
      tb.appendChild(hr);
      locks.slice(0, 12).forEach(function (l) {
        var tr = el('tr');
        tr.appendChild(el('td', 'mono', l.name || l.addr));
        tr.appendChild(el('td', null, l.kind));
        tr.appendChild(el('td', 'num', fmtInt(l.acquisitions)));
        tr.appendChild(el('td', 'num', fmtInt(l.contended)));
        tr.appendChild(el('td', 'num', fmtDur(l.wait_total_ns)));
        tr.appendChild(el('td', 'num', fmtDur(l.wait_max_ns)));
        tr.appendChild(el('td', 'mono', l.top_sites && l.top_sites[0] ? l.top_sites[0].site : ''));
        tb.appendChild(tr);
      });
      left.appendChild(tb);
    }
    var cycles = (A && A.lock_order_cycles) || [];
    if (cycles.length) {
      left.appendChild(el('h3', null, 'Lock-order cycles (possible deadlock)'));
      cycles.forEach(function (c) {
        var d = el('div', 'warn bad');
        d.appendChild(el('div', 'mono', c.locks.concat([c.locks[0]]).join(' → ')));
        (c.edges || []).forEach(function (e) {
          d.appendChild(el('div', 'mono', 'tid ' + e.tid + ': holds ' + e.held + ' at ' + text(e.held_site) + ', takes ' + e.acquired + ' at ' + text(e.acquired_site)));
        });
        left.appendChild(d);
      });
    }
    // Where the calls went, short ones included (those are counted, not drawn).
    var cc = (D.call_counts || []).filter(function (c) { return c.total_ns > 0 || c.errors > 0; });
    var callsBox = el('div');
    if (cc.length) {
      callsBox.appendChild(el('h3', null, A && A.whole_run_totals
        ? 'Calls (all of them, counted over the whole run; time scaled to the part shown)'
        : 'Calls (all of them; the timeline draws the recorded ones)'));
      var ct = el('table'), ch = el('tr');
      ['call', 'count', 'recorded', 'total', 'longest', 'errors', 'bytes'].forEach(function (h, i) { ch.appendChild(el('th', i ? 'num' : null, h)); });
      ct.appendChild(ch);
      cc.slice(0, 10).forEach(function (c) {
        var tr = el('tr');
        tr.appendChild(el('td', 'mono', callName[c.call] || ('call ' + c.call)));
        tr.appendChild(el('td', 'num', fmtInt(c.count)));
        tr.appendChild(el('td', 'num', fmtInt(c.recorded)));
        tr.appendChild(el('td', 'num', fmtDur(c.total_ns)));
        tr.appendChild(el('td', 'num', fmtDur(c.max_ns)));
        tr.appendChild(el('td', 'num', c.errors ? fmtInt(c.errors) : ''));
        tr.appendChild(el('td', 'num', c.bytes ? fmtInt(c.bytes) : ''));
        ct.appendChild(tr);
      });
      callsBox.appendChild(ct);
    }
    // Per-thread stacked bars.
    right.appendChild(el('h2', null, 'Where each thread spent its time'));
    var bars = el('div', 'bars'), rows = threadStates(), LIMIT = 24;
    // Many threads: the first ones here, all of them behind a button (the lanes have them all).
    rows.forEach(function (row, idx) {
      if (idx === LIMIT) {
        var more = el('button', 'more', 'Show all ' + rows.length + ' threads');
        right.appendChild(bars);
        bars = el('div', 'bars rest');
        right.appendChild(more);
      }
      var t = row.t, st = row.st || {}, total = 0;
      Object.keys(st).forEach(function (k) { total += st[k] || 0; });
      var nm = el('div', 'name', (t.name || t.start_routine || 'thread') + (t.start_routine && t.name ? ' · ' + t.start_routine + '()' : '') + ' · ' + t.tid);
      nm.title = 'Show this thread in the timeline';
      nm.addEventListener('click', function () { setFilter(String(t.name || t.start_routine || t.tid)); });
      bars.appendChild(nm);
      var bar = el('div', 'bar');
      Object.keys(st).forEach(function (k) {
        if (!st[k] || !total) return;
        var s = el('span');
        s.style.width = (100 * st[k] / total) + '%';
        s.style.background = STATE_COLOR[k] || '#999';
        if (k === 'unexplained') s.className = 'unexplained';
        s.title = k + ': ' + fmtDur(st[k]) + ' (' + (100 * st[k] / total).toFixed(1) + '%)';
        bar.appendChild(s);
      });
      bars.appendChild(bar);
      bars.appendChild(el('div', 'tot', fmtDur(total)));
    });
    right.appendChild(bars);
    if (rows.length > LIMIT) {
      var rest = bars, btn = right.querySelector('button.more');
      rest.hidden = true;
      btn.addEventListener('click', function () { rest.hidden = false; btn.remove(); });
    }
    var present = {};
    threadStates().forEach(function (row) { Object.keys(row.st || {}).forEach(function (k) { if (row.st[k] > 0) present[k] = 1; }); });
    var keyRow = el('div', 'bar-key');
    Object.keys(present).forEach(function (k) {
      var it = el('span', 'item'), sw = el('span', 'sw');
      sw.style.background = STATE_COLOR[k] || '#999';
      if (k === 'unexplained') sw.className = 'sw unexplained';
      it.appendChild(sw); it.appendChild(document.createTextNode(k.replace('_', ' ')));
      keyRow.appendChild(it);
    });
    right.appendChild(keyRow);
    right.appendChild(callsBox);
    sum.appendChild(left);
    sum.appendChild(right);
  })();

  // Static race findings, linked to the threads whose start routine matches an access's thread.
  (function () {
    var R = D.races;
    if (!R || !Array.isArray(R.findings)) return;
    var box = el('div', 'card');
    box.appendChild(el('h2', null, 'Static race findings (' + R.findings.length + ')'));
    if (!R.findings.length) box.appendChild(el('div', 'muted', 'weft check found no race.'));
    R.findings.forEach(function (f) {
      var d = el('div', 'race');
      var head = el('div');
      head.appendChild(el('span', 'mono', text(f.file) + ':' + text(f.line) + ':' + text(f.column) + ' '));
      head.appendChild(el('b', null, text(f.message || ('data race on ' + f.variable))));
      d.appendChild(head);
      (f.accesses || []).forEach(function (a) {
        var row = el('div', 'acc');
        row.appendChild(el('span', 'mono', text(a.kind) + ' at ' + text(a.file) + ':' + text(a.line) + ' in thread '));
        var matches = D.threads.filter(function (t) {
          return t.start_routine === a.thread || (a.thread === 'main' && t.tid === t.pid);
        });
        var link = el('a', matches.length ? 'thread-link' : 'mono', text(a.thread));
        if (matches.length) {
          link.title = matches.length + ' thread(s) in this trace run ' + a.thread + '()';
          link.addEventListener('click', function () { setFilter(a.thread === 'main' ? (matches[0].name || 'main') : a.thread); });
        }
        row.appendChild(link);
        row.appendChild(el('span', 'muted', (a.locks && a.locks.length ? ' holding ' + a.locks.join(', ') : ' holding no lock') +
          (matches.length ? ' · ' + matches.length + ' thread' + (matches.length > 1 ? 's' : '') + ' in trace' : ' · not in this trace')));
        d.appendChild(row);
      });
      box.appendChild(d);
    });
    if (R.complete === false) box.appendChild(el('div', 'warn', 'The check was incomplete: ' + (R.incomplete_reasons || []).join('; ')));
    document.getElementById('races').appendChild(box);
  })();

  // Legend.
  (function () {
    var lg = document.getElementById('legend');
    STATES.forEach(function (s) {
      var it = el('span', 'item');
      var sw = el('span', 'sw'); sw.style.background = s[2];
      it.appendChild(sw); it.appendChild(document.createTextNode(s[1]));
      lg.appendChild(it);
    });
    Object.keys(ARROWS).forEach(function (k) {
      var it = el('span', 'item');
      var sw = el('span', 'arrow'); sw.style.borderColor = ARROWS[k][1];
      it.appendChild(sw); it.appendChild(document.createTextNode(ARROWS[k][0]));
      lg.appendChild(it);
    });
  })();

  // ---- view, filter, layout -------------------------------------------------------------
  var view = { t0: 0, t1: TOTAL };
  var MIN_SPAN = 50; // ns: below this, zooming shows nothing new
  var filterText = '', callMatch = null; // callMatch: Uint8Array by call id, or null
  var visible = []; // lanes in display order, with y
  var totalH = 0;
  var canvas = document.getElementById('canvas'), ctx = canvas.getContext('2d');
  var ruler = document.getElementById('ruler'), rctx = ruler.getContext('2d');
  var overview = document.getElementById('overview'), octx = overview.getContext('2d');
  var scroller = document.getElementById('lanes-scroll'), labels = document.getElementById('labels');
  var inner = document.getElementById('lanes-inner');
  var W = 100, VH = 100, DPR = window.devicePixelRatio || 1;

  function laneText(l) { return (l.name + ' ' + l.sub + ' ' + (l.thread ? text(l.thread.start_routine) : '')).toLowerCase(); }
  function layout() {
    var f = filterText.toLowerCase();
    var laneHit = null;
    if (f) {
      laneHit = new Set();
      lanes.forEach(function (l) { if (l.kind !== 'proc' && laneText(l).indexOf(f) >= 0) laneHit.add(l); });
      if (!laneHit.size) laneHit = null; // the filter names calls only: keep every lane, dim other calls
    }
    visible = [];
    lanes.forEach(function (l) { l.shown = false; });
    var y = 0;
    lanes.forEach(function (l) {
      if (l.kind === 'proc') {
        if (laneHit && !lanes.some(function (m) { return m.proc === l.proc && laneHit.has(m); })) return;
      } else {
        if (collapsed.has(l.proc.id)) return;
        if (laneHit && !laneHit.has(l)) return;
      }
      l.y = y; y += l.h; l.shown = true; visible.push(l);
    });
    totalH = y;
    inner.style.height = totalH + 'px';
    labels.textContent = '';
    visible.forEach(function (l) {
      var d = el('div', 'lane-label ' + l.kind);
      d.style.top = l.y + 'px'; d.style.height = l.h + 'px';
      if (l.kind === 'proc') {
        d.appendChild(el('span', 'tw', collapsed.has(l.proc.id) ? '▸' : '▾'));
        d.addEventListener('click', function () {
          if (collapsed.has(l.proc.id)) collapsed.delete(l.proc.id); else collapsed.add(l.proc.id);
          layout(); draw();
        });
      }
      d.appendChild(el('span', 'nm', l.name));
      d.appendChild(el('span', 'sub', l.sub));
      if (l.dropped) d.appendChild(el('span', 'badge', fmtInt(l.dropped) + ' dropped'));
      d.title = l.name + '\n' + l.sub;
      d.dataset.lane = l.kind + ':' + l.id;
      labels.appendChild(d);
    });
    resize();
  }
  function setFilter(s) {
    var box = document.getElementById('filter');
    box.value = s;
    applyFilter();
    document.getElementById('timeline').scrollIntoView({ behavior: 'auto', block: 'start' });
  }
  function applyFilter() {
    filterText = document.getElementById('filter').value.trim();
    var f = filterText.toLowerCase();
    callMatch = null;
    if (f) {
      var any = false, m = new Uint8Array(callName.length + 1);
      callName.forEach(function (n, id) { if (n && n.toLowerCase().indexOf(f) >= 0) { m[id] = 1; any = true; } });
      if (any) callMatch = m;
    }
    layout(); draw();
  }
  function resize() {
    W = Math.max(100, canvas.parentNode.clientWidth);
    inner.style.height = Math.max(totalH, 40) + 'px';
    VH = Math.max(40, Math.min(totalH, scroller.clientHeight || totalH));
    DPR = window.devicePixelRatio || 1;
    canvas.style.height = VH + 'px';
    canvas.width = Math.round(W * DPR); canvas.height = Math.round(VH * DPR);
    ruler.width = Math.round(ruler.clientWidth * DPR); ruler.height = Math.round(26 * DPR);
    overview.width = Math.round(overview.clientWidth * DPR); overview.height = Math.round(30 * DPR);
    overviewImage = null;
  }

  // ---- drawing --------------------------------------------------------------------------
  function xOf(t) { return (t - view.t0) * W / (view.t1 - view.t0); }
  function tOf(x) { return view.t0 + x * (view.t1 - view.t0) / W; }
  function niceStep(span, px) {
    var raw = Math.max(1, span * 90 / Math.max(px, 1)), p = Math.pow(10, Math.floor(Math.log10(raw)));
    var m = raw / p;
    return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
  }
  // A time at a ruler tick: the unit suits the time's size, the decimals the tick spacing
  // ("20.02 ms", not "20020 µs").
  function tickLabel(t, step) {
    var m = Math.max(Math.abs(view.t0), Math.abs(view.t1), step);
    var u = m < 1e3 ? [1, 'ns'] : m < 1e6 ? [1e3, 'µs'] : m < 1e9 ? [1e6, 'ms'] : [1e9, 's'];
    var dec = u[0] === 1 ? 0 : Math.max(0, Math.min(6, Math.ceil(-Math.log10(step / u[0]) + 1e-9)));
    var v = (t / u[0]).toFixed(dec);
    return (Number(v) === 0 ? v.replace('-', '') : v) + ' ' + u[1];
  }
  // The overview: per time bucket, the share of all live threads' time in each state (the
  // analysis's segments; running is what they leave), drawn once and kept as an image.
  var OV_BUCKETS = 400, ovShare = null, overviewImage = null;
  function overviewShares() {
    var B = OV_BUCKETS, NS = STATES.length, acc = new Float64Array(B * NS), live = new Float64Array(B), w = TOTAL / B;
    function spread(arr, stride, s, t0, t1, v) { // add v per ns of [t0, t1) to the buckets it covers
      var b0 = Math.max(0, Math.floor(t0 / w)), b1 = Math.min(B - 1, Math.floor(t1 / w));
      for (var b = b0; b <= b1; b++) {
        var o = Math.min(t1, (b + 1) * w) - Math.max(t0, b * w);
        if (o > 0) arr[b * stride + s] += o * v;
      }
    }
    lanes.forEach(function (l) {
      if (l.kind !== 'thread') return;
      spread(live, 1, 0, l.start, l.end, 1);
      if (l.shi > l.slo) for (var q = l.slo; q < l.shi; q++) spread(acc, NS, segState[q], segStart[q], segEnd[q], 1);
      else for (var i = l.lo; i < l.hi; i++) if (dur[i] > 0) spread(acc, NS, state[i], start[i], start[i] + dur[i], 1);
    });
    for (var b = 0; b < B; b++) {
      var waits = 0;
      for (var k = 1; k < NS; k++) waits += acc[b * NS + k];
      acc[b * NS + S.running] = Math.max(0, live[b] - waits);
      var tot = Math.max(live[b], waits);
      for (k = 0; k < NS; k++) acc[b * NS + k] = tot > 0 ? acc[b * NS + k] / tot : 0;
    }
    return acc;
  }
  function drawOverview() {
    var w = overview.clientWidth, H2 = 30;
    octx.setTransform(DPR, 0, 0, DPR, 0, 0);
    if (!overviewImage) {
      if (!ovShare) ovShare = overviewShares();
      octx.clearRect(0, 0, w, H2);
      var bw = w / OV_BUCKETS, NS = STATES.length;
      for (var b = 0; b < OV_BUCKETS; b++) {
        // Whole pixels: fractional bucket edges would show as seams.
        var y = H2, bx = Math.floor(b * bw), bx1 = Math.max(bx + 1, Math.floor((b + 1) * bw));
        for (var k = 0; k < NS; k++) {
          var h = ovShare[b * NS + k] * (H2 - 2);
          if (h <= 0) continue;
          octx.fillStyle = STATES[k][2];
          octx.fillRect(bx, y - h, bx1 - bx, h);
          y -= h;
        }
      }
      overviewImage = octx.getImageData(0, 0, overview.width, overview.height);
    } else {
      octx.putImageData(overviewImage, 0, 0);
    }
    // The view's window: the rest is veiled.
    var x0 = Math.max(0, view.t0 / TOTAL * w), x1 = Math.min(w, view.t1 / TOTAL * w);
    octx.fillStyle = 'rgba(255,255,255,0.6)';
    octx.fillRect(0, 0, x0, H2); octx.fillRect(x1, 0, w - x1, H2);
    octx.strokeStyle = '#1f2430'; octx.lineWidth = 1.5;
    octx.strokeRect(x0 + 0.75, 0.75, Math.max(2, x1 - x0 - 1.5), H2 - 1.5);
  }
  function drawRuler() {
    var w = ruler.clientWidth;
    rctx.setTransform(DPR, 0, 0, DPR, 0, 0);
    rctx.clearRect(0, 0, w, 26);
    var step = niceStep(view.t1 - view.t0, w);
    rctx.fillStyle = '#4b5563'; rctx.strokeStyle = '#9ca3af'; rctx.font = '11px sans-serif'; rctx.textBaseline = 'top';
    rctx.beginPath();
    for (var t = Math.ceil(view.t0 / step) * step; t <= view.t1; t += step) {
      var x = Math.round(xOf(t)) + 0.5;
      rctx.moveTo(x, 16); rctx.lineTo(x, 26);
      rctx.fillText(tickLabel(t, step), x + 3, 4);
    }
    rctx.stroke();
    if (sel) { rctx.fillStyle = 'rgba(47,111,222,.25)'; rctx.fillRect(Math.min(sel.x0, sel.x1), 0, Math.abs(sel.x1 - sel.x0), 26); }
  }

  // Rectangles collected per state (and dimmed variant), drawn as one path per colour.
  var buckets = [];
  for (var b = 0; b < STATES.length * 2; b++) buckets.push([]);
  var acc = new Float64Array(STATES.length);
  function lowerBound(lo, hi, t, idx) { // first k in [lo,hi) with start >= t (over idx when given)
    while (lo < hi) { var m = (lo + hi) >> 1; if (start[idx ? idx[m] : m] < t) lo = m + 1; else hi = m; }
    return lo;
  }
  // A thread lane shows its state segments (the analysis's); its calls are ticks, and with a
  // call filter the matching calls are drawn over the dimmed segments.  A coroutine lane shows
  // its calls.
  function drawLaneSpans(l, y, h, ticks) {
    var scale = W / (view.t1 - view.t0), t0 = view.t0;
    var col = -1, accAny = false, lastTick = -1;
    function flush() {
      if (!accAny) return;
      var best = 0, tot = 0;
      for (var s = 0; s < acc.length; s++) { tot += acc[s]; if (acc[s] > acc[best]) best = s; }
      // Less than half a pixel covered: the pixel stays the lane background.
      if (tot >= 0.5) buckets[best].push(col, y, 1, h);
      acc.fill(0); accAny = false;
    }
    function span(s0, s1, st) { // [s0, s1) in state st (+ STATES.length: dimmed)
      var x0 = (s0 - t0) * scale, x1 = (s1 - t0) * scale;
      if (x1 - x0 >= 1) {
        flush(); col = -1;
        if (x0 < 0) x0 = 0;
        if (x1 > W) x1 = W;
        var bk = buckets[st], n = bk.length;
        // Merge with the previous rectangle of the same state when they touch.
        if (n && bk[n - 3] === y && bk[n - 4] + bk[n - 2] >= x0 - 0.5) bk[n - 2] = x1 - bk[n - 4];
        else bk.push(x0, y, x1 - x0, h);
      } else {
        var c = Math.floor(x0);
        if (c !== col) { flush(); col = c; }
        acc[st % STATES.length] += Math.min(x1, c + 1) - Math.max(x0, c);
        accAny = true;
        if (Math.floor(x1) !== c) { flush(); col = Math.floor(x1); acc[st % STATES.length] += x1 - col; accAny = true; }
      }
    }
    var segs = l.kind === 'thread' && l.shi > l.slo;
    if (segs) {
      var a = l.slo, b = l.shi, dim = callMatch ? STATES.length : 0;
      while (a < b) { var m = (a + b) >> 1; if (segEnd[m] <= view.t0) a = m + 1; else b = m; }
      for (; a < l.shi && segStart[a] <= view.t1; a++) span(segStart[a], segEnd[a], segState[a] + dim);
      flush(); col = -1;
    }
    var idx = l.kind === 'coro' ? l.idx : null;
    var lo = idx ? 0 : l.lo, hi = idx ? idx.length : l.hi;
    if (hi <= lo) return;
    var k = lowerBound(lo, hi, view.t0, idx);
    if (k > lo) k--; // the span that started before the view may still cover it
    for (; k < hi; k++) {
      var i = idx ? idx[k] : k, s0 = start[i];
      if (s0 > view.t1) break;
      var d = dur[i];
      if ((s0 + d - t0) * scale < 0) continue;
      if (handoffs.length <= HANDOFF_MAX * 2 && l.kind === 'thread' && !isNaN(holder[i]) && s0 + d <= view.t1) handoffs.push(l, i);
      if (d <= 0) {
        var tx = Math.round((s0 - t0) * scale);
        if (tx !== lastTick) { ticks.push(tx, y); lastTick = tx; }
        continue;
      }
      if (segs && !(callMatch && callMatch[call[i]])) continue;
      span(s0, s0 + d, state[i] + (callMatch && !callMatch[call[i]] ? STATES.length : 0));
    }
    flush();
  }
  var lastFrameMs = 0;
  var handoffs = [], HANDOFF_MAX = 80; // (lane, event) pairs of lock waits ending in view
  function draw() {
    var tStart = performance.now();
    ctx.setTransform(DPR, 0, 0, DPR, 0, 0);
    ctx.clearRect(0, 0, W, VH);
    var top = scroller.scrollTop, bottom = top + VH;
    // Grid lines under everything.
    var step = niceStep(view.t1 - view.t0, W);
    ctx.strokeStyle = '#eef0f3'; ctx.lineWidth = 1; ctx.beginPath();
    for (var t = Math.ceil(view.t0 / step) * step; t <= view.t1; t += step) { var gx = Math.round(xOf(t)) + 0.5; ctx.moveTo(gx, 0); ctx.lineTo(gx, VH); }
    ctx.stroke();
    for (var b = 0; b < buckets.length; b++) buckets[b].length = 0;
    var ticks = [];
    handoffs.length = 0;
    visible.forEach(function (l) {
      if (l.y + l.h < top || l.y > bottom) return;
      var y = l.y - top, x0 = Math.max(0, xOf(l.start)), x1 = Math.min(W, xOf(l.end));
      if (l.kind === 'proc') {
        ctx.fillStyle = '#f4f6f9'; ctx.fillRect(0, y, W, l.h);
        if (x1 > x0) {
          ctx.fillStyle = '#c9d3e1'; ctx.fillRect(x0, y + l.h / 2 - 3, Math.max(1, x1 - x0), 6);
          if (l.proc.exit_code != null || l.proc.exit_signal != null) {
            ctx.fillStyle = '#4b5563'; ctx.font = '11px sans-serif'; ctx.textBaseline = 'middle';
            var lbl = l.proc.exit_signal != null ? 'killed by signal ' + l.proc.exit_signal : 'exit ' + l.proc.exit_code;
            if (x1 + 4 + ctx.measureText(lbl).width < W) ctx.fillText(lbl, x1 + 4, y + l.h / 2);
          }
        }
        return;
      }
      var pad = l.kind === 'coro' ? 4 : 3, h = l.h - 2 * pad;
      if (l.kind === 'coro' && x1 > x0) {
        // A coroutine's lifetime as a thin line; it runs only between switches to and from it.
        ctx.fillStyle = '#c9d3e1'; ctx.fillRect(x0, y + l.h / 2 - 1, Math.max(1, x1 - x0), 2);
        ctx.fillStyle = STATES[S.running][2];
        ctx.globalAlpha = callMatch ? 0.35 : 1;
        for (var a = 0; a < l.active.length; a += 2) {
          if (l.active[a + 1] < view.t0 || l.active[a] > view.t1) continue;
          var ax0 = Math.max(0, xOf(l.active[a])), ax1 = Math.min(W, xOf(l.active[a + 1]));
          ctx.fillRect(ax0, y + pad, Math.max(1, ax1 - ax0), h);
        }
        ctx.globalAlpha = 1;
      } else if (x1 > x0 && !(l.shi > l.slo)) {
        // Without the analysis's segments: between the recorded calls the thread ran (or did
        // something we do not trace).
        ctx.globalAlpha = callMatch ? 0.35 : 1;
        ctx.fillStyle = STATES[S.running][2];
        ctx.fillRect(x0, y + pad, Math.max(1, x1 - x0), h);
        ctx.globalAlpha = 1;
      }
      drawLaneSpans(l, y + pad, h, ticks);
    });
    for (var s = 0; s < buckets.length; s++) {
      var bk = buckets[s];
      if (!bk.length) continue;
      ctx.fillStyle = STATES[s % STATES.length][2];
      ctx.globalAlpha = s >= STATES.length ? 0.18 : 1;
      ctx.beginPath();
      for (var q = 0; q < bk.length; q += 4) ctx.rect(bk[q], bk[q + 1], bk[q + 2], bk[q + 3]);
      ctx.fill();
    }
    ctx.globalAlpha = 1;
    if (ticks.length) {
      ctx.fillStyle = '#374151'; ctx.beginPath();
      for (var k = 0; k < ticks.length; k += 2) ctx.rect(ticks[k], ticks[k + 1] - 2, 1, 4);
      ctx.fill();
    }
    if (!visible.length) {
      ctx.fillStyle = '#6b7280'; ctx.font = '13px sans-serif'; ctx.textBaseline = 'middle';
      ctx.fillText(lanes.length ? 'No lane matches the filter.' : 'This trace recorded no process or thread.', 12, 20);
    }
    drawArrows(top);
    // Lane separators.
    ctx.strokeStyle = '#f0f2f5'; ctx.beginPath();
    visible.forEach(function (l) { var yy = l.y + l.h - top - 0.5; if (yy > 0 && yy < VH) { ctx.moveTo(0, yy); ctx.lineTo(W, yy); } });
    ctx.stroke();
    if (sel) { ctx.fillStyle = 'rgba(47,111,222,.15)'; ctx.fillRect(Math.min(sel.x0, sel.x1), 0, Math.abs(sel.x1 - sel.x0), VH); }
    if (hover && hover.i >= 0) outline(hover, top);
    drawRuler();
    drawOverview();
    publish();
    lastFrameMs = performance.now() - tStart;
  }
  function outline(h, top) {
    var l = h.lane, i = h.i;
    if (!l || l.y === undefined || visible.indexOf(l) < 0) return;
    var x0 = xOf(start[i]), x1 = Math.max(xOf(start[i] + dur[i]), x0 + 1);
    ctx.strokeStyle = '#111827'; ctx.lineWidth = 1.5;
    ctx.strokeRect(x0, l.y - top + 1.5, x1 - x0, l.h - 3);
    ctx.lineWidth = 1;
  }
  function drawArrows(top) {
    // Arrows are sorted by their earlier end: stop at the first that starts after the view.
    var n = 0;
    for (var i = 0; i < arrows.length && n < 4000; i++) {
      var a = arrows[i];
      if (Math.min(a.ta, a.tb) > view.t1) break;
      if (Math.max(a.ta, a.tb) < view.t0 || !a.a.shown || !a.b.shown) continue;
      drawArrow(a.k, a.a, a.ta, a.b, a.tb, top);
      n++;
    }
    // Lock handoffs are frequent: draw them only when they do not cover everything.
    if (handoffs.length > HANDOFF_MAX * 2) return;
    for (var k = 0; k < handoffs.length; k += 2) {
      var l = handoffs[k], e = handoffs[k + 1], h = thr(l.proc.id, holder[e]), t = start[e] + dur[e];
      if (h && h.shown) drawArrow('contention', h, t, l, t, top);
    }
  }
  function drawArrow(kind, la, ta, lb, tb, top) {
    var xa = xOf(ta), xb = xOf(tb);
    var ya = la.y - top + la.h / 2, yb = lb.y - top + lb.h / 2;
    if ((ya < -50 && yb < -50) || (ya > VH + 50 && yb > VH + 50)) return;
    var c = ARROWS[kind][1];
    ctx.strokeStyle = c; ctx.fillStyle = c; ctx.lineWidth = 1.25;
    ctx.beginPath();
    var bend = Math.abs(xb - xa) < 2 ? 10 : 0; // vertical arrows curve a little so they stay visible on span edges
    ctx.moveTo(xa, ya);
    ctx.bezierCurveTo(xa + bend, ya + (yb - ya) / 3, xb + bend, yb - (yb - ya) / 3, xb, yb);
    ctx.stroke();
    var ang = Math.atan2(yb - (yb - ya) / 3 - yb, xb + bend - xb);
    ctx.beginPath();
    ctx.moveTo(xb, yb);
    ctx.lineTo(xb + 6 * Math.cos(ang - 0.45), yb + 6 * Math.sin(ang - 0.45));
    ctx.lineTo(xb + 6 * Math.cos(ang + 0.45), yb + 6 * Math.sin(ang + 0.45));
    ctx.closePath(); ctx.fill();
    ctx.beginPath(); ctx.arc(xa, ya, 2, 0, 7); ctx.fill();
    ctx.lineWidth = 1;
  }
  function publish() {
    var r = document.getElementById('range');
    r.textContent = tickLabel(view.t0, (view.t1 - view.t0) / 10) + ' – ' + tickLabel(view.t1, (view.t1 - view.t0) / 10) +
      '  (' + fmtDur(view.t1 - view.t0) + ')';
    document.body.dataset.viewStart = String(view.t0);
    document.body.dataset.viewEnd = String(view.t1);
    window.weftView = { start: view.t0, end: view.t1, frameMs: lastFrameMs };
  }
  var pending = false;
  function redraw() { if (!pending) { pending = true; requestAnimationFrame(function () { pending = false; draw(); }); } }

  // ---- zoom and pan -----------------------------------------------------------------------
  function setView(t0, t1) {
    var span = Math.max(MIN_SPAN, Math.min(TOTAL * 1.05, t1 - t0));
    if (t1 - t0 < span) { var c = (t0 + t1) / 2; t0 = c - span / 2; }
    t1 = t0 + span;
    var lo = -TOTAL * 0.025, hi = TOTAL * 1.025;
    if (t0 < lo) { t0 = lo; t1 = t0 + span; }
    if (t1 > hi) { t1 = hi; t0 = Math.max(lo, t1 - span); }
    view.t0 = t0; view.t1 = t1;
    redraw();
  }
  function zoomAt(x, factor) {
    var t = tOf(x);
    setView(t - (t - view.t0) * factor, t + (view.t1 - t) * factor);
  }
  function pan(dx) { var dt = dx * (view.t1 - view.t0) / W; setView(view.t0 + dt, view.t1 + dt); }
  function reset() { setView(0, TOTAL); }

  canvas.addEventListener('wheel', function (e) {
    e.preventDefault();
    if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) { pan(e.deltaX); return; }
    var rect = canvas.getBoundingClientRect();
    var d = e.deltaMode === 1 ? e.deltaY * 30 : e.deltaY;
    zoomAt(e.clientX - rect.left, Math.exp(Math.max(-3, Math.min(3, d * 0.0025))));
  }, { passive: false });
  document.getElementById('zoom-in').addEventListener('click', function () { zoomAt(W / 2, 0.5); });
  document.getElementById('zoom-out').addEventListener('click', function () { zoomAt(W / 2, 2); });
  document.getElementById('zoom-reset').addEventListener('click', reset);
  document.addEventListener('keydown', function (e) {
    if (e.target && e.target.tagName === 'INPUT') { if (e.key === 'Escape') e.target.blur(); return; }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var k = e.key;
    if (k === '+' || k === '=') zoomAt(hoverX != null ? hoverX : W / 2, 0.6);
    else if (k === '-' || k === '_') zoomAt(hoverX != null ? hoverX : W / 2, 1 / 0.6);
    else if (k === '0') reset();
    else if (k === 'ArrowLeft') pan(-W * 0.15);
    else if (k === 'ArrowRight') pan(W * 0.15);
    else if (k === 'ArrowUp') scroller.scrollTop -= 60;
    else if (k === 'ArrowDown') scroller.scrollTop += 60;
    else if (k === 'Escape') unpin();
    else if (k === '/') { e.preventDefault(); document.getElementById('filter').focus(); return; }
    else return;
    e.preventDefault();
  });

  // Drag on the lanes: select a range to zoom into (shift or middle button: pan).
  // Drag on the ruler: pan.
  var sel = null, drag = null, hoverX = null;
  function localX(e, elmt) { return e.clientX - elmt.getBoundingClientRect().left; }
  canvas.addEventListener('mousedown', function (e) {
    var x = localX(e, canvas);
    if (e.button === 1 || e.shiftKey) drag = { x: x, panning: true };
    else if (e.button === 0) drag = { x: x, panning: false, moved: false };
    e.preventDefault();
  });
  ruler.addEventListener('mousedown', function (e) { drag = { x: localX(e, ruler), panning: true }; e.preventDefault(); });
  // On the overview, the view follows the mouse: click centres it there, dragging slides it.
  var ovDrag = false;
  function ovMove(e) {
    var t = localX(e, overview) / overview.clientWidth * TOTAL, span = view.t1 - view.t0;
    setView(t - span / 2, t + span / 2);
  }
  overview.addEventListener('mousedown', function (e) { ovDrag = true; ovMove(e); e.preventDefault(); });
  window.addEventListener('mousemove', function (e) { if (ovDrag) ovMove(e); });
  window.addEventListener('mouseup', function () { ovDrag = false; });
  window.addEventListener('mousemove', function (e) {
    if (!drag) return;
    var x = localX(e, canvas);
    if (drag.panning) { pan(drag.x - x); drag.x = x; return; }
    if (Math.abs(x - drag.x) > 3) { drag.moved = true; sel = { x0: drag.x, x1: Math.max(0, Math.min(W, x)) }; hideTip(); redraw(); }
  });
  window.addEventListener('mouseup', function (e) {
    if (!drag) return;
    var d = drag; drag = null;
    if (sel) {
      var a = Math.min(sel.x0, sel.x1), b = Math.max(sel.x0, sel.x1);
      sel = null;
      if (b - a > 3) setView(tOf(a), tOf(b)); else redraw();
      return;
    }
    if (!d.panning && !d.moved && e.target === canvas) click(e);
  });
  scroller.addEventListener('scroll', function () { redraw(); });
  window.addEventListener('resize', function () { resize(); redraw(); });
  document.getElementById('filter').addEventListener('input', applyFilter);

  // ---- hover and pin ----------------------------------------------------------------------
  var tip = document.getElementById('tooltip');
  var hover = null, pinned = false;
  function laneAt(y) {
    for (var k = 0; k < visible.length; k++) if (y >= visible[k].y && y < visible[k].y + visible[k].h) return visible[k];
    return null;
  }
  // The event under x in lane l: the one covering t, else the nearest within 4 px.
  function eventAt(l, x) {
    if (l.kind === 'proc') return -1;
    var idx = l.kind === 'coro' ? l.idx : null, lo = idx ? 0 : l.lo, hi = idx ? idx.length : l.hi;
    var t = tOf(x), tol = 4 * (view.t1 - view.t0) / W;
    var k = lowerBound(lo, hi, t + tol, idx) - 1, best = -1, bestD = Infinity;
    for (var n = 0; k >= lo && n < 64; k--, n++) {
      var i = idx ? idx[k] : k, s0 = start[i], s1 = s0 + dur[i];
      if (callMatch && !callMatch[call[i]]) continue;
      var dd = t < s0 ? s0 - t : t > s1 ? t - s1 : 0;
      if (dd < bestD || (dd === 0 && dur[i] < dur[best])) { bestD = dd; best = i; }
      if (s1 < t - tol && n > 4) break;
    }
    return bestD <= tol ? best : -1;
  }
  function row(tb, k, v) {
    if (v == null || v === '') return;
    var tr = el('tr'); tr.appendChild(el('td', null, k)); tr.appendChild(el('td', null, String(v))); tb.appendChild(tr);
  }
  function threadLabel(pid, tid) {
    var t = thrByKey.get(pid + ':' + tid);
    return t ? (t.name || t.start_routine || 'thread') + ' (tid ' + tid + ')' : 'tid ' + tid;
  }
  function fillTip(h) {
    tip.textContent = '';
    var l = h.lane;
    if (h.i < 0) {
      tip.appendChild(el('div', 'tt-call', l.name));
      var tb0 = el('table');
      row(tb0, 'lane', l.sub);
      row(tb0, 'lifetime', fmtDur(l.start) + ' → ' + fmtDur(l.end) + ' (' + fmtDur(l.end - l.start) + ')');
      if (l.kind === 'thread') row(tb0, 'here', 'running, or in a call shorter than the recording threshold');
      if (l.kind === 'proc') { row(tb0, 'exe', l.proc.exe); row(tb0, 'exit', l.proc.exit_signal != null ? 'signal ' + l.proc.exit_signal : l.proc.exit_code); }
      if (l.thread && l.thread.cpu_ns != null) row(tb0, 'cpu time', fmtDur(l.thread.cpu_ns));
      tip.appendChild(tb0);
      return;
    }
    tipColumns();
    var i = h.i, nm = callName[call[i]] || ('call ' + call[i]);
    var head = el('div', 'tt-call');
    var sw = el('span', 'tt-state'); sw.style.background = STATES[state[i]][2];
    head.appendChild(sw); head.appendChild(document.createTextNode(nm + '()'));
    tip.appendChild(head);
    var tb = el('table'), pid = l.proc.id, cat = callCat[call[i]];
    row(tb, 'state', STATES[state[i]][1]);
    row(tb, 'duration', dur[i] > 0 ? fmtDur(dur[i]) : 'instant');
    row(tb, 'at', fmtDur(start[i]) + ' from trace start');
    if (fd[i]) row(tb, 'fd kind', kindName[fd[i]]);
    if ((cat === 'io' || cat === 'file') && !isNaN(obj[i])) row(tb, 'fd', obj[i]);
    if (detail[i]) row(tb, cat === 'io' ? 'peer / path' : 'detail', D.strings[detail[i] - 1]);
    if (cat === 'io') row(tb, 'bytes', ret[i] >= 0 ? fmtInt(ret[i]) : ret[i]);
    else if (ret[i] && nm !== 'coro_spans') row(tb, 'returned', ret[i]);
    if (errnoA[i]) row(tb, 'errno', errnoA[i]);
    if ((cat === 'lock' || cat === 'cond') && !isNaN(obj[i])) row(tb, cat === 'lock' ? 'lock' : 'condvar', lockName.get(l.proc.pid + ':' + obj[i]) || '0x' + obj[i].toString(16));
    if (!isNaN(holder[i])) row(tb, 'held by', threadLabel(pid, holder[i]));
    if (cat === 'join' && obj[i] > 0) row(tb, 'joined', threadLabel(pid, obj[i]));
    if (cat === 'child' && ret[i] > 0) row(tb, 'reaped pid', ret[i]);
    if (nm === 'coro_spans') {
      row(tb, 'short spans', fmtInt(obj2[i]) + ' spans under the threshold, aggregated (no record each)');
      row(tb, 'ran', fmtDur(ret[i]) + ' of this ' + fmtDur(dur[i]) + ' window');
    } else if (cat === 'coro' && !isNaN(obj[i])) row(tb, 'from → to', '0x' + obj[i].toString(16) + (isNaN(obj2[i]) ? '' : ' → 0x' + obj2[i].toString(16)));
    if (coro[i]) { var cl = laneOfCoro.get(pid + ':' + (D.coroutines.find(function (c) { return c.id === coro[i]; }) || {}).key); row(tb, 'coroutine', cl ? cl.name : coro[i]); }
    if (site[i]) row(tb, 'call site', siteLabel.get(site[i]) || ('site ' + site[i]));
    row(tb, 'thread', l.kind === 'thread' ? l.name + ' (tid ' + l.thread.tid + ')' : l.name);
    tip.appendChild(tb);
  }
  function placeTip(cx, cy) {
    tip.hidden = false;
    var r = tip.getBoundingClientRect();
    var x = cx + 14, y = cy + 14;
    if (x + r.width > window.innerWidth - 4) x = cx - r.width - 14;
    if (y + r.height > window.innerHeight - 4) y = cy - r.height - 14;
    tip.style.left = Math.max(4, x) + 'px'; tip.style.top = Math.max(4, y) + 'px';
  }
  function hideTip() { if (!pinned) { tip.hidden = true; if (hover) { hover = null; redraw(); } } }
  function unpin() { pinned = false; tip.classList.remove('pinned'); hideTip(); }
  function hit(e) {
    var rect = canvas.getBoundingClientRect();
    var x = e.clientX - rect.left, y = e.clientY - rect.top + scroller.scrollTop;
    var l = laneAt(y);
    if (!l) return null;
    return { lane: l, i: eventAt(l, x) };
  }
  canvas.addEventListener('mousemove', function (e) {
    hoverX = localX(e, canvas);
    if (drag || pinned) return;
    var h = hit(e);
    if (!h) { hideTip(); return; }
    var changed = !hover || hover.lane !== h.lane || hover.i !== h.i;
    hover = h;
    if (changed) { fillTip(h); redraw(); }
    placeTip(e.clientX, e.clientY);
  });
  canvas.addEventListener('mouseleave', function () { hoverX = null; hideTip(); });
  function click(e) {
    var h = hit(e);
    if (pinned) { unpin(); if (!h || h.i < 0) return; }
    if (!h) return;
    hover = h; fillTip(h); placeTip(e.clientX, e.clientY);
    pinned = true; tip.classList.add('pinned');
    redraw();
  }

  // ---- test and bench hooks ---------------------------------------------------------------
  window.weftTest = {
    lanes: function () { return visible.map(function (l) { return { kind: l.kind, name: l.name, sub: l.sub, id: l.id }; }); },
    // Client coordinates of the middle of a visible span of the named call at least 3 px wide.
    spanOf: function (name) {
      var rect = canvas.getBoundingClientRect(), top = scroller.scrollTop;
      for (var k = 0; k < visible.length; k++) {
        var l = visible[k];
        if (l.kind !== 'thread' || l.y - top < 0 || l.y + l.h - top > VH) continue;
        for (var i = l.lo; i < l.hi; i++) {
          if (callName[call[i]] !== name) continue;
          var x0 = Math.max(0, xOf(start[i])), x1 = Math.min(W, xOf(start[i] + dur[i]));
          var cy = rect.top + l.y - top + l.h / 2;
          if (x1 - x0 >= 3 && cy > 0 && cy < window.innerHeight) return { x: rect.left + (x0 + x1) / 2, y: cy };
        }
      }
      return null;
    },
    base: D.base_ns,
    zoomTo: function (t0, t1) { view.t0 = t0; view.t1 = t1; draw(); },
    arrows: function () {
      var c = {};
      arrows.forEach(function (a) { c[a.k] = (c[a.k] || 0) + 1; });
      lanes.forEach(function (l) {
        if (l.kind !== 'thread') return;
        for (var i = l.lo; i < l.hi; i++) if (!isNaN(holder[i]) && thr(l.proc.id, holder[i])) c.contention = (c.contention || 0) + 1;
      });
      return c;
    },
    handoffsInView: function () { return handoffs.length > HANDOFF_MAX * 2 ? -1 : handoffs.length / 2; },
    frame: function () { draw(); return lastFrameMs; }
  };

  T.summary = performance.now();
  layout();
  draw();
  window.weftFirstPaint = T.draw = performance.now();
  window.weftTiming = { parseMs: T.parse - T.start, decodeMs: T.decode - T.parse, lanesAndArrowsMs: T.lanes - T.decode,
    summaryMs: T.summary - T.lanes, firstDrawMs: T.draw - T.summary, scriptStartMs: T.start };
  document.body.dataset.ready = '1';
})();
