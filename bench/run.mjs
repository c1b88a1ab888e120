// npm run bench — figures for the README (benchmarks, not pass/fail tests).
//  1. Bundle sizes of the built extension, raw and gzipped.
//  2. The page classifier in real Chromium on large replica pages (5,000+ nodes):
//     time per check, median and 95th percentile over many runs.
//  3. Placing the panel, one frame, with 40 and 200 of X's controls in view.
//  4. Keeping a guide's ring in place while a long timeline scrolls.
//  5. How often the page is looked at while a guide runs, on a timeline changing in every frame.
//  6. A heavy, churning timeline with and without the extension (main-thread time ratio).
//  7. From X's code step appearing to the panel being visible.
//  8. 1,000 SPA navigations: one UI host, listeners, observers' cost and heap.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { CHROME_BUILD, chromeExtensionUrl, extensionWorker, launchChromiumContext, serveReplica } from '../tests/e2e/support/browsers.js';

const root = resolve(import.meta.dirname, '..');

if (!existsSync(join(root, '.output/chrome-mv3/manifest.json'))) execSync('npm run build', { cwd: root, stdio: 'inherit' });

console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);

// 1. Sizes -------------------------------------------------------------------
// The two scripts that run on x.com: the watcher on every page, the UI where the watcher asks for it;
// and the popup's entry (its name is hashed), which carries English; another language is a chunk beside it.
const BUDGETS = [
  [/^content-scripts\/rescue\.js$/, 'watcher, every x.com page', 3 * 1024],
  [/^rescue-ui\.js$/, 'in-page UI, injected where it helps', 48 * 1024],
  [/^chunks\/popup-[\w-]+\.js$/, 'popup entry, English built in', 25 * 1024],
];
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log('Bundle sizes (gzip -9)');
for (const target of ['chrome-mv3', 'firefox-mv2']) {
  const dir = join(root, '.output', target);
  const files = [];
  const walk = (d) =>
    readdirSync(d).forEach((name) => {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|css|html)$/.test(name)) files.push(path);
    });
  walk(dir);
  for (const file of files.sort()) {
    const raw = readFileSync(file);
    const gz = gzipSync(raw, { level: 9 }).length;
    const budget = BUDGETS.find(([pattern]) => pattern.test(relative(dir, file)));
    const verdict = budget ? `  ${budget[1]} (budget ${kb(budget[2])}: ${gz <= budget[2] ? 'ok' : 'OVER'})` : '';
    console.log(`  ${target.padEnd(12)} ${relative(dir, file).padEnd(38)} ${kb(raw.length).padStart(9)} raw ${kb(gz).padStart(8)} gzip${verdict}`);
  }
}

// 2. Classifier in the browser -------------------------------------------------
const bundled = await build({
  entryPoints: [join(root, 'src/page/classify.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'x2fa',
  write: false,
  minify: true,
});
const classifierSource = bundled.outputFiles[0].text;

// A browser without the extension: the classifier alone.
const browser = await launchChromiumContext();
await serveReplica(browser);
const page = await browser.newPage();

/** Pads the page with `count` nested, text-bearing nodes outside the login step. */
function pad(count) {
  const holder = document.createElement('div');
  let parent = holder;
  for (let i = 0; i < count; i++) {
    const div = document.createElement('div');
    div.className = `css-175oi2r r-${(i * 7919).toString(36)}`;
    div.textContent = i % 10 === 0 ? `filler ${i}` : '';
    (i % 8 === 0 ? holder : parent).append(div);
    parent = div;
  }
  document.getElementById('react-root')?.append(holder);
}

// Each case: label, path, extra nodes, budget (ms, p95). The classifier reads only the live step, and a
// hit test (src/page/live.ts, rule 6) is a pass over the page's layer: on the 2026 page, where the
// padding shares the step's layer, each of a check's four hit tests costs about 1 ms at 5,000 nodes.
// X's login frame is small; the padded case shows how the cost grows, against its own budget.
const cases = [
  ['older layout, code step + 5,000 nodes', '/i/flow/login?ocf=1&step=code&method=app&delay=0', 5000, 1],
  ['2026 layout, code step as drawn live', '/i/jf/onboarding/web?mode=login&delay=0&stack=kept&dup=1&otc=1#/s/two_factor_code/b1', 0, 1],
  // (`pad=` only makes the URL differ: the same URL with a hash would not load a fresh page)
  ['2026 layout, code step + 1,000 nodes', '/i/jf/onboarding/web?mode=login&delay=0&pad=1000#/s/two_factor_code/b1', 1000, 2],
  ['2026 layout, code step + 5,000 nodes', '/i/jf/onboarding/web?mode=login&delay=0#/s/two_factor_code/b1', 5000, 6],
  ['older layout, e-mail step + 5,000 nodes', '/i/flow/login?ocf=1&step=acid&delay=0', 5000, 1],
  ['timeline, 5,000 tweets (route gate)', '/home?tweets=5000&delay=0', 0, 1],
  ['settings page', '/settings/security?delay=0', 0, 1],
];
console.log('\nClassifier, one check, in Chromium (median / p95 of 40 batches of 50 checks)');
const results = [];
for (const [label, path, padding, budgetMs] of cases) {
  await page.goto(`https://x.com${path}`);
  await page.waitForFunction(() => document.querySelector('[role="progressbar"]') === null && document.getElementById('react-root')?.childElementCount, null, {
    timeout: 10_000,
  });
  if (padding) await page.evaluate(pad, padding);
  await page.addScriptTag({ content: classifierSource });
  const figures = await page.evaluate(() => {
    // Timers are coarse (0.1 ms) in a normal page, so time batches of 50 checks.
    const samples = [];
    let context = '';
    const url = new URL(location.href);
    for (let s = 0; s < 42; s++) {
      const start = performance.now();
      for (let i = 0; i < 50; i++) context = window.x2fa.classify(document, url).context;
      if (s >= 2) samples.push((performance.now() - start) / 50);
    }
    samples.sort((a, b) => a - b);
    return { nodes: document.getElementsByTagName('*').length, context, median: samples[samples.length >> 1], p95: samples[Math.floor(samples.length * 0.95)] };
  });
  results.push(figures);
  const verdict = figures.p95 <= budgetMs ? 'ok' : 'OVER';
  console.log(
    `  ${label.padEnd(42)} ${String(figures.nodes).padStart(6)} nodes → ${figures.context.padEnd(12)} ${figures.median.toFixed(3)} ms / ${figures.p95.toFixed(3)} ms  (budget ${budgetMs} ms: ${verdict})`,
  );
}

// 3. Placing the panel, one frame ------------------------------------------------
// Where the panel opens by itself it covers none of X's controls in view, and it is placed again
// whenever a box may have moved (scroll, resize, a transition ending: src/ui/use-placement.ts). One
// frame's work: measuring X's live controls, then choosing the slot. Two pages with controls added
// (seeded positions, none over another) up to 40 and 200 in view: X's password page, where nothing
// covers them, and X's sheet asking to turn a method off, whose mask covers the page's controls (a
// hit test each finds that out). Timed after every control moved by a pixel (a scroll or transition
// frame), and when nothing moved.
const placementSource = (
  await build({
    stdin: {
      contents: [
        "export { classify } from './src/page/classify';",
        "export { measurePlacement } from './src/ui/use-placement';",
        "export { reusingPlacement } from './src/ui/placement-decision';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'x2faPlacement',
    write: false,
    minify: true,
  })
).outputFiles[0].text;

/** Runs in the page: buttons in view beside X's own controls, none over another, until `total` are in
 * view; `under` puts them beneath everything of X's (under X's mask), else above. */
function scatterControls({ total, under }) {
  const CONTROLS = 'input, button, a[href], [role="button"], [role="link"], [role="radio"], select, textarea';
  let seed = total;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const taken = [...document.querySelectorAll(CONTROLS)]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth);
  const layer = document.createElement('div');
  layer.id = 'bench-controls';
  layer.style.cssText = 'position:fixed;inset:0;pointer-events:none';
  for (let tries = 0; taken.length < total && tries < total * 500; tries++) {
    const width = 24 + Math.round(random() * 72);
    const height = 18 + Math.round(random() * 12);
    const left = Math.round(random() * (innerWidth - width));
    const top = Math.round(random() * (innerHeight - height));
    const box = { left, top, right: left + width, bottom: top + height };
    if (taken.some((b) => b.left < box.right + 4 && box.left < b.right + 4 && b.top < box.bottom + 4 && box.top < b.bottom + 4)) continue;
    taken.push(box);
    const button = document.createElement('button');
    button.textContent = `${taken.length}`;
    button.style.cssText = `position:absolute;pointer-events:auto;left:${left}px;top:${top}px;width:${width}px;height:${height}px;padding:0`;
    layer.append(button);
  }
  if (under) document.body.prepend(layer);
  else document.body.append(layer);
  return taken.length;
}

/** Runs in the page: one frame's placement, after a move and with nothing moved (median / p95, ms). */
function placementFrames() {
  const { classify, measurePlacement, reusingPlacement } = window.x2faPlacement;
  const reading = classify(document, new URL(location.href));
  const layer = document.getElementById('bench-controls');
  // As the panel does: the last decision is reused while no box it used moved.
  const decide = reusingPlacement();
  const place = () => measurePlacement(document, reading, false, 0, [], decide);
  // Timers are coarse (0.1 ms) in a normal page, so time batches of 5 frames.
  const time = (frame) => {
    const samples = [];
    for (let s = 0; s < 32; s++) {
      const start = performance.now();
      for (let i = 0; i < 5; i++) frame();
      if (s >= 2) samples.push((performance.now() - start) / 5);
    }
    samples.sort((a, b) => a - b);
    return { median: samples[samples.length >> 1], p95: samples[Math.floor(samples.length * 0.95)] };
  };
  let moves = 0;
  const moved = time(() => {
    layer.style.transform = `translateY(${++moves % 2}px)`;
    place();
  });
  const still = time(place);
  return { context: reading.context, panel: place().placement.panel !== undefined, moved, still };
}

const placementScenes = [
  ['X’s password page', '/settings/password?delay=0', 'password-change', false],
  ['X’s turn-off sheet, its mask over them', '/settings/account/login_verification?on=app,sms&sheet=off-app&delay=0', 'method-off', true],
];
console.log('\nPlacing the panel, one frame: measuring X’s controls in view, then choosing the slot (median / p95 of 30 batches of 5 frames; target ≤ 2 ms)');
for (const [label, path, context, under] of placementScenes) {
  for (const total of [40, 200]) {
    // (`controls=` only makes the URL differ, so each case loads a fresh page)
    await page.goto(`https://x.com${path}&controls=${total}`);
    // The sheet's page is a settings page until X's sheet has drawn: wait for the page to be read as it will be.
    await page.waitForFunction(() => document.querySelector('[role="progressbar"]') === null && document.getElementById('react-root')?.childElementCount);
    await page.waitForTimeout(300);
    const inView = await page.evaluate(scatterControls, { total, under });
    await page.addScriptTag({ content: placementSource });
    const f = await page.evaluate(placementFrames);
    if (f.context !== context) throw new Error(`${label}: read as ${f.context}`);
    const ms = ({ median, p95 }) => `${median.toFixed(2)} / ${p95.toFixed(2)} ms`;
    console.log(
      `  ${label}, ${String(inView).padStart(3)} controls in view (${f.panel ? 'a slot' : 'no slot: the launcher'}): after a move ${ms(f.moved)}; nothing moved ${ms(f.still)}`,
    );
  }
}
await browser.close();

// 4. Keeping the guide's ring in place while a long page scrolls --------------
// The built extension in Chromium, a 2,000-tweet timeline, 400 frames of scrolling;
// main-thread time per frame with a guide running minus the same without one.
const context = await launchChromiumContext({ extensionDir: CHROME_BUILD });
await serveReplica(context);
const worker = await extensionWorker(context);

/** A 2,000-tweet timeline, with the backup-code guide running on it (its ring drawn) when asked. */
async function openTimeline(withGuide) {
  const tab = await context.newPage();
  await tab.goto('https://x.com/home?tweets=2000&delay=0');
  await tab.waitForFunction(() => document.querySelectorAll('article').length > 1000, null, { timeout: 20_000 });
  if (withGuide) {
    const popup = await context.newPage();
    await popup.goto(chromeExtensionUrl(worker, 'popup.html'));
    await popup.locator('[data-rescue="start-guide"][data-guide="backup-code"]').click();
    await tab.waitForFunction(() => document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('[data-rescue="highlight"]'), null, { timeout: 10_000 });
    await popup.close().catch(() => {});
  }
  return tab;
}

async function scrollCost(withGuide) {
  const tab = await openTimeline(withGuide);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metric();
  const frames = await tab.evaluate(
    () =>
      new Promise((done) => {
        let frame = 0;
        const step = () => {
          window.scrollBy(0, 40);
          if (++frame < 400) requestAnimationFrame(step);
          else done(frame);
        };
        requestAnimationFrame(step);
      }),
  );
  const after = await metric();
  await tab.close();
  const perFrame = (name) => ((after[name] - before[name]) * 1000) / frames;
  return { script: perFrame('ScriptDuration'), task: perFrame('TaskDuration'), layout: perFrame('LayoutDuration') };
}
const without = await scrollCost(false);
const withGuide = await scrollCost(true);
console.log('\nKeeping the ring in place while scrolling a 2,000-tweet timeline (400 frames, ms per frame)');
console.log(`  without a guide: task ${without.task.toFixed(3)}, script ${without.script.toFixed(3)}, layout ${without.layout.toFixed(3)}`);
console.log(`  with a guide:    task ${withGuide.task.toFixed(3)}, script ${withGuide.script.toFixed(3)}, layout ${withGuide.layout.toFixed(3)}`);
const own = withGuide.script + withGuide.layout - without.script - without.layout;
console.log(`  extension's script + forced layout: ${own.toFixed(3)} ms per frame`);
console.log(`  all main-thread work added (incl. painting the ring and callout): ${(withGuide.task - without.task).toFixed(3)} ms per frame`);

// 5. Looking at the page while a guide runs -----------------------------------------
// X's timeline redraws something in every frame (a clock, a view count): each change is a reason to
// look at the page again, and while a guide runs every page is one to look at. Over 5 s: how many page
// checks reach the UI, how many of them the guide reads the page for (its locators, each target's hit
// test), counted with V8's call counts (the UI's `check` and the guide runner's `view`, by name), and
// the main-thread time per second (all of it, and scripts'), without a guide and with one.
/** Runs in the page: a clock (a video's, a live count) changes in every frame for `seconds`; fixed and
 * contained, so it costs the page itself next to nothing to redraw. */
function ticking(seconds) {
  return new Promise((done) => {
    const clock = document.createElement('span');
    clock.style.cssText = 'position:fixed;bottom:0;left:0;width:48px;height:18px;overflow:hidden;contain:strict';
    document.body.append(clock);
    const start = performance.now();
    let frames = 0;
    const tick = () => {
      clock.textContent = `0:${String(++frames % 60).padStart(2, '0')}`;
      if (performance.now() - start < seconds * 1000) requestAnimationFrame(tick);
      else done(frames);
    };
    requestAnimationFrame(tick);
  });
}
async function guideLooks(withGuide) {
  const tab = await openTimeline(withGuide);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  await cdp.send('Profiler.takePreciseCoverage'); // counts from here on
  const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metric();
  const seconds = 5;
  const frames = await tab.evaluate(ticking, seconds);
  const { result } = await cdp.send('Profiler.takePreciseCoverage');
  const after = await metric();
  await tab.close();
  const ui = result.filter((s) => s.url.endsWith('/rescue-ui.js')).flatMap((s) => s.functions);
  const calls = (name) => {
    const found = ui.filter((f) => f.functionName === name);
    if (withGuide && found.length === 0) throw new Error(`no function named ${name} in rescue-ui.js: rename it here too`);
    return found.reduce((sum, f) => sum + (f.ranges[0]?.count ?? 0), 0);
  };
  const perSecond = (name) => ((after[name] - before[name]) * 1000) / seconds;
  return {
    frames: frames / seconds,
    checks: calls('check') / seconds,
    looks: calls('view') / seconds,
    script: perSecond('ScriptDuration'),
    task: perSecond('TaskDuration'),
  };
}
const quiet = await guideLooks(false);
const guided = await guideLooks(true);
console.log('\nLooking at the page while a guide runs: a 2,000-tweet timeline changing in every frame, 5 s');
console.log(
  `  with a guide: page checks reaching the UI ${guided.checks.toFixed(1)} a second; the guide reads the page ${guided.looks.toFixed(1)} times a second`,
);
const busy = (run) => `${run.frames.toFixed(0)} frames a second, main thread busy ${run.task.toFixed(0)} ms a second (scripts ${run.script.toFixed(0)} ms)`;
console.log(`  without a guide: ${busy(quiet)}`);
console.log(`  with a guide:    ${busy(guided)}`);

// 6. A heavy timeline that never stops changing ---------------------------------
// 1,500 tweets; every 100 ms 40 are added on top, 40 removed at the bottom and
// some texts change. Same page, same 12 s, in the extension's browser and in a
// browser without it, twice each, alternating.
/** Runs in the page: X's timeline churn, imitated. */
function churn(seconds) {
  return new Promise((done) => {
    const list = document.querySelector('section') ?? document.body;
    const first = () => list.querySelector('article')?.closest('[data-testid="cellInnerDiv"]') ?? list.querySelector('article');
    let n = 0;
    const timer = setInterval(() => {
      const template = first();
      if (!template?.parentNode) return;
      for (let i = 0; i < 40; i++) {
        const copy = template.cloneNode(true);
        const text = copy.querySelector('[data-testid="tweetText"]');
        if (text) text.textContent = `Tweet ${n++}: ${Math.random().toString(36).slice(2)}`;
        template.parentNode.insertBefore(copy, template.parentNode.firstChild);
        template.parentNode.lastElementChild?.remove();
      }
      for (const text of [...document.querySelectorAll('[data-testid="tweetText"]')].slice(40, 60)) text.textContent += '.';
    }, 100);
    setTimeout(() => {
      clearInterval(timer);
      done(n);
    }, seconds * 1000);
  });
}
// The same browser, flags and profile kind, without the extension.
const plainContext = await launchChromiumContext();
await serveReplica(plainContext);
async function churnCost(ctx) {
  const tab = await ctx.newPage();
  await tab.goto('https://x.com/home?tweets=1500&delay=0');
  await tab.waitForFunction(() => document.querySelectorAll('article').length >= 1500, null, { timeout: 30_000 });
  // Part of the scenario: the timeline's first render and the extension's first look at it are
  // over before the measured 12 s begin, in both browsers alike.
  await tab.waitForTimeout(500);
  const cdp = await ctx.newCDPSession(tab);
  await cdp.send('Performance.enable');
  const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metric();
  await tab.evaluate(churn, 12);
  const after = await metric();
  await tab.close();
  return { task: after.TaskDuration - before.TaskDuration, script: after.ScriptDuration - before.ScriptDuration };
}
const runs = { with: [], without: [] };
for (let round = 0; round < 2; round++) {
  runs.without.push(await churnCost(plainContext));
  runs.with.push(await churnCost(context));
}
const total = (list, key) => list.reduce((sum, run) => sum + run[key], 0);
const taskRatio = total(runs.with, 'task') / total(runs.without, 'task');
const scriptRatio = total(runs.with, 'script') / total(runs.without, 'script');
console.log('\nHeavy timeline: 1,500 tweets, 40 in and 40 out every 100 ms, 2 × 12 s each way');
console.log(`  main-thread task time with / without the extension: ${taskRatio.toFixed(3)} (target ≤ 1.03)`);
console.log(`  script time with / without the extension:           ${scriptRatio.toFixed(3)}`);

// 7. From X's code step to the panel ------------------------------------------
/** Runs in the page: ms from the code field appearing to our panel being visible. */
function panelDelay() {
  return new Promise((resolve) => {
    let stepAt = 0;
    const started = performance.now();
    const tick = () => {
      const now = performance.now();
      if (!stepAt && document.querySelector('input[data-testid="ocfEnterTextTextInput"]')) stepAt = now;
      const panel = document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('[data-rescue="panel"]');
      if (stepAt && panel && panel.getBoundingClientRect().width > 0) return resolve(now - stepAt);
      if (now - started > 5000) return resolve(-1);
      requestAnimationFrame(tick);
    };
    tick();
  });
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const worst = (list) => Math.max(...list);
const promptTab = await context.newPage();
// Warm: the login page loads, the watcher asks for the UI at once (a login route), X draws its step 600 ms later.
const warm = [];
for (let i = 0; i < 20; i++) {
  await promptTab.goto(`https://x.com/i/flow/login?ocf=1&step=code&method=app&delay=600&lang=${i % 2 ? 'ja' : 'en'}`);
  warm.push(await promptTab.evaluate(panelDelay));
}
// Cold: from the timeline (only the watcher loaded) to the code step without a reload, so the
// UI's injection and its texts are inside the measured time.
const cold = [];
for (let i = 0; i < 20; i++) {
  await promptTab.goto(`https://x.com/home?lang=${i % 2 ? 'ja' : 'en'}`);
  const measured = promptTab.evaluate(panelDelay);
  await promptTab.evaluate(() => {
    history.pushState({}, '', '/i/flow/login?ocf=1&step=code&method=app');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  cold.push(await measured);
}
await promptTab.close();
console.log('\nFrom the code step appearing to the panel visible (20 loads each, en and ja; target ≤ 100 ms at the median, goal one frame)');
console.log(`  login page loaded (UI injected while X draws): median ${median(warm).toFixed(0)} ms, worst ${worst(warm).toFixed(0)} ms`);
console.log(`  from the timeline, no reload (UI injected then): median ${median(cold).toFixed(0)} ms, worst ${worst(cold).toFixed(0)} ms`);

// 8. 1,000 SPA navigations ------------------------------------------------------
const navTab = await context.newPage();
await navTab.goto('https://x.com/settings?delay=0');
// Part of the scenario: the launcher is mounted before the first navigation is measured.
await navTab.waitForTimeout(800);
const navCdp = await context.newCDPSession(navTab);
await navCdp.send('Performance.enable');
const counters = async () => {
  await navCdp.send('HeapProfiler.collectGarbage');
  const dom = await navCdp.send('Memory.getDOMCounters');
  const perf = Object.fromEntries((await navCdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const hosts = await navTab.evaluate(() => document.querySelectorAll('x2fa-rescue').length);
  return { listeners: dom.jsEventListeners, nodes: dom.nodes, heap: perf.JSHeapUsedSize / 1024 / 1024, hosts };
};
const paths = ['/settings/security', '/i/flow/login?ocf=1&step=code&method=app', '/home', '/settings/account/login_verification', '/explore'];
const navigate = async (count) => {
  for (let i = 0; i < count; i++) {
    await navTab.evaluate(
      (path) => {
        history.pushState({}, '', path);
        dispatchEvent(new PopStateEvent('popstate'));
      },
      paths[i % paths.length],
    );
    // Part of the scenario: a person does not navigate 1,000 times without a pause; every 25
    // navigations the replica and the extension get to catch up, as in a real session.
    if (i % 25 === 24) await navTab.waitForTimeout(200);
  }
  // End on a settings page, where the launcher shows: the host must be there, once.
  await navTab.evaluate(() => {
    history.pushState({}, '', '/settings/security');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  // Part of the scenario: the counters are read once the last navigation has settled.
  await navTab.waitForTimeout(1000);
};
await navigate(50);
const navBefore = await counters();
await navigate(1000);
const navAfter = await counters();
await navTab.close();
console.log('\n1,000 SPA navigations between login, settings, timeline and explore pages (after a GC)');
console.log(
  `  UI hosts: ${navBefore.hosts} → ${navAfter.hosts}; event listeners: ${navBefore.listeners} → ${navAfter.listeners}; DOM nodes: ${navBefore.nodes} → ${navAfter.nodes}`,
);
console.log(`  JS heap (page and extension): ${navBefore.heap.toFixed(1)} MB → ${navAfter.heap.toFixed(1)} MB`);

await context.close();
await plainContext.close();
