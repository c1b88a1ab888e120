/**
 * The next step first (issue 20), end to end in each real browser with the built extension on the
 * replica at 1280×800: on the 2026 code step the panel's first view, unscrolled, names X's own control
 * for another method in the page's words, in every language; the first place shown is the asked
 * method's; each context has its own title and its sections in its own order; a cue says more follows.
 */
import { expect, it } from 'vitest';
import { PAGE_CATALOGUES } from '../../src/i18n';
import { UI_LANGUAGES, type UiLanguage } from '../../src/page/page-language';
import { type BrowserDriver, inShadow, type PageDriver, WIDE } from './support/driver';
import { useBrowser } from './support/lifecycle';
import { type SceneId, sceneUrl } from './support/scenes';
import { replicaRendered, waitFor, waitForUi } from './support/wait';

/** The panel's first view: its sections in order, the first place shown, and whether X's control's
 * words are inside the panel's box (unscrolled, above the "more below" cue). Runs in the page. */
function firstView(words: string) {
  const root = document.querySelector('x2fa-rescue')?.shadowRoot;
  const panel = root?.querySelector<HTMLElement>('[data-rescue="panel"]');
  if (!panel) return null;
  const box = panel.getBoundingClientRect();
  const cue = root!.querySelector('[data-rescue="more-below"]')?.getBoundingClientRect();
  const limit = Math.min(box.bottom, cue ? cue.top : Infinity);
  const shown = (r: DOMRect) => r.width > 0 && r.height > 0 && r.top >= box.top && r.bottom <= limit;
  const sections = [...panel.children]
    .filter((el) => el.tagName !== 'HEADER' && !el.classList.contains('more-below'))
    .map((el) => el.getAttribute('data-rescue') ?? el.getAttribute('aria-labelledby')?.replace(/^rescue-/, '') ?? el.className);
  // The quote of X's words in the method section, as a range over its text.
  let quoted: boolean | null = null;
  const line = root!.querySelector('[aria-labelledby="rescue-method"] p');
  const text = line?.firstChild;
  if (line && text?.nodeType === Node.TEXT_NODE && words) {
    const at = text.textContent!.indexOf(words);
    if (at >= 0) {
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + words.length);
      quoted = [...range.getClientRects()].every(shown);
    }
  }
  const place = [...panel.querySelectorAll('.places [data-method]')].find((li) => !li.closest('details:not([open])'));
  return {
    scrollTop: panel.scrollTop,
    sections,
    quoted,
    firstPlace: place?.getAttribute('data-method') ?? null,
    firstPlaceShown: place ? shown(place.getBoundingClientRect()) : false,
    cue: cue !== undefined,
    scrolls: panel.scrollHeight > panel.clientHeight,
  };
}

type View = NonNullable<ReturnType<typeof firstView>>;
const CODE_ORDER = ['places', 'method', 'device', 'support', 'assistant'];

export function describePanelOrder(launch: () => Promise<BrowserDriver>, { allLanguages }: { allLanguages: boolean }) {
  const session = useBrowser(launch);
  const languages: readonly UiLanguage[] = allLanguages ? UI_LANGUAGES : ['en', 'ja'];
  // The order does not depend on the language (the first view, which does, runs in all of them):
  // a sample of scripts and lengths keeps the suite within its time.
  const sample: readonly UiLanguage[] = allLanguages ? ['en', 'ja', 'de', 'ar'] : ['en', 'ja'];
  const view = (page: PageDriver, words = ''): Promise<View | null> => page.evaluate(firstView, words);
  const open = async (id: SceneId, lang: UiLanguage, shape?: number) => {
    const page = await session.newPage(WIDE);
    await page.goto(sceneUrl(id, { lang, ...(shape === undefined ? {} : { shape }) }));
    await replicaRendered(page);
    return page;
  };
  // The replica draws X's login words in en and ja; in the other languages X's words stay English.
  const xWords = (lang: UiLanguage) => (lang === 'ja' ? '別の方法を試す' : 'Try another way');

  it.each(languages)('%s: on the 2026 code step at 1280×800, the first view names X’s other-method control in the page’s words', async (lang) => {
    const page = await open('jf-code-app', lang, 0);
    const words = xWords(lang);
    const ui = await waitForUi(page, (next) => next.panel !== null && next.panel.text.includes(words) && next.lang === lang);
    expect(ui.context).toBe('code-prompt');
    expect(ui.panel!.name).toBe(PAGE_CATALOGUES[lang]['panel.title']);
    await waitFor(page, () => document.fonts.status === 'loaded');
    const seen = await view(page, words);
    expect(seen).toMatchObject({ scrollTop: 0, quoted: true, firstPlace: 'app', firstPlaceShown: true, sections: CODE_ORDER });
    // More follows, and the cue says so.
    expect(seen!.cue).toBe(seen!.scrolls);
    // Long words (German, French) wrap: nothing in the panel runs past its width, folds open too.
    const overflowing = await page.evaluate(() => {
      const panel = document.querySelector('x2fa-rescue')!.shadowRoot!.querySelector<HTMLElement>('[data-rescue="panel"]')!;
      for (const fold of panel.querySelectorAll('details')) fold.open = true;
      const edge = panel.getBoundingClientRect().right + 0.5;
      const out = [...panel.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > edge).map((el) => el.textContent?.slice(0, 40));
      return { scrolls: panel.scrollWidth > panel.clientWidth, out };
    });
    expect(overflowing, `${lang}: nothing runs past the panel’s edge`).toEqual({ scrolls: false, out: [] });
    await page.close();
  });

  it.each(sample)('%s: where the page does not say which method, the first view still names X’s other-method control', async (lang) => {
    const page = await open('jf-code', lang, 0);
    const words = xWords(lang);
    await waitForUi(page, (next) => next.panel !== null && next.panel.text.includes(words) && next.lang === lang);
    await waitFor(page, () => document.fonts.status === 'loaded');
    expect(await view(page, words)).toMatchObject({ scrollTop: 0, quoted: true, sections: CODE_ORDER });
    await page.close();
  });

  it.each(sample)('%s: on the SMS code step the first place shown is the text message', async (lang) => {
    const page = await open('jf-code-sms', lang, 0);
    await waitForUi(page, (next) => next.panel !== null && next.lang === lang);
    await waitFor(page, inPanel('.places [data-method]'));
    const seen = await view(page);
    expect(seen).toMatchObject({ scrollTop: 0, firstPlace: 'sms', firstPlaceShown: true, sections: CODE_ORDER });
    await page.close();
  });

  it.each(languages)('%s: the chooser, the settings path and a password change each lead with their own step, under their own title', async (lang) => {
    const t = PAGE_CATALOGUES[lang];
    const choose = await open('jf-choose', lang, 0);
    let ui = await waitForUi(choose, (next) => next.panel !== null && next.context === 'choose-method' && next.lang === lang);
    expect(ui.panel!.name).toBe(t['panel.title.choose-method']);
    expect((await view(choose))!.sections).toEqual(['intro', 'places', 'device', 'support', 'assistant']);
    await choose.close();

    const settings = await open('settings-2fa', lang);
    await waitForUi(settings, (next) => next.launcher !== null || next.panel !== null);
    if ((await waitForUi(settings, () => true)).panel === null) await settings.click(inShadow('[data-rescue="launcher"]'));
    ui = await waitForUi(settings, (next) => next.panel !== null && next.context === 'settings' && next.lang === lang);
    expect(ui.panel!.name).toBe(t['panel.title.settings']);
    expect(ui.panel!.name).not.toBe(t['panel.title']);
    expect((await view(settings))!.sections).toEqual(['intro', 'path', 'support', 'assistant']);
    await settings.close();

    const password = await open('password-change', lang);
    ui = await waitForUi(password, (next) => next.panel !== null && next.context === 'password-change' && next.lang === lang);
    expect(ui.panel!.name).toBe(t['panel.title.password-change']);
    await waitFor(password, inPanel('[data-rescue="risk-check"]'));
    expect((await view(password))!.sections).toEqual(['risk-check']);
    await password.close();
  });

  it('the “More below” cue scrolls the panel on, and goes once the end is in view', async () => {
    const page = await open('jf-code-app', 'en', 0);
    await waitForUi(page, (next) => next.panel !== null);
    await waitFor(page, inPanel('[data-rescue="more-below"]'));
    await page.click(inShadow('[data-rescue="more-below"]'));
    await waitFor(page, () => (document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('[data-rescue="panel"]')?.scrollTop ?? 0) > 0);
    await page.evaluate(() => {
      const panel = document.querySelector('x2fa-rescue')!.shadowRoot!.querySelector('[data-rescue="panel"]')!;
      panel.scrollTo({ top: panel.scrollHeight, behavior: 'instant' });
    });
    await waitFor(page, () => !document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('[data-rescue="more-below"]'));
    await page.close();
  });
}

const inPanel = (selector: string) =>
  new Function(`return Boolean(document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector(${JSON.stringify(selector)}))`) as () => boolean;
