/**
 * Guides on pages full of strangers' words (issue 19, part 4): on x.com anyone can write X's labels
 * (a display name "More", a card titled "Two-factor authentication", linked words in a post). A
 * guide's target is always in X's own chrome, never in people's content, and its links stay on X;
 * nothing people wrote makes a step count as reached.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useFakeLayout } from '../../support/fake-layout';
import { GUIDES } from '../../../../src/guides/in-page/guides';
import { quotedLabel } from '../../../../src/guides/in-page/quoted-label';
import { resolvePosition, type GuidePosition } from '../../../../src/guides/in-page/resolve-position';
import { locateTarget } from '../../../../src/page/locate';
import { UI_LANGUAGES, type UiLanguage } from '../../../../src/page/page-language';
import { anyOf } from '../../../../src/page/selectors';
import { TARGETS, type TargetName } from '../../../../src/page/targets';
import { X_LABELS } from '../../../../src/page/x-labels';
import { hostileWords, renderScene, sceneFromUrl } from '../../../fixtures/replica/x-replica.js';

beforeEach(useFakeLayout);

type Layout = 'wide' | 'narrow';
const backup = GUIDES['backup-code'];
const TARGET_NAMES = Object.keys(TARGETS) as TargetName[];
/** Our ten languages, and Italian: a page language outside them (the guide then speaks English). */
const PAGE_LANGUAGES = [...UI_LANGUAGES, 'it'] as const;
const uiLanguageOf = (lang: (typeof PAGE_LANGUAGES)[number]): UiLanguage => (lang === 'it' ? 'en' : lang);

function at(path: string, lang: (typeof PAGE_LANGUAGES)[number] = 'en', layout: Layout = 'wide'): URL {
  const url = new URL(path, 'https://x.com');
  renderScene(document, { ...sceneFromUrl(url.href), lang: lang === 'it' ? 'en' : lang, layout });
  if (lang === 'it') document.documentElement.lang = 'it';
  return url;
}

const where = (position: GuidePosition) => (position.kind === 'step' ? position.step.id : position.kind);
const targetOf = (position: GuidePosition) =>
  position.kind === 'finish' || position.kind === 'step' || position.kind === 'unavailable' ? position.target : undefined;

/** What X renders into #layers when the More menu is open. */
function openMoreMenu(label: string, attrs: Record<string, string> = { href: '/settings', 'data-testid': 'settings' }) {
  const menu = document.createElement('div');
  menu.setAttribute('role', 'menu');
  menu.setAttribute('data-testid', 'Dropdown');
  const link = document.createElement('a');
  for (const [name, value] of Object.entries(attrs)) link.setAttribute(name, value);
  link.setAttribute('role', 'menuitem');
  const span = document.createElement('span');
  span.textContent = label;
  link.append(span);
  menu.append(link);
  (document.getElementById('layers') ?? document.body).append(menu);
  return link;
}

/** The test's own statement of what a guide may point at: X's chrome, never people's content. */
function expectSafe(el: Element | undefined, what: string, settings = false) {
  if (!el) return;
  const chrome = settings ? `${anyOf('guideChrome')},${anyOf('settingsChrome')}` : anyOf('guideChrome');
  expect(el.closest(chrome), `${what}: in X's chrome`).not.toBeNull();
  expect(el.closest('[data-hostile]'), `${what}: not a stranger's`).toBeNull();
  expect(
    el.closest('article, [data-testid="tweet"], [data-testid="UserCell"], [data-testid="card.wrapper"], [data-testid="trend"], [data-testid="sidebarColumn"]'),
  ).toBeNull();
  for (const link of [el.closest('a[href]'), ...el.querySelectorAll('a[href]')]) {
    if (!link) continue;
    const to = new URL(link.getAttribute('href') ?? '', 'https://x.com/');
    expect(['x.com', 'mobile.x.com', 'twitter.com', 'mobile.twitter.com'], `${what}: ${to.href}`).toContain(to.hostname);
    expect(to.protocol).toBe('https:');
  }
}

describe('the replica’s hostile timeline', () => {
  it('writes X’s words in all ten languages and Italian, some before X’s navigation in DOM order', () => {
    at('/home?hostile=1');
    const words = hostileWords();
    expect(new Set(words.map(([lang]) => lang))).toEqual(new Set([...UI_LANGUAGES, 'it']));
    for (const lang of UI_LANGUAGES) {
      for (const key of ['more', 'settingsAndPrivacy', 'securityAndAccountAccess', 'twoFactor', 'backupCodes'] as const) {
        expect(
          words.some(([l, , word]) => l === lang && word === X_LABELS[lang][key]),
          `${lang} ${key}`,
        ).toBe(true);
      }
    }
    const post = document.querySelector('[data-hostile="post"]');
    const nav = document.querySelector('[data-testid="AppTabBar_More_Menu"]');
    expect(post && nav && post.compareDocumentPosition(nav) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(document.querySelectorAll('[data-hostile="post"] a[href^="/settings"]').length).toBeGreaterThan(5);
    expect(document.querySelector('[data-testid="card.wrapper"] a[href^="https://evil.example"]')).not.toBeNull();
  });
});

describe('guide targets on pages full of strangers’ words', () => {
  for (const lang of PAGE_LANGUAGES) {
    for (const layout of ['wide', 'narrow'] as const) {
      it(`points only at X's chrome on a hostile timeline and explore page (${lang}, ${layout})`, () => {
        for (const path of ['/home?hostile=1', '/explore?hostile=1']) {
          const url = at(path, lang, layout);
          const ui = uiLanguageOf(lang);
          for (const name of TARGET_NAMES) expectSafe(locateTarget(document, name, ui, url), `${path} ${name}`);
          const position = resolvePosition(backup, url, document, ui, []);
          // A post linking to /settings, or a card with X's own test id, is no open menu.
          expect(where(position), path).toBe('open-menu');
          const testId = layout === 'wide' ? 'AppTabBar_More_Menu' : 'DashButton_ProfileIcon_Link';
          expect(targetOf(position)?.getAttribute('data-testid'), path).toBe(testId);
          // Once X's menu is open, its link, not a stranger's.
          const link = openMoreMenu(lang === 'it' ? 'Impostazioni e privacy' : X_LABELS[lang].settingsAndPrivacy);
          const open = resolvePosition(backup, url, document, ui, []);
          expect(where(open), path).toBe('open-settings');
          expect(targetOf(open), path).toBe(link);
        }
      });

      it(`never rings a stranger when X renames its test ids and links (${lang}, ${layout})`, () => {
        const url = at('/home?hostile=1', lang, layout);
        const ui = uiLanguageOf(lang);
        // X's chrome without test ids: only its label can choose, and only among X's own items.
        for (const el of document.querySelectorAll('[data-testid^="AppTabBar_"], [data-testid="DashButton_ProfileIcon_Link"]'))
          el.removeAttribute('data-testid');
        const position = resolvePosition(backup, url, document, ui, []);
        expect(where(position)).toBe('open-menu');
        const target = targetOf(position);
        expectSafe(target, 'open-menu');
        if (target) expect(target.closest('header[role="banner"]'), 'the left nav’s own More').not.toBeNull();
        // The menu item renamed too: nothing to ring rather than a post with the same words.
        const item = openMoreMenu(lang === 'it' ? 'Impostazioni e privacy' : X_LABELS[lang].settingsAndPrivacy, { href: '/i/settings-renamed' });
        // A label never shows a step reached: the menu's opening is seen by structure only.
        expect(where(resolvePosition(backup, url, document, ui, []))).toBe('open-menu');
        const open = resolvePosition(backup, url, document, ui, ['open-menu']);
        expect(where(open)).toBe('open-settings');
        expectSafe(targetOf(open), 'open-settings');
        if (lang !== 'it') expect(targetOf(open)).toBe(item);
        else expect(targetOf(open)).toBeUndefined();
      });
    }
  }

  it('leaves a stranger’s words unquoted: a label is read only from the item found by structure', () => {
    const url = at('/home?hostile=1');
    document.documentElement.lang = 'it';
    const link = openMoreMenu('Impostazioni e privacy');
    const open = resolvePosition(backup, url, document, 'en', []);
    expect(open.kind === 'step' && open.quoteFrom).toBe(link);
    expect(quotedLabel('settingsAndPrivacy', 'en', false, open.kind === 'step' ? open.quoteFrom : undefined)).toBe('Impostazioni e privacy');
    // Found by X's label (no test id, no href): quoted as X's label, never read from the page.
    link.removeAttribute('data-testid');
    link.setAttribute('href', '/i/settings-renamed');
    link.firstElementChild!.textContent = 'Settings and privacy';
    // (A label never shows the menu open: the user has said so by skipping that step.)
    const byLabel = resolvePosition(backup, url, document, 'en', ['open-menu']);
    expect(byLabel.kind === 'step' && byLabel.target).toBe(link);
    expect(byLabel.kind === 'step' && byLabel.quoteFrom).toBeUndefined();
  });

  it('passes over an item of X’s chrome whose link leaves X, or that is not live', () => {
    const url = at('/home?hostile=1');
    const evil = openMoreMenu('Settings and privacy', { href: 'https://evil.example/settings', 'data-testid': 'settings' });
    const script = openMoreMenu('Settings and privacy', { href: 'javascript:void 0', 'data-testid': 'settings' });
    const hidden = openMoreMenu('Settings and privacy', { href: '/settings', 'data-testid': 'settings' });
    hidden.closest('[role="menu"]')!.setAttribute('aria-hidden', 'true');
    const real = openMoreMenu('Settings and privacy');
    expect(locateTarget(document, 'settingsLink', 'en', url)).toBe(real);
    const target = targetOf(resolvePosition(backup, url, document, 'en', []));
    expect(target).toBe(real);
    expect([evil, script, hidden]).not.toContain(target);
  });

  it('never counts a step reached because of what a post shows', () => {
    const url = at('/home?hostile=1');
    // A stranger's post holding X's own settings link shape, test id and all, is not X's menu.
    const post = document.querySelector('[data-hostile="post"] [data-testid="tweetText"]')!;
    post.insertAdjacentHTML('beforeend', '<a href="/settings" data-testid="settings" role="menuitem">Settings and privacy</a>');
    expect(locateTarget(document, 'settingsLink', 'en', url, { structureOnly: true })).toBeUndefined();
    expect(where(resolvePosition(backup, url, document, 'en', []))).toBe('open-menu');
  });

  it('ignores a post on a settings page, even with X’s links in it', () => {
    for (const lang of ['en', 'ja'] as const) {
      const url = at('/settings/security', lang);
      const detail = document.querySelector('a[href="/settings/account/login_verification"]')!.parentElement!;
      detail.insertAdjacentHTML(
        'afterbegin',
        '<article data-testid="tweet"><a href="/settings/account/login_verification" id="stranger"><span>Two-factor authentication</span></a></article>',
      );
      const position = resolvePosition(backup, url, document, lang, []);
      expect(where(position)).toBe('two-factor');
      expect(targetOf(position)?.id).not.toBe('stranger');
      expectSafe(targetOf(position), 'two-factor', true);
    }
  });
});

describe('the security page’s Passkeys and password reset protection', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`are never a target nor a method row (${lang})`, () => {
      const url = at('/settings/security', lang);
      const passkeys = document.querySelector('a[href="/settings/account/passkey"]');
      const protect = document.querySelector('input[name="protect_password_reset"]');
      expect(passkeys?.textContent).toContain(lang === 'ja' ? 'パスキーを管理' : 'Manage passkeys');
      expect(protect).not.toBeNull();
      // Passkeys come above two-factor authentication (docs/x-facts.md F12).
      const twoFactor = document.querySelector('a[href="/settings/account/login_verification"]')!;
      expect(passkeys!.compareDocumentPosition(twoFactor) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      const outside = (el: Element | undefined) => !el || (!el.contains(protect) && el !== passkeys && !el.closest('[aria-labelledby="passkeys-header"]'));
      for (const name of TARGET_NAMES) expect(outside(locateTarget(document, name, lang, url)), name).toBe(true);
      expect(locateTarget(document, 'methodRows', lang, url)).toBeUndefined();
      const position = resolvePosition(backup, url, document, lang, []);
      expect(targetOf(position)).toBe(twoFactor);
      const methods = resolvePosition(GUIDES['two-factor-methods'], url, document, lang, []);
      expect(targetOf(methods)).toBe(twoFactor);
    });
  }

  it('picks method rows only among the two-factor page’s unnamed checkboxes', () => {
    for (const search of ['', '?push=1']) {
      const url = at(`/settings/account/login_verification${search}`, 'ko');
      // As if X drew a named setting above the methods: never a method row, even by position.
      const first = document.querySelector('label:has(input[aria-describedby])')!;
      first.insertAdjacentHTML(
        'beforebegin',
        '<label id="named"><span>Password reset protect</span><input type="checkbox" name="protect_password_reset"></label>',
      );
      const row = locateTarget(document, 'methodRows', 'ko', url);
      expect(row?.id, search).not.toBe('named');
      expect(row?.querySelector('input[aria-describedby="CHECKBOX_1_LABEL"]'), search).not.toBeNull();
    }
  });
});
