// Measures a weft timeline in headless Chromium: first paint, and the frame time of zooms at several levels.
// usage: NODE_PATH=tests/browser/node_modules node measure.js REPORT.html
'use strict';
const path = require('path');
const fs = require('fs');
const os = require('os');
const { chromium } = require('playwright-core');

(async () => {
  const html = path.resolve(process.argv[2]);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1600, height: 1000 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = ctx.pages()[0] || await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const t0 = Date.now();
  await page.goto('file://' + html, { timeout: 120000 });
  await page.waitForSelector('body[data-ready="1"]', { timeout: 120000 });
  const wall = Date.now() - t0;
  // weftFirstPaint is performance.now() after the first canvas draw: ms since navigation start.
  const firstPaint = await page.evaluate(() => window.weftFirstPaint);
  await page.evaluate(() => document.getElementById('timeline').scrollIntoView());
  const box = await page.locator('#canvas').boundingBox();
  await page.mouse.move(box.x + box.width * 0.4, box.y + 40);
  const frames = [];
  // Zoom in step by step with the wheel, then out; each step's draw time as the page measured it,
  // and the wall time until the next animation frame has been painted.
  for (let k = 0; k < 12; k++) {
    const dy = k < 8 ? -500 : 800;
    const t = Date.now();
    await page.mouse.wheel(0, dy);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const ms = await page.evaluate(() => window.weftView.frameMs);
    const range = await page.evaluate(() => window.weftView.end - window.weftView.start);
    frames.push({ drawMs: ms, wallMs: Date.now() - t, rangeNs: range });
  }
  const timing = await page.evaluate(() => { const t = window.weftTiming; Object.keys(t).forEach((k) => { t[k] = Math.round(t[k]); }); return t; });
  const full = await page.evaluate(() => { window.weftTest.zoomTo(0, Number.MAX_VALUE); document.getElementById('zoom-reset').click(); return window.weftTest.frame(); });
  const bytes = fs.statSync(html).size;
  console.log(JSON.stringify({ html: path.basename(html), bytes, firstPaintMs: Math.round(firstPaint), loadWallMs: wall,
    timing, fullViewDrawMs: Number(full.toFixed(1)),
    zoomDrawMsMax: Number(Math.max(...frames.map((f) => f.drawMs)).toFixed(1)),
    zoomWallMsMax: Math.max(...frames.map((f) => f.wallMs)), frames, errors }, null, 1));
  await ctx.close();
  fs.rmSync(profile, { recursive: true, force: true });
})().catch((e) => { console.error(e); process.exit(1); });
