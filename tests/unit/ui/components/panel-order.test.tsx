import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGE_CATALOGUES } from '../../../../src/i18n';
import { UI_LANGUAGES, type UiLanguage } from '../../../../src/page/page-language';
import type { CodeMethod, PageReading } from '../../../../src/page/reading';
import { showPanel } from '../support/show-panel';

function show(reading: PageReading, options: { lang?: UiLanguage } = {}) {
  return showPanel(reading, options);
}

/** The panel's parts under its title, in order: a hook, a section's name, or a class. */
const sections = (panel: HTMLElement) =>
  [...panel.children]
    .filter((el) => el.tagName !== 'HEADER' && !el.classList.contains('more-below'))
    .map((el) => el.getAttribute('data-rescue') ?? el.getAttribute('aria-labelledby')?.replace(/^rescue-/, '') ?? el.className);

/** The places shown without opening a fold, in order. */
const shownPlaces = (panel: HTMLElement) =>
  [...panel.querySelectorAll('.places [data-method]')].filter((li) => !li.closest('details:not([open])')).map((li) => li.getAttribute('data-method'));

const control = document.createElement('button');

describe('the panel: the next step first', () => {
  afterEach(cleanup);

  describe('on the code step', () => {
    const asked: [CodeMethod, string][] = [
      ['app', 'app'],
      ['sms', 'sms'],
      ['backup', 'backup'],
      ['security-key', 'security-key'],
    ];
    it.each(asked)('for %s: this method’s place, X’s other-method control, a device, X Support, then the plan', (method, first) => {
      for (const lang of UI_LANGUAGES) {
        const panel = show({ context: 'code-prompt', method, chooseMethodControl: control, chooseMethodLabel: 'Try another way' }, { lang });
        expect(sections(panel), `${method} ${lang}`).toEqual(['places', 'method', 'device', 'support', 'assistant']);
        expect(shownPlaces(panel), `${method} ${lang}`).toEqual([first]);
        cleanup();
      }
    });

    it('on a Japanese SMS step the first place is the text message, with the number’s last digits', () => {
      const panel = show({ context: 'code-prompt', method: 'sms', phoneDigits: '34' }, { lang: 'ja' });
      const first = panel.querySelector('.places [data-method]')!;
      expect(first.getAttribute('data-method')).toBe('sms');
      expect(first.textContent).toContain(PAGE_CATALOGUES.ja['places.sms.title']);
      expect(first.textContent).toContain('34');
    });

    it('folds the other places and the passkey hint under a summary that says what it holds', () => {
      const panel = show({ context: 'code-prompt', method: 'app' });
      const fold = panel.querySelector<HTMLDetailsElement>('details[data-fold="places"]')!;
      expect(fold.open).toBe(false);
      expect(fold.querySelector('summary')?.textContent).toBe('Other places to look');
      expect([...fold.querySelectorAll('[data-method]')].map((li) => li.getAttribute('data-method'))).toEqual(['backup']);
      expect(fold.querySelector('[data-place="passkey"]')).not.toBeNull();
      // The asked method's place is outside the fold.
      expect(panel.querySelector('[data-method="app"]')?.closest('details')).toBeNull();
    });

    it('shows every place when the page does not say which method, the passkey hint folded', () => {
      const panel = show({ context: 'code-prompt', method: 'unknown' });
      expect(shownPlaces(panel)).toEqual(['app', 'sms', 'backup', 'security-key']);
      expect(panel.querySelector('details[data-fold="places"] [data-method]')).toBeNull();
      expect(panel.querySelector('details[data-fold="places"] [data-place="passkey"]')).not.toBeNull();
    });

    it('quotes X’s control in the page’s words before any device path, and folds the browser and app menu paths', () => {
      const panel = show({ context: 'code-prompt', method: 'app', chooseMethodControl: control, chooseMethodLabel: '別の方法を試す' }, { lang: 'ja' });
      const method = panel.querySelector('[aria-labelledby="rescue-method"]')!;
      expect(method.textContent).toContain('「別の方法を試す」');
      expect(method.querySelector('[data-rescue="show-method"]')).not.toBeNull();
      const device = panel.querySelector('[aria-labelledby="rescue-device"]')!;
      expect(method.compareDocumentPosition(device) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      const fold = device.querySelector<HTMLDetailsElement>('details[data-fold="device"]')!;
      expect(fold.open).toBe(false);
      expect(fold.querySelector('summary')?.textContent).toBe(PAGE_CATALOGUES.ja['panel.more.device']);
      expect(fold.querySelectorAll('.trail')).toHaveLength(2);
      // The warning stays in view: it is what not to do.
      expect(device.querySelector('.warning')?.closest('details')).toBeNull();
    });

    it('opens a fold from its summary, as a keyboard or a click does', () => {
      const panel = show({ context: 'code-prompt', method: 'app' });
      const fold = panel.querySelector<HTMLDetailsElement>('details[data-fold="device"]')!;
      fireEvent.click(fold.querySelector('summary')!);
      expect(fold.open).toBe(true);
    });

    it('leads with X’s banner when there is one, then the same order', () => {
      const panel = show({ context: 'code-prompt', method: 'app', loginNotice: 'limited' });
      expect(sections(panel)).toEqual(['login-notice', 'places', 'method', 'device', 'support', 'assistant']);
    });
  });

  it('on the chooser: a line on what to pick, every place, a device, X Support, then the plan', () => {
    const panel = show({ context: 'choose-method' });
    expect(sections(panel)).toEqual(['intro', 'places', 'device', 'support', 'assistant']);
    expect(screen.getByRole('complementary', { name: 'Pick a method you can still use' })).toBe(panel);
    expect(panel.querySelector('[data-rescue="show-method"]')).toBeNull();
  });

  it('on the settings path: the path first, then X Support and the plan, not a code prompt’s title', () => {
    const panel = show({ context: 'settings', settingsStep: 'security' });
    expect(sections(panel)).toEqual(['intro', 'path', 'support', 'assistant']);
    expect(screen.getByRole('complementary', { name: 'Get a code for your locked-out device' })).toBe(panel);
    expect(panel.textContent).not.toContain('Can’t get your code?');
  });

  it('before a password change or turning a method off: the check alone, each under its own title', async () => {
    let panel = show({ context: 'password-change' });
    await waitFor(() => expect(sections(panel)).toEqual(['risk-check']));
    expect(screen.getByRole('complementary', { name: 'Changing your password? Keep a way back in' })).toBe(panel);
    cleanup();
    panel = show({ context: 'method-off' });
    await waitFor(() => expect(sections(panel)).toEqual(['risk-check']));
    expect(screen.getByRole('complementary', { name: 'Turning a method off? Keep a way back in' })).toBe(panel);
  });

  it('on a login step shown for X’s banner alone: the notice, then X Support', () => {
    const panel = show({ context: 'other', loginNotice: 'limited' });
    expect(sections(panel)).toEqual(['login-notice', 'support']);
    expect(screen.getByRole('complementary', { name: 'About X’s message' })).toBe(panel);
  });

  it('gives each context its own title in every language', () => {
    for (const lang of UI_LANGUAGES) {
      const t = PAGE_CATALOGUES[lang];
      const titles = [
        t['panel.title'],
        t['panel.title.choose-method'],
        t['panel.title.settings'],
        t['panel.title.password-change'],
        t['panel.title.method-off'],
        t['panel.title.notice'],
      ];
      expect(new Set(titles).size, lang).toBe(titles.length);
      show({ context: 'settings' }, { lang });
      expect(screen.getByRole('complementary').getAttribute('aria-labelledby')).toBe('rescue-title');
      expect(document.getElementById('rescue-title')?.textContent, lang).toBe(t['panel.title.settings']);
      cleanup();
    }
  });

  describe('the “more below” cue', () => {
    /** happy-dom lays nothing out: the panel's scroll metrics, as a browser would report them. */
    const metrics = (panel: HTMLElement, { scrollHeight, clientHeight }: { scrollHeight: number; clientHeight: number }) => {
      Object.defineProperty(panel, 'scrollHeight', { configurable: true, get: () => scrollHeight });
      Object.defineProperty(panel, 'clientHeight', { configurable: true, get: () => clientHeight });
    };

    it('is there while more follows, a button that scrolls the panel on, and goes at the end', () => {
      const panel = show({ context: 'code-prompt', method: 'app' });
      expect(panel.querySelector('[data-rescue="more-below"]')).toBeNull(); // nothing laid out: nothing below
      metrics(panel, { scrollHeight: 1400, clientHeight: 700 });
      fireEvent.scroll(panel);
      const cue = screen.getByRole('button', { name: 'More below' });
      expect(cue.getAttribute('data-rescue')).toBe('more-below');
      let scrolledBy: ScrollToOptions | undefined;
      panel.scrollBy = ((options: ScrollToOptions) => (scrolledBy = options)) as typeof panel.scrollBy;
      fireEvent.click(cue);
      expect(scrolledBy?.top).toBeGreaterThan(0);
      panel.scrollTop = 700;
      fireEvent.scroll(panel);
      expect(panel.querySelector('[data-rescue="more-below"]')).toBeNull();
    });

    it('is in the page’s language', () => {
      const panel = show({ context: 'code-prompt', method: 'sms' }, { lang: 'ja' });
      metrics(panel, { scrollHeight: 1400, clientHeight: 700 });
      fireEvent.scroll(panel);
      expect(screen.getByRole('button', { name: PAGE_CATALOGUES.ja['panel.more-below'] })).toBeTruthy();
    });
  });
});
