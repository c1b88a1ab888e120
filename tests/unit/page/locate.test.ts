import { beforeEach, afterEach, describe, expect, it, vi } from 'vitest';
import { coverWith, hitTestWith, placeAt, useFakeLayout } from '../support/fake-layout';
import { locate, locateTarget, lookingOnce } from '../../../src/page/locate';
import { anyOf } from '../../../src/page/selectors';

// Boxes for every rendered element (happy-dom has no layout): classification reads only the live step.
beforeEach(useFakeLayout);

/** A settings page: its main column is X's chrome there (selectors.ts, settingsChrome). */
const SETTINGS = new URL('https://x.com/settings/security');
const TWO_FACTOR = new URL('https://x.com/settings/account/login_verification');

function html(markup: string) {
  // Test-only markup, written here: never page or user text.
  document.body.innerHTML = `<main role="main">${markup}</main>`;
}

describe('locate', () => {
  afterEach(() => document.body.replaceChildren());

  it('tries the chain in order: test id, then link, then label', () => {
    html(`<a href="/settings/security_and_account_access" id="by-href">x</a><a data-testid="accountAccessLink" id="by-id">y</a>`);
    expect(locateTarget(document, 'accountAccessLink', 'en', SETTINGS)?.id).toBe('by-id');
    document.getElementById('by-id')?.remove();
    expect(locateTarget(document, 'accountAccessLink', 'en', SETTINGS)?.id).toBe('by-href');
    document.getElementById('by-href')?.remove();
    html(`<div role="link" id="by-label"><span>Security and account access</span><span>Manage your account’s security</span></div>`);
    expect(locateTarget(document, 'accountAccessLink', 'en', SETTINGS)?.id).toBe('by-label');
  });

  it('matches a label exactly, not as a part of a longer one', () => {
    html(`<a role="link" id="long"><span>Security and account access</span></a><a role="link" id="exact"><span>Security</span></a>`);
    expect(locate(document, [{ label: 'security' }], 'en', SETTINGS)?.id).toBe('exact');
  });

  it('uses the page’s language first, then English', () => {
    html(`<div role="button" id="en"><span>Security</span></div><div role="button" id="ja"><span>セキュリティ</span></div>`);
    expect(locate(document, [{ label: 'security' }], 'ja', SETTINGS)?.id).toBe('ja');
    document.getElementById('ja')?.remove();
    expect(locate(document, [{ label: 'security' }], 'ja', SETTINGS)?.id).toBe('en');
  });

  it('accepts absolute links to x.com', () => {
    html(`<a href="https://x.com/settings/security" id="abs">Security</a>`);
    expect(locateTarget(document, 'securityLink', 'en', SETTINGS)?.id).toBe('abs');
  });

  it('finds a method row by X’s label in the page’s language, never by name, and points at the row', () => {
    // As on the live site (2026-08): no name, no test id, only the label's words.
    html(`<label id="other"><span>Protect your posts</span><input type="checkbox"></label>
      <label id="sms"><div><span>Text message</span></div><input type="checkbox" aria-describedby="CHECKBOX_1_LABEL"></label>
      <label id="app"><div><span>認証アプリ</span></div><input type="checkbox" aria-describedby="CHECKBOX_2_LABEL"></label>`);
    expect(locateTarget(document, 'methodRows', 'ja', TWO_FACTOR)?.id).toBe('app');
    expect(locateTarget(document, 'methodRows', 'en', TWO_FACTOR)?.id).toBe('sms');
  });

  it('falls back to the first checkbox row by position, in a language it has no words for', () => {
    html(`<label id="first"><span>Zwei-Faktor per SMS</span><input type="checkbox"></label><label id="second"><span>App</span><input type="checkbox"></label>`);
    expect(locateTarget(document, 'methodRows', 'en', TWO_FACTOR)?.id).toBe('first');
  });

  it('takes only live candidates: not the covered copy, not one parked off the page; off-screen stays eligible', () => {
    document.body.innerHTML = `<div id="layers"><div role="menu" data-testid="Dropdown">
      <a href="/settings" data-testid="settings" id="under">Settings and privacy</a><a href="/settings" data-testid="settings" id="over">Settings and privacy</a></div></div>`;
    const home = new URL('https://x.com/home');
    const over = document.getElementById('over')!;
    coverWith(over);
    expect(locateTarget(document, 'settingsLink', 'en', home)?.id).toBe('over');
    hitTestWith(() => []);
    placeAt(document.getElementById('under')!, { left: -500, top: -500, width: 100, height: 20 });
    placeAt(over, { left: 10, top: 5000, width: 100, height: 20 });
    expect(locateTarget(document, 'settingsLink', 'en', home)?.id).toBe('over');
  });

  it('finds nothing on X’s own item when a stranger’s content is drawn over it', () => {
    document.body.innerHTML = `<header role="banner"><nav><button data-testid="AppTabBar_More_Menu" id="more">More</button></nav></header>
      <article data-testid="tweet"><div role="button" id="post">More</div></article>`;
    const post = document.getElementById('post')!;
    hitTestWith(() => [post]);
    expect(locateTarget(document, 'moreMenu', 'en', new URL('https://x.com/home'))).toBeUndefined();
  });

  it('finds nothing, quietly, when nothing matches', () => {
    html(`<div>nothing here</div>`);
    expect(locateTarget(document, 'twoFactorLink', 'en', SETTINGS)).toBeUndefined();
  });
});

describe('a look at the page', () => {
  afterEach(() => document.body.replaceChildren());

  /** X's timeline: its navigation, and a post holding a link and a test id like X's own. */
  function timeline() {
    document.body.innerHTML = `<header role="banner"><nav><button data-testid="AppTabBar_More_Menu" id="more">More</button>
        <a href="/settings" id="nav-settings">Settings</a></nav></header>
      <main role="main"><article data-testid="tweet"><a href="/settings" data-testid="settings">Settings</a></article></main>`;
    return new URL('https://x.com/home');
  }

  it('searches the whole document only for X’s chrome, once, and everything else inside it', () => {
    const home = timeline();
    const wholeDocument = vi.spyOn(document, 'querySelectorAll');
    const found = lookingOnce(() => [
      locateTarget(document, 'moreMenu', 'en', home)?.id,
      locateTarget(document, 'settingsLink', 'en', home, { structureOnly: true })?.id,
      locateTarget(document, 'twoFactorLink', 'en', home),
    ]);
    expect(found).toEqual(['more', 'nav-settings', undefined]);
    // (happy-dom looks up the page's style sheets for getComputedStyle: that query is its own, not ours)
    const ours = wholeDocument.mock.calls.filter(([selector]) => selector !== 'style,link[rel="stylesheet"]');
    expect(ours).toEqual([[anyOf('guideChrome')]]);
  });

  it('hit-tests each candidate once per look, however many locators ask about it', () => {
    const home = timeline();
    const hits = vi.fn(() => []);
    hitTestWith(hits);
    lookingOnce(() => {
      locateTarget(document, 'moreMenu', 'en', home);
      locateTarget(document, 'moreMenu', 'en', home);
    });
    expect(hits).toHaveBeenCalledTimes(1);
    // The next look measures afresh: the page may have moved in between.
    lookingOnce(() => locateTarget(document, 'moreMenu', 'en', home));
    expect(hits).toHaveBeenCalledTimes(2);
  });

  it('finds X’s chrome afresh in the next look, where X has drawn it again', () => {
    const home = timeline();
    expect(lookingOnce(() => locateTarget(document, 'moreMenu', 'en', home)?.id)).toBe('more');
    document.querySelector('header')!.outerHTML =
      '<header role="banner"><nav><button data-testid="AppTabBar_More_Menu" id="again">More</button></nav></header>';
    expect(lookingOnce(() => locateTarget(document, 'moreMenu', 'en', home)?.id)).toBe('again');
  });
});
