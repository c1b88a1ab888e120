// npm run demo — the built extension in Chromium on the local replica of X.
// No X account and no network: x.com is answered from tests/fixtures/replica.
// With a display, a browser window opens on an index of every page state.
// Without one (or with --shots DIR), it takes a screenshot of each state instead.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execSync } from 'node:child_process';
import { CHROME_BUILD, chromeExtensionUrl, extensionWorker, launchChromiumContext, serveReplica } from '../tests/e2e/support/browsers.js';
import { SCENES } from '../tests/fixtures/replica/x-replica.js';

const root = resolve(import.meta.dirname, '..');
const extension = CHROME_BUILD;
const shotsArg = process.argv.indexOf('--shots');
const shotsDir = shotsArg > 0 ? resolve(process.argv[shotsArg + 1] ?? 'demo-shots') : undefined;
const headed = Boolean(process.env.DISPLAY) && !shotsDir;

if (!existsSync(join(extension, 'manifest.json'))) execSync('npm run build', { cwd: root, stdio: 'inherit' });

/** The demo's start page: every scene in each language, theme and layout. */
function indexPage() {
  const doc = [
    '<!doctype html><meta charset="utf-8"><title>2FA Rescue demo</title>',
    '<style>body{font:15px system-ui;margin:2em;max-width:60em}td{padding:2px 8px}</style>',
    '<h1>2FA Rescue for X — demo on a local replica of X</h1>',
    '<p>Every page below is a local imitation of x.com. The extension runs as it would on the real site.</p><table>',
  ];
  for (const scene of SCENES) {
    const links = ['en', 'ja'].flatMap((lang) =>
      ['light', 'dark'].map((theme) => {
        const url = new URL(scene.url, 'https://x.com');
        url.searchParams.set('lang', lang);
        url.searchParams.set('theme', theme);
        return `<a href="${url.href}">${lang} ${theme}</a>`;
      }),
    );
    doc.push(`<tr><td>${scene.id}</td><td>${scene.expect.context}</td><td>${links.join(' · ')}</td></tr>`);
  }
  return `${doc.join('\n')}</table>`;
}

const context = await launchChromiumContext({ extensionDir: extension, headless: !headed });
await serveReplica(context, { '/__demo': indexPage() });

if (headed) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://x.com/__demo');
  console.log('Demo open in Chromium. Close the window to end.');
  await new Promise((done) => context.on('close', done));
} else {
  const dir = shotsDir ?? join(root, '.output/demo');
  mkdirSync(dir, { recursive: true });
  const shots = [
    ['flow-code-app', 'en', 'light', 'wide'],
    ['flow-code-app', 'ja', 'dark', 'wide'],
    ['flow-code-sms', 'ja', 'light', 'narrow'],
    ['jf-code', 'en', 'dark', 'wide'],
    ['flow-choose', 'en', 'light', 'wide'],
    ['settings-security', 'ja', 'dark', 'wide'],
    ['password-change', 'en', 'light', 'wide'],
    ['jf-code-sms', 'ja', 'dark', 'wide'],
    ['method-off', 'en', 'light', 'wide'],
  ];
  for (const [id, lang, theme, layout] of shots) {
    const scene = SCENES.find((s) => s.id === id);
    const url = new URL(scene.url, 'https://x.com');
    Object.entries({ lang, theme, layout }).forEach(([k, v]) => url.searchParams.set(k, v));
    const page = await context.newPage();
    if (layout === 'narrow') await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url.href);
    await page.waitForTimeout(1200);
    if (id.startsWith('settings')) {
      await page.locator('x2fa-rescue [data-rescue="launcher"]').click();
      await page.waitForTimeout(300);
    }
    const file = join(dir, `${id}-${lang}-${theme}-${layout}.png`);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.close();
  }
  // The first view at the 2026 code step, in each of the ten languages: what a person sees before
  // scrolling (X's login words stay English outside en and ja: the replica does not know them).
  for (const lang of ['en', 'ja', 'es', 'pt', 'fr', 'de', 'ko', 'id', 'tr', 'ar']) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`https://x.com/i/jf/onboarding/web?mode=login&method=app&lang=${lang}#/s/two_factor_code/a3`);
    await page.locator('x2fa-rescue [data-rescue="panel"]').waitFor();
    await page.waitForTimeout(600);
    const file = join(dir, `first-view-${lang}.png`);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.close();
  }
  // The recovery plan and the request to X Support, as a person would fill them in.
  {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('https://x.com/i/flow/login?ocf=1&step=code&method=app&lang=ja&theme=dark');
    await page.waitForTimeout(1200);
    await page.locator('x2fa-rescue [data-rescue="open-assistant"]').click();
    await page.locator('x2fa-rescue input[data-have="email"]').check();
    await page.locator('x2fa-rescue input[data-have="device"]').check();
    await page.screenshot({ path: join(dir, 'assistant-ja-dark.png') });
    await page.locator('x2fa-rescue [data-rescue="open-composer"]').click();
    await page.locator('x2fa-rescue #composer-username').fill('hanako_x');
    await page.locator('x2fa-rescue #composer-output').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(dir, 'composer-ja-dark.png') });
    console.log(`wrote ${join(dir, 'assistant-ja-dark.png')} and composer-ja-dark.png`);
    await page.close();
  }
  const worker = await extensionWorker(context);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 720 });
  await popup.goto(chromeExtensionUrl(worker, 'popup.html'));
  await popup.locator('[data-item="authenticator-app"] input').check();
  await popup.locator('[data-item="backup-codes"] input').check();
  const file = join(dir, 'popup-en.png');
  await popup.screenshot({ path: file, fullPage: true });
  console.log(`wrote ${file}`);

  // A guide: started from the popup, one step taken by clicking what the ring points at.
  for (const [lang, theme] of [
    ['en', 'light'],
    ['ja', 'dark'],
  ]) {
    const tab = await context.newPage();
    await tab.goto(`https://x.com/home?lang=${lang}&theme=${theme}`);
    await tab.waitForTimeout(600);
    const starter = await context.newPage();
    await starter.goto(chromeExtensionUrl(worker, 'popup.html'));
    await starter.locator('[data-rescue="start-guide"][data-guide="backup-code"]').click();
    await tab.waitForTimeout(800);
    await tab.locator('[data-testid="AppTabBar_More_Menu"]').click();
    await tab.waitForTimeout(800);
    const shot = join(dir, `guide-step-${lang}-${theme}.png`);
    await tab.screenshot({ path: shot });
    console.log(`wrote ${shot}`);
    await tab.close();
  }
  await context.close();

  // Four more languages, each in a browser that speaks it (the popup follows the browser's
  // language, the page UI follows X's page). The replica draws X's own labels in these languages
  // on the settings path; X's other words in them are unknown, so its login page stays English and
  // only our panel is pictured there.
  for (const [lang, theme] of [
    ['es', 'light'],
    ['pt', 'dark'],
    ['ko', 'light'],
    ['ar', 'dark'],
  ]) {
    const speaking = await launchChromiumContext({ extensionDir: extension, locale: lang });
    await serveReplica(speaking);
    const speakingWorker = await extensionWorker(speaking);

    const prompt = await speaking.newPage();
    await prompt.goto(`https://x.com/i/flow/login?ocf=1&step=code&method=app&lang=${lang}&theme=${theme}`);
    const panel = prompt.locator('x2fa-rescue [data-rescue="panel"]');
    await panel.waitFor();
    await prompt.waitForTimeout(600);
    await panel.screenshot({ path: join(dir, `panel-${lang}-${theme}.png`) });
    await prompt.close();

    const tab = await speaking.newPage();
    await tab.setViewportSize({ width: 390, height: 844 });
    await tab.goto(`https://x.com/settings/account/login_verification?lang=${lang}&theme=${theme}&layout=narrow`);
    await tab.waitForTimeout(600);
    const starter = await speaking.newPage();
    await starter.setViewportSize({ width: 380, height: 720 });
    await starter.goto(chromeExtensionUrl(speakingWorker, 'popup.html'));
    await starter.locator('[data-item="authenticator-app"] input').check();
    await starter.screenshot({ path: join(dir, `popup-${lang}.png`), fullPage: true });
    await starter.locator('[data-rescue="start-guide"][data-guide="backup-code"]').click();
    await tab.locator('x2fa-rescue [data-rescue="highlight"]').waitFor();
    await tab.waitForTimeout(800);
    await tab.screenshot({ path: join(dir, `guide-step-${lang}-${theme}-narrow.png`) });
    console.log(`wrote panel-${lang}-${theme}.png, popup-${lang}.png and guide-step-${lang}-${theme}-narrow.png`);
    await speaking.close();
  }
}
