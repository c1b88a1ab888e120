/**
 * The guides end to end: started from the popup, followed by clicking
 * only what the ring points at, on the replica of X, in each real browser.
 */
import { expect, it } from 'vitest';
import { type BrowserDriver, inShadow, type PageDriver, PHONE, WIDE } from './support/driver';
import { useBrowser } from './support/lifecycle';
import { contains } from './support/rects';
import type { Rect } from './support/page-probes';
import { sceneUrl } from './support/scenes';
import { hostileUnderRing, snapshotGuide, type GuideSnapshot, visibleBox } from './support/guide-probes';
import { clickControlWithText, holdsFor, poll, replicaRendered, startGuideFromPopup, waitFor } from './support/wait';

type Layout = 'wide' | 'narrow';

/** Where each step's target is on the replica (the test's own knowledge of X's page). */
const TARGETS: Record<string, Record<Layout, string>> = {
  'open-menu': { wide: '[data-testid="AppTabBar_More_Menu"]', narrow: '[data-testid="DashButton_ProfileIcon_Link"]' },
  'open-settings': { wide: '#layers a[href="/settings"]', narrow: '#layers a[href="/settings"]' },
  'account-access': { wide: '[data-testid="accountAccessLink"]', narrow: '[data-testid="accountAccessLink"]' },
  security: { wide: 'a[href="/settings/security"]', narrow: 'a[href="/settings/security"]' },
  'two-factor': { wide: 'a[href="/settings/account/login_verification"]', narrow: 'a[href="/settings/account/login_verification"]' },
  'backup-code': {
    wide: 'a[href="/settings/account/login_verification/backup_code"]',
    narrow: 'a[href="/settings/account/login_verification/backup_code"]',
  },
  'temporary-password': {
    wide: 'a[href="/settings/account/login_verification/temporary_password"]',
    narrow: 'a[href="/settings/account/login_verification/temporary_password"]',
  },
};

const PATH = ['open-menu', 'open-settings', 'account-access', 'security', 'two-factor'];
const EXPECTED = {
  'backup-code': [...PATH, 'backup-code', 'finish'],
  'temporary-password': [...PATH, 'temporary-password', 'finish'],
  'two-factor-methods': [...PATH, 'finish'],
} as const;
type GuideId = keyof typeof EXPECTED;

function guideState(page: PageDriver, accept: (guide: GuideSnapshot) => boolean, timeout = 6000): Promise<GuideSnapshot> {
  return poll(() => page.evaluate(snapshotGuide), accept, { timeout, what: 'the guide to reach the expected state' });
}

/** The replica has drawn the page for the current URL (after an SPA navigation too). */
const replicaCaughtUp = () => {
  const replica = (window as unknown as { __replica?: { renderedAt: number; scene: { path: string } } }).__replica;
  return Boolean(replica && replica.renderedAt > 0 && replica.scene.path === location.pathname);
};

/** What the extension has stored, as text. */
const storedText = async (browser: BrowserDriver) => JSON.stringify(await browser.extensionStorage());

export function describeGuides(launch: () => Promise<BrowserDriver>, { thorough }: { thorough: boolean }) {
  const session = useBrowser(launch);
  const newPage = (viewport = WIDE) => session.newPage(viewport);

  const startFromPopup = (guide: string, button?: string) => startGuideFromPopup(session.browser, guide, button);

  /** Follows the ring from step to step by clicking X's real element under it; `onRing` checks each
   * step's ring before the click. */
  async function follow(page: PageDriver, layout: Layout, onRing?: (step: string, ring: Rect) => Promise<void>): Promise<string[]> {
    const seen: string[] = [];
    let guide = await guideState(page, (t) => t.step !== null);
    while (guide.step && guide.step !== 'finish') {
      const step = guide.step;
      seen.push(step);
      const selector = TARGETS[guide.step]?.[layout];
      expect(selector, `a target for ${guide.step}`).toBeDefined();
      // X renders the new page a moment after the URL changes.
      await waitFor(page, new Function(`return document.querySelector(${JSON.stringify(selector)}) !== null`) as () => boolean).catch(() => {});
      const target = await page.evaluate(visibleBox, selector);
      expect(target, `${guide.step}: target on the page`).not.toBeNull();
      guide = await guideState(page, (t) => t.ring !== null && contains(t.ring, target!));
      expect(guide.callout && contains(guide.callout, target!)).toBeFalsy();
      await onRing?.(step, guide.ring!);
      const previous = guide.step;
      await page.clickAt((target!.left + target!.right) / 2, (target!.top + target!.bottom) / 2);
      guide = await guideState(page, (t) => t.step !== previous);
    }
    if (guide.step) seen.push(guide.step);
    return seen;
  }

  const runs: [GuideId, Layout, 'en' | 'ja', 'light' | 'dark'][] = [
    ['backup-code', 'wide', 'en', 'light'],
    ['backup-code', 'narrow', 'ja', 'dark'],
    ['temporary-password', 'wide', 'ja', 'light'],
    ['temporary-password', 'narrow', 'en', 'dark'],
    ['two-factor-methods', 'wide', 'en', 'dark'],
    ['two-factor-methods', 'narrow', 'ja', 'light'],
  ];
  for (const [guide, layout, lang, theme] of runs) {
    it(`${guide}: from the timeline to X's page, following only the ring (${layout}, ${lang}, ${theme})`, async () => {
      const page = await newPage(layout === 'wide' ? WIDE : PHONE);
      await page.goto(sceneUrl('home', { lang, theme, layout }));
      await replicaRendered(page);
      await startFromPopup(guide);
      expect(await follow(page, layout)).toEqual(EXPECTED[guide]);
    });
  }

  // Strangers' posts, cards, trends and user cells in X's words, some before X's nav in DOM order.
  const hostileRuns: [Layout, 'en' | 'ja'][] = thorough
    ? [
        ['wide', 'en'],
        ['narrow', 'ja'],
      ]
    : [['wide', 'ja']];
  for (const [layout, lang] of hostileRuns) {
    it(`backup-code on a hostile timeline: never rings a stranger's post, card, trend or user cell, and reaches X's page (${layout}, ${lang})`, async () => {
      const page = await newPage(layout === 'wide' ? WIDE : PHONE);
      await page.goto(sceneUrl('home-hostile', { lang, layout }));
      await replicaRendered(page);
      expect(await page.evaluate(() => document.querySelectorAll('[data-hostile="post"]').length)).toBeGreaterThan(60);
      await startFromPopup('backup-code');
      let checked = 0;
      const seen = await follow(page, layout, async (step, ring) => {
        const under = await page.evaluate(hostileUnderRing, ring);
        expect(under.hit, `${step}: a press at the ring's centre`).toBeNull();
        for (const box of under.boxes) expect(contains(ring, box), `${step}: ring around a stranger's ${JSON.stringify(box)}`).toBe(false);
        checked += under.boxes.length;
      });
      expect(seen).toEqual(EXPECTED['backup-code']);
      // The strangers were on screen beside the first ring: the checks compared something.
      expect(checked).toBeGreaterThan(0);
      await page.close();
    });
  }

  it('ends the methods guide on X’s real method rows (no names), in the page’s language, and on the old push row', async () => {
    for (const [id, lang, row] of [
      ['settings-2fa-sms', 'ja', 'CHECKBOX_1_LABEL'], // テキストメッセージ: the first row with one of X's method labels
      ['settings-2fa-push', 'en', 'CHECKBOX_1_LABEL'], // one "Verify login requests" row: found by position
    ] as const) {
      const page = await newPage(WIDE);
      await page.goto(sceneUrl(id, { lang, shape: 1 }));
      await waitFor(page, () => document.querySelector('input[type="checkbox"][aria-describedby]') !== null);
      await startFromPopup('two-factor-methods');
      const selector = `label:has(input[aria-describedby="${row}"])`;
      const target = await page.evaluate(visibleBox, selector);
      expect(target, id).not.toBeNull();
      const done = await guideState(page, (t) => t.step === 'finish' && t.ring !== null && contains(t.ring, target!));
      expect(done.buttons).toContain('finish');
      await page.click(inShadow('[data-rescue="finish"]'));
      await guideState(page, (t) => t.step === null);
      await page.close();
    }
  });

  it('on a phone, the instruction leaves X’s section heading and every control free, and the ring stays on screen', async () => {
    for (const lang of thorough ? (['en', 'ja', 'es'] as const) : (['en'] as const)) {
      const page = await newPage(PHONE);
      await page.goto(sceneUrl('settings-2fa', { lang, layout: 'narrow' }));
      await waitFor(page, () => document.querySelector('a[href="/settings/account/login_verification/backup_code"]') !== null);
      await startFromPopup('backup-code');
      const backup = await page.evaluate(visibleBox, TARGETS['backup-code']!.narrow);
      const guide = await guideState(page, (t) => t.step === 'backup-code' && t.ring !== null && t.callout !== null && contains(t.ring, backup!));
      // The ring's stroke stays within the screen around a row as wide as the screen.
      expect(guide.ring!.left, lang).toBeGreaterThanOrEqual(0);
      expect(guide.ring!.right, lang).toBeLessThanOrEqual(PHONE.width);
      // "Additional methods" (the heading above the ring) and X's controls stay uncovered.
      const free = await page.evaluate((callout: Rect) => {
        const hits: string[] = [];
        for (const el of document.querySelectorAll('h1, h2, [role="heading"], input, button, a[href], [role="button"]')) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.bottom < 0 || r.top > innerHeight) continue;
          if (r.left < callout.right && callout.left < r.right && r.top < callout.bottom && callout.top < r.bottom)
            hits.push((el.textContent ?? '').trim().slice(0, 30));
        }
        return hits;
      }, guide.callout!);
      expect(free, `${lang}: what the instruction covers`).toEqual([]);
      await page.close();
    }
  });

  it('says when X does not offer a temporary password to the account, and switches to the backup-code guide', async () => {
    const page = await newPage(WIDE);
    await page.goto(sceneUrl('settings-2fa-notemp', { lang: 'en' }));
    await waitFor(page, () => document.querySelector('a[href="/settings/account/login_verification/backup_code"]') !== null);
    await startFromPopup('temporary-password');
    const missing = await guideState(page, (t) => t.buttons.includes('switch-guide'));
    expect(missing.text).toContain('Temporary password');
    // The ring shows the alternative already on the page: X's "Backup codes".
    const backup = await page.evaluate(visibleBox, TARGETS['backup-code']!.wide);
    expect(missing.ring && contains(missing.ring, backup!)).toBe(true);
    await page.click(inShadow('[data-rescue="switch-guide"]'));
    const switched = await guideState(page, (t) => t.step === 'backup-code' && t.ring !== null);
    expect(switched.text).toContain('Backup codes');
    expect(switched.buttons).not.toContain('switch-guide');
    await page.close();
  });

  it('waits while X asks for the password, then ends in a clear “done”', async () => {
    const page = await newPage(WIDE);
    await page.goto(sceneUrl('settings-2fa', { lang: 'en' }));
    await replicaRendered(page);
    await startFromPopup('backup-code');
    await follow(page, 'wide');
    const waiting = await guideState(page, (t) => t.step === 'finish');
    expect(waiting.text).toContain('password');
    expect(waiting.buttons).not.toContain('finish');
    await page.type('input[type="password"]', 'not-a-real-password');
    await clickControlWithText(page, '^\\s*Confirm\\s*$');
    const done = await guideState(page, (t) => t.buttons.includes('finish'));
    expect(done.text).toContain('backup code');
    await page.click(inShadow('[data-rescue="finish"]'));
    await guideState(page, (t) => t.step === null);
    const stored = JSON.stringify(await session.browser.extensionStorage());
    expect(stored).not.toContain('not-a-real-password');
    await page.close();
  });

  it('explains when a target cannot be found, and lets the user skip the step', async () => {
    const page = await newPage(WIDE);
    await page.goto(sceneUrl('home', { lang: 'en' }));
    await waitFor(page, () => document.querySelector('[data-testid="AppTabBar_More_Menu"]') !== null);
    // As if X renamed its menu: no test id, another label.
    await page.evaluate(() => {
      const more = document.querySelector('[data-testid="AppTabBar_More_Menu"]');
      more?.removeAttribute('data-testid');
      for (const span of more?.querySelectorAll('span') ?? []) if (span.textContent === 'More') span.textContent = 'Menu';
    });
    await startFromPopup('backup-code');
    const first = await guideState(page, (t) => t.step === 'open-menu');
    expect(first.buttons).not.toContain('skip');
    const fallback = await guideState(page, (t) => t.buttons.includes('skip'), 8000);
    expect(fallback.ring).toBeNull();
    expect(fallback.buttons).toEqual(expect.arrayContaining(['found', 'skip']));
    await page.click(inShadow('[data-rescue="skip"]'));
    await guideState(page, (t) => t.step === 'open-settings');
    await page.close();
  });

  it('survives a reload, ends on Esc, and resumes from the popup', async () => {
    const page = await newPage(WIDE);
    await page.goto(sceneUrl('settings-security', { lang: 'en' }));
    await replicaRendered(page);
    await startFromPopup('temporary-password');
    await guideState(page, (t) => t.step === 'two-factor' && t.ring !== null);
    await page.reload();
    await guideState(page, (t) => t.step === 'two-factor' && t.ring !== null);
    await page.press('Escape');
    await guideState(page, (t) => t.step === null);
    await startFromPopup('temporary-password', 'resume-guide');
    await guideState(page, (t) => t.step === 'two-factor' && t.ring !== null);
    await page.click(inShadow('[data-rescue="close"]'));
    await guideState(page, (t) => t.step === null);
    await page.close();
  });

  it('keeps the ring on its target when X re-renders, the page scrolls and the window resizes', async () => {
    const page = await newPage({ width: 1280, height: 420 });
    await page.goto(sceneUrl('settings-2fa', { lang: 'ja' }));
    await replicaRendered(page);
    await startFromPopup('backup-code');
    const selector = TARGETS['backup-code']!.wide;
    const ringHolds = async () => {
      const target = await page.evaluate(visibleBox, selector);
      expect(target).not.toBeNull();
      await guideState(page, (t) => t.ring !== null && contains(t.ring, target!));
    };
    await ringHolds();
    // X draws the page anew (synchronously in the replica): the ringed element is replaced by a copy.
    await page.evaluate(() => (window as unknown as { __replica: { rerender(): void } }).__replica.rerender());
    await ringHolds();
    // The scroll proves the ring follows X's new element: the detached one no longer moves.
    await page.evaluate(() => {
      document.scrollingElement?.scrollBy(0, 120);
      for (const el of document.querySelectorAll('main, [data-testid="primaryColumn"], section')) el.scrollBy?.(0, 120);
    });
    await ringHolds();
    await page.evaluate(() => window.dispatchEvent(new Event('resize')));
    await ringHolds();
  });

  const navigations = thorough ? 150 : 100;
  it(`keeps one UI host and a flat listener count through ${navigations} SPA navigations`, async () => {
    const page = await newPage(WIDE);
    await page.goto(sceneUrl('home', { lang: 'en' }));
    await replicaRendered(page);
    await startFromPopup('two-factor-methods');
    await guideState(page, (t) => t.step === 'open-menu');
    const paths = ['/settings', '/settings/security', '/explore', '/settings/account/login_verification', '/home'];
    const navigate = async (count: number) => {
      for (let i = 0; i < count; i++) {
        await page.evaluate(
          (path) => {
            history.pushState({}, '', path);
            dispatchEvent(new PopStateEvent('popstate'));
          },
          paths[i % paths.length],
        );
        // Now and then, as a person would, let X's replica draw the page before moving on.
        if (i % 10 === 9) await waitFor(page, replicaCaughtUp);
      }
      // Counted once the replica has drawn the last page (the timeline) and the guide rings its menu again.
      await waitFor(page, replicaCaughtUp);
      await guideState(page, (t) => t.step === 'open-menu' && t.ring !== null);
    };
    await navigate(30);
    const before = await session.browser.domCounters?.(page);
    await navigate(navigations);
    const after = await session.browser.domCounters?.(page);
    const guide = await guideState(page, (t) => t.step === 'open-menu' && t.ring !== null);
    expect(guide.step).toBe('open-menu');
    expect(await page.evaluate(() => document.querySelectorAll('x2fa-rescue').length)).toBe(1);
    if (before && after) {
      // Listeners of the extension and of the replica together (flat when measured: 23 → 23).
      expect(after.listeners - before.listeners).toBeLessThanOrEqual(3);
      expect(after.nodes - before.nodes).toBeLessThanOrEqual(50);
    }
  });

  // Two windows, each with X open: the guide runs where the popup was opened, the newer window or the older.
  for (const popupIn of ['newer', 'older'] as const) {
    it(`from the popup, with x.com tabs in two windows: runs in the popup’s window, here the ${popupIn} one`, async () => {
      const older = session.track(await session.browser.newWindow());
      const newer = session.track(await session.browser.newWindow());
      for (const page of [older, newer]) {
        await page.goto(sceneUrl('home', { lang: 'en' }));
        await replicaRendered(page);
      }
      const [mine, other] = popupIn === 'newer' ? [newer, older] : [older, newer];
      await startGuideFromPopup(session.browser, 'backup-code', 'start-guide', { besides: mine });
      expect((await guideState(mine, (t) => t.step === 'open-menu' && t.ring !== null)).step).toBe('open-menu');
      // The other window's tab is left alone (it would show the guide within a few hundred ms).
      await holdsFor(
        () => other.evaluate(snapshotGuide),
        (t) => t.step === null,
        1500,
        'no guide in the other window',
      );
    });
  }

  it('keeps the turn-it-back-on reminder in the popup until ticked', async () => {
    // The reminder comes from the methods guide's last page: reach it first.
    const page = await newPage(WIDE);
    await page.goto(sceneUrl('settings-2fa-sms', { lang: 'en', shape: 1 }));
    await waitFor(page, () => document.querySelector('input[type="checkbox"][aria-describedby]') !== null);
    await startFromPopup('two-factor-methods');
    await guideState(page, (t) => t.step === 'finish' && t.buttons.includes('finish'));
    // The popup reads the reminder when it opens; it is stored a moment after the last page shows.
    const popup = await poll(
      async () => {
        const opened = session.track(await session.browser.openPopup());
        const shown = await waitFor(opened, () => document.querySelector('[data-rescue="reminder"]') !== null, 1500).then(
          () => true,
          () => false,
        );
        if (shown) return opened;
        await opened.close();
        return null;
      },
      (opened) => opened !== null,
      { what: 'the reminder in the popup' },
    );
    const before = await storedText(session.browser);
    await popup!.click('[data-rescue="reminder"] input[type="checkbox"]');
    await poll(
      () => storedText(session.browser),
      (stored) => stored !== before,
      { what: 'the ticked reminder to be saved' },
    );
    await popup!.close();
    const again = await session.browser.openPopup();
    await waitFor(again, () => document.querySelectorAll('[data-rescue="start-guide"]').length === 3);
    expect(await again.evaluate(() => document.querySelector('[data-rescue="reminder"]') === null)).toBe(true);
    await again.close();
  });
}
