import { beforeEach, afterEach, describe, expect, it, vi } from 'vitest';
import { stackCopies, useFakeLayout } from '../support/fake-layout';
import { isLive } from '../../../src/page/live';
import { classify } from '../../../src/page/classify';
// The same replica of X's pages that the browser tests and the demo use.
import { renderScene, SCENES, sceneFromUrl } from '../../fixtures/replica/x-replica.js';
import { resetReports } from '../../../src/diagnostics/report';
import { UI_LANGUAGES } from '../../../src/page/page-language';
import { X_LABELS } from '../../../src/page/x-labels';
import { methodNames } from '../../../src/page/x-strings';
import { type SceneId, sceneUrl } from '../../e2e/support/scenes';

// Boxes for every rendered element (happy-dom has no layout): classification reads only the live step.
beforeEach(useFakeLayout);

type NoticeExpect = 'limited' | 'unread' | 'none';

interface Scene {
  id: string;
  url: string;
  expect: { context: string; method?: string; digits?: string; loginNotice?: NoticeExpect | Partial<Record<string, NoticeExpect>> };
  /** how many shapes (unknown parts of X's DOM) the scene has; each keeps the same expectation */
  shapes: number;
}

const scenes = SCENES as Scene[];
type Variant = { lang: 'en' | 'ja'; theme: 'light' | 'dark'; layout: 'wide' | 'narrow' };
const variants: Variant[] = (['en', 'ja'] as const).flatMap((lang) =>
  (['light', 'dark'] as const).flatMap((theme) => (['wide', 'narrow'] as const).map((layout) => ({ lang, theme, layout }))),
);

function show(url: string, variant: Partial<Variant> = {}): URL {
  const full = new URL(url, 'https://x.com');
  renderScene(document, { ...sceneFromUrl(full.href), ...variant });
  if (full.searchParams.has('dup')) coverDuplicate();
  return full;
}

/** The replica's duplicate form (`dup=`): the copy with the higher z-index is drawn over the other,
 * as a browser would stack them; a hit test inside either reaches the top copy. */
function coverDuplicate(): void {
  const copies = [...document.querySelectorAll('form')].filter((form) => !form.closest('[inert]'));
  if (copies.length !== 2) return;
  const z = (form: Element) => Number(getComputedStyle(form).zIndex) || 0;
  const [under, over] = copies.sort((a, b) => z(a) - z(b));
  stackCopies(under!, over!);
}

/** What the scene expects of the login banner in this language. */
function noticeFor(expected: Scene['expect']['loginNotice'], lang: string): NoticeExpect | undefined {
  return typeof expected === 'object' ? expected[lang] : expected;
}

/** Removes every text node: a page in a language we have no words for. */
function stripText(root: Node) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Node[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode);
  for (const text of texts) text.textContent = '';
}

describe('classify over the replica', () => {
  it('covers every kind of page', () => {
    const contexts = new Set(scenes.map((s) => s.expect.context));
    expect([...contexts].sort()).toEqual(['choose-method', 'code-prompt', 'method-off', 'other', 'password-change', 'settings']);
    const methods = new Set(scenes.map((s) => s.expect.method).filter(Boolean));
    expect([...methods].sort()).toEqual(['app', 'backup', 'security-key', 'sms']);
    const notices = new Set(scenes.flatMap((s) => variants.map((v) => noticeFor(s.expect.loginNotice, v.lang))).filter(Boolean));
    expect([...notices].sort()).toEqual(['limited', 'none', 'unread']);
  });

  for (const scene of scenes) {
    for (let shape = 0; shape < scene.shapes; shape++) {
      const at = new URL(scene.url, 'https://x.com');
      if (shape) at.searchParams.set('shape', String(shape));
      it.each(variants)(`${scene.id}${shape ? ` shape=${shape}` : ''} ($lang, $theme, $layout) → ${scene.expect.context}`, (variant) => {
        const url = show(at.href, variant);
        const reading = classify(document, url);
        expect(reading.context).toBe(scene.expect.context);
        if (scene.expect.method) expect(reading.method).toBe(scene.expect.method);
        if (scene.expect.digits) expect(reading.phoneDigits).toBe(scene.expect.digits);
        const notice = noticeFor(scene.expect.loginNotice, variant.lang);
        if (notice) expect(reading.loginNotice ?? 'none').toBe(notice);
        // What the reading points at is on the live step (the top copy, never an inert form).
        if (reading.chooseMethodControl) expect(isLive(reading.chooseMethodControl)).toBe(true);
        if (reading.stepContainer) expect(isLive(reading.stepContainer), 'step container is live').toBe(true);
      });
    }
  }
});

describe('the browser tests’ scene list', () => {
  it('names every scene of the replica, at the same URL', () => {
    for (const scene of scenes) expect(sceneUrl(scene.id as SceneId), scene.id).toBe(new URL(scene.url, 'https://x.com').href);
  });
});

describe('classify on pages it has no words for', () => {
  it('still knows the older layout’s code step by structure alone', () => {
    const url = show('/i/flow/login?ocf=1&step=code&method=app');
    stripText(document.body);
    expect(classify(document, url).context).toBe('code-prompt');
  });

  it('does not take the e-mail confirmation step for a code step by structure alone', () => {
    const url = show('/i/flow/login?ocf=1&step=acid');
    stripText(document.body);
    expect(classify(document, url).context).toBe('other');
  });

  it('knows the 2026 layout’s code step from its URL', () => {
    const url = show('/i/jf/onboarding/web?mode=login#/s/two_factor_code/x');
    stripText(document.body);
    expect(classify(document, url).context).toBe('code-prompt');
  });
});

describe('classify on broken or hostile pages', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('says "other" for an empty or truncated login page', () => {
    document.body.replaceChildren();
    expect(classify(document, new URL('https://x.com/i/flow/login')).context).toBe('other');
    show('/i/flow/login?ocf=1&step=code&method=app');
    expect(classify(document, new URL('https://x.com/i/flow/login')).context).toBe('code-prompt');
    document.querySelector('[role="dialog"]')?.replaceChildren(); // X's dialog emptied mid-render
    expect(classify(document, new URL('https://x.com/i/flow/login')).context).toBe('other');
  });

  it('never reads what the user typed', () => {
    const url = show('/i/flow/login?ocf=1&step=code&method=app');
    const value = vi.spyOn(HTMLInputElement.prototype, 'value', 'get');
    classify(document, url);
    expect(value).not.toHaveBeenCalled();
  });

  it('does not throw when the DOM throws, and says so once, by name only', () => {
    resetReports();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const url = show('/i/flow/login?ocf=1&step=code&method=app');
    const boom = () => {
      throw new Error('boom, with what the page said');
    };
    vi.spyOn(document, 'querySelector').mockImplementation(boom);
    vi.spyOn(document, 'querySelectorAll').mockImplementation(boom);
    expect(classify(document, url).context).toBe('other');
    expect(classify(document, url).context).toBe('other');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain('page classifier failed (Error)');
    expect(warn.mock.calls[0]![0]).not.toContain('what the page said');
  });

  it('ignores the text field of an unrelated page', () => {
    const input = document.createElement('input');
    input.setAttribute('inputmode', 'numeric');
    document.body.append(input);
    expect(classify(document, new URL('https://x.com/home')).context).toBe('other');
  });
});

describe('the password-change page', () => {
  it('is known by its route, and by its form should X move it', () => {
    const url = show('/settings/password');
    expect(classify(document, url).context).toBe('password-change');
    // The same form under another settings path.
    expect(classify(document, new URL('https://x.com/settings/your_password')).context).toBe('password-change');
  });

  it('waits for X to draw the form, so the panel does not open over X’s spinner and then jump', () => {
    document.body.innerHTML = '<div role="progressbar"></div>';
    expect(classify(document, new URL('https://x.com/settings/password')).context).toBe('other');
  });

  it('is not the login password step, nor the password confirmation before a backup code', () => {
    expect(classify(document, show('/i/flow/login?ocf=1&step=password')).context).toBe('other');
    expect(classify(document, show('/settings/account/login_verification/backup_code')).context).toBe('settings');
    const url = show('/settings/account');
    expect(classify(document, url).context).toBe('other');
  });
});

describe('method names in the ten UI languages', () => {
  it('are X’s own labels, lower-cased, for every language of the label table', () => {
    const pairs = [
      ['backup', 'backupCode'],
      ['security-key', 'securityKey'],
      ['sms', 'textMessage'],
      ['app', 'authApp'],
    ] as const;
    for (const lang of UI_LANGUAGES) {
      for (const [method, label] of pairs) expect(methodNames[method][lang], `${lang} ${method}`).toContain(X_LABELS[lang][label].toLowerCase());
    }
  });
});
