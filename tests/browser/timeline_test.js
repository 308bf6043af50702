// Browser test of weft's HTML timeline: opens a report in headless Chromium and checks what a user would see.
// usage: node timeline_test.js REPORT.html TRACE.db OUT_DIR [--races FINDINGS.json] [--real]
'use strict';
const path = require('path');
const fs = require('fs');
const os = require('os');
const { execFileSync } = require('child_process');
const { chromium } = require('playwright-core');

const [html, db, outDir] = process.argv.slice(2, 5);
const racesIdx = process.argv.indexOf('--races');
const races = racesIdx > 0 ? process.argv[racesIdx + 1] : null;
const real = process.argv.includes('--real');
const name = path.basename(html, '.html');

let failures = 0;
function check(ok, what) {
  console.log((ok ? 'ok   ' : 'FAIL ') + what);
  if (!ok) failures++;
}
function sql(q) { return execFileSync('sqlite3', [db, q]).toString().trim(); }

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-chromium-'));
  // A fresh profile each run: launchPersistentContext is how playwright takes a user-data-dir.
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = browser.pages()[0] || await browser.newPage();
    const errors = [], dialogs = [], requests = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
    page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
    await page.goto('file://' + path.resolve(html));
    await page.waitForFunction(() => document.body && document.body.dataset.ready === '1', null, { timeout: 20000 })
      .catch((e) => { throw new Error('the page did not finish loading: ' + errors.join(' | ') + ' ' + e.message); });

    // A lane per thread and per process, named as in trace.db.
    const lanes = await page.evaluate(() => window.weftTest.lanes());
    const nthreads = Number(sql('SELECT count(*) FROM threads'));
    const nprocs = Number(sql('SELECT count(*) FROM processes'));
    check(lanes.filter((l) => l.kind === 'thread').length === nthreads,
      `a lane per thread (${lanes.filter((l) => l.kind === 'thread').length} lanes, ${nthreads} threads)`);
    check(lanes.filter((l) => l.kind === 'proc').length === nprocs, `a lane per process (${nprocs})`);
    const names = sql("SELECT coalesce(name, start_routine, 'thread') FROM threads").split('\n');
    const labelText = await page.evaluate(() => document.getElementById('labels').innerText);
    check(names.every((n) => labelText.includes(n)), 'every thread name is shown as a lane label');
    check(requests.length === 0, `no network request (${requests.join(' ')})`);

    // A zoom (wheel at the centre) narrows the visible range.
    // The page redraws (and publishes its view) on the next animation frame: wait for it.
    const range = async () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() =>
      done([Number(document.body.dataset.viewStart), Number(document.body.dataset.viewEnd)])))));
    const full = await range();
    await page.evaluate(() => document.getElementById('timeline').scrollIntoView());
    const box = await page.locator('#canvas').boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(60, box.height / 2));
    await page.mouse.wheel(0, -400);
    await page.waitForFunction((w) => Number(document.body.dataset.viewEnd) - Number(document.body.dataset.viewStart) < w,
      full[1] - full[0], { timeout: 5000 }).catch(() => {});
    const zoomed = await range();
    check(zoomed[1] - zoomed[0] < (full[1] - full[0]) * 0.8, `wheel zoom narrows the view (${full[1] - full[0]} → ${zoomed[1] - zoomed[0]} ns)`);
    await page.keyboard.press('0');
    await page.waitForTimeout(50);
    const reset = await range();
    check(Math.abs((reset[1] - reset[0]) - (full[1] - full[0])) < 1, 'key 0 shows the whole trace again');
    // Drag-to-select zooms to the selection.
    await page.mouse.move(box.x + 200, box.y + 30);
    await page.mouse.down();
    await page.mouse.move(box.x + 400, box.y + 30, { steps: 5 });
    await page.mouse.up();
    await page.waitForTimeout(50);
    const selected = await range();
    const want = (full[1] - full[0]) * 200 / box.width;
    check(Math.abs((selected[1] - selected[0]) - want) / want < 0.05, 'drag-select zooms to the selected range');
    // The range shown next to the zoom buttons states the visible length with its unit.
    const shown = await page.evaluate(() => document.getElementById('range').textContent);
    const m = /\(([\d.]+) (ns|µs|ms|s)\)/.exec(shown);
    const ns = m ? Number(m[1]) * { ns: 1, 'µs': 1e3, ms: 1e6, s: 1e9 }[m[2]] : NaN;
    check(Math.abs(ns - (selected[1] - selected[0])) / (selected[1] - selected[0]) < 0.01, `the range text states the visible length ("${shown}")`);
    // Clicking the whole-trace overview centres the (zoomed) view there.
    const ov = await page.locator('#overview').boundingBox();
    await page.mouse.click(ov.x + ov.width * 0.75, ov.y + ov.height / 2);
    const moved = await range();
    const centre = (moved[0] + moved[1]) / 2 / (full[1] - full[0]);
    check(Math.abs(centre - 0.75) < 0.02 && Math.abs((moved[1] - moved[0]) - (selected[1] - selected[0])) < 1,
      `a click on the overview moves the view there, same zoom (centre at ${centre.toFixed(3)})`);
    await page.keyboard.press('0');

    // Hover a span: its tooltip names the call.  Zoom in until a span is wide enough to aim at.
    // (Not coro_spans: its few windows are checked below; zooming on the centre may miss them.)
    const call = real ? sql("SELECT c.name FROM events e JOIN calls c ON c.id = e.call WHERE e.dur_ns > 0 AND c.name != 'coro_spans' GROUP BY 1 ORDER BY max(e.dur_ns) DESC LIMIT 1")
      : 'read';
    let spot = null;
    await page.evaluate(() => document.getElementById('timeline').scrollIntoView());
    for (let z = 0; z < 30 && !spot && call; z++) {
      spot = await page.evaluate((c) => window.weftTest.spanOf(c), call);
      if (!spot) await page.keyboard.press('+');
    }
    // A trace whose only spans are coro_spans windows (the coroutine test) has them checked below.
    if (call)
      check(spot !== null, `a ${call}() span is visible after zooming`);
    if (spot) {
      await page.mouse.move(spot.x, spot.y);
      await page.waitForSelector('#tooltip:not([hidden])', { timeout: 3000 }).catch(() => {});
      const tipText = await page.evaluate(() => { const t = document.getElementById('tooltip'); return t.hidden ? '' : t.innerText; });
      check(tipText.includes(call + '()'), `hovering a span shows its call in a tooltip ("${tipText.split('\n')[0]}")`);
      check(/duration/.test(tipText), 'the tooltip shows the duration');
      await page.mouse.click(spot.x, spot.y);
      check(await page.evaluate(() => document.getElementById('tooltip').classList.contains('pinned')), 'click pins the details');
      await page.keyboard.press('Escape');
    }
    await page.keyboard.press('0');

    // Coroutine spans under the threshold (coro_spans records): drawn over their window, and
    // the tooltip says how many spans were counted there without a record each.
    const nspans = real ? Number(sql("SELECT count(*) FROM events e JOIN calls c ON c.id = e.call WHERE c.name = 'coro_spans' AND e.dur_ns > 0")) : 0;
    if (nspans > 0) {
      const [want, ts, len] = sql("SELECT e.obj2, e.ts_ns, e.dur_ns FROM events e JOIN calls c ON c.id = e.call WHERE c.name = 'coro_spans' AND e.dur_ns > 0 ORDER BY e.dur_ns DESC LIMIT 1").split('|').map(Number);
      const base = await page.evaluate(() => window.weftTest.base);
      const len3 = Math.max(len, 100);
      await page.evaluate(([a, b]) => window.weftTest.zoomTo(a, b), [ts - base - len3, ts - base + 2 * len3]);
      const at = await page.evaluate(() => window.weftTest.spanOf('coro_spans'));
      check(at !== null, `an aggregated coroutine window (coro_spans) is drawn where it happened (${nspans} in the trace)`);
      if (at) {
        await page.mouse.move(at.x, at.y);
        await page.waitForSelector('#tooltip:not([hidden])', { timeout: 3000 }).catch(() => {});
        const tt = await page.evaluate(() => { const t = document.getElementById('tooltip'); return t.hidden ? '' : t.innerText; });
        check(/spans under the threshold, aggregated/.test(tt) && /ran/.test(tt),
          `its tooltip says how many short spans it stands for ("${tt.replace(/\n/g, ' | ').slice(0, 160)}"; longest window: ${want} spans)`);
      }
      await page.keyboard.press('0');
    }

    // Filter by a thread name shows only that thread's lane.
    const one = names.find((n) => n.length > 2 && !n.includes('<') && names.filter((m) => m.includes(n)).length === 1);
    if (one) {
      await page.fill('#filter', one);
      const fl = await page.evaluate(() => window.weftTest.lanes().filter((l) => l.kind === 'thread').map((l) => l.name));
      check(fl.length === 1 && fl[0] === one, `filter "${one}" keeps that thread's lane only (${fl.length})`);
      await page.fill('#filter', '');
    }

    if (!real) {
      // A thread named </script><script>alert(1)</script> is text, not markup.
      const evil = '</script><script>alert(1)</script>';
      check(dialogs.length === 0, 'no dialog opened (the injected script did not run)');
      check(labelText.includes(evil), 'the hostile thread name is visible as text');
      check(await page.evaluate(() => document.scripts.length) === 2, 'no extra <script> element in the page');
      check(await page.evaluate(() => document.querySelectorAll('#summary .bar').length) === nthreads, 'a state bar per thread in the summary');
      const arrows = await page.evaluate(() => window.weftTest.arrows());
      check(['create', 'join', 'fork', 'contention', 'coro'].every((k) => arrows[k] > 0),
        'arrows for thread create, join, fork/exec/wait, lock handoff and coroutine switch (' + JSON.stringify(arrows) + ')');
      const held = Number(sql('SELECT count(*) FROM events WHERE holder_tid IS NOT NULL'));
      // Hundreds of handoffs over the whole trace are hidden; around one lock wait they show.
      check(await page.evaluate(() => window.weftTest.handoffsInView()) === -1, 'lock handoffs are hidden when too many are in view');
      const base = await page.evaluate(() => window.weftTest.base);
      const acq = Number(sql('SELECT ts_ns + dur_ns FROM events WHERE holder_tid IS NOT NULL ORDER BY ts_ns LIMIT 1 OFFSET 10')) - base;
      await page.evaluate((t) => window.weftTest.zoomTo(t - 20000, t + 20000), acq);
      const near = await page.evaluate(() => window.weftTest.handoffsInView());
      check(near >= 1 && near <= 80, `lock handoffs are drawn when zoomed in around a lock wait (${near})`);
      await page.keyboard.press('0');
      check(arrows.contention === held, `a lock-handoff arrow per wait with a known holder (${held})`);
      const warn = await page.evaluate(() => document.getElementById('warnings').innerText);
      check(/dropped/.test(warn), 'the dropped-events warning is shown');
    }
    if (races) {
      const txt = await page.evaluate(() => document.getElementById('races').innerText);
      const f = JSON.parse(fs.readFileSync(races, 'utf8'));
      check(f.findings.every((x) => txt.includes(x.variable)), 'every race finding is listed');
      const links = await page.locator('#races a.thread-link').count();
      check(links > 0, `race accesses link to the threads running their entry (${links} links)`);
      if (links > 0) {
        await page.locator('#races a.thread-link').first().click();
        const fl = await page.evaluate(() => window.weftTest.lanes().filter((l) => l.kind === 'thread').length);
        check(fl > 0 && fl < nthreads, `clicking a race's thread filters the lanes (${fl} of ${nthreads})`);
        await page.fill('#filter', '');
      }
    }
    check(errors.length === 0, `no console error (${errors.join(' | ')})`);
    fs.mkdirSync(outDir, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(outDir, name + '.png'), fullPage: true });
    console.log('screenshot: ' + path.join(outDir, name + '.png'));
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  process.exit(failures ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(1); });
