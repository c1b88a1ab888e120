import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PAGE_CATALOGUES } from '../../../../src/i18n';
import { UI_LANGUAGES, type UiLanguage } from '../../../../src/page/page-language';
import type { PageReading } from '../../../../src/page/reading';
import { showPanel } from '../support/show-panel';

function show(reading: PageReading, lang: UiLanguage = 'en', onClose = vi.fn()) {
  showPanel(reading, { lang, onClose });
  return onClose;
}

describe('RescuePanel', () => {
  afterEach(cleanup);

  it('is a named complementary region with the support link', () => {
    show({ context: 'code-prompt', method: 'unknown' });
    const panel = screen.getByRole('complementary', { name: 'Can’t get your code?' });
    expect(panel.getAttribute('data-rescue')).toBe('panel');
    const link = screen.getByRole('link', { name: /account-access form/ });
    expect(link.getAttribute('href')).toBe('https://help.x.com/en/forms/account-access/regain-access');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('links X’s form in the page’s language, not in English', () => {
    show({ context: 'code-prompt', method: 'unknown' }, 'ko');
    expect(document.querySelector('[data-rescue="support-link"]')?.getAttribute('href')).toBe('https://help.x.com/ko/forms/account-access/regain-access');
  });

  it('says beside the support link what to do if X’s form will not load', () => {
    show({ context: 'code-prompt', method: 'unknown' });
    const link = document.querySelector('[data-rescue="support-link"]');
    expect(link?.nextElementSibling?.textContent).toBe(
      'If the form won’t load, or says this browser isn’t supported, try another browser or a private window.',
    );
    cleanup();
    show({ context: 'settings', settingsStep: 'security' }, 'ja');
    expect(document.querySelector('[data-rescue="support-link"]')?.nextElementSibling?.textContent).toContain('プライベートウィンドウ');
  });

  it.each(UI_LANGUAGES)('warns of “recovery” scams beside the support link, the form’s trouble line kept (%s)', (lang) => {
    for (const reading of [
      { context: 'code-prompt', method: 'unknown' },
      { context: 'settings', settingsStep: 'security' },
    ] as const) {
      show(reading, lang);
      const support = document.querySelector('[aria-labelledby="rescue-support"]')!;
      const link = support.querySelector('[data-rescue="support-link"]');
      expect(link?.nextElementSibling?.textContent).toBe(PAGE_CATALOGUES[lang]['support.form-trouble']);
      expect(support.querySelector('[data-rescue="scam-warning"]')?.textContent).toBe(PAGE_CATALOGUES[lang]['support.scams']);
      cleanup();
    }
  });

  it('lists every place when the method is unknown, and only the relevant ones otherwise', () => {
    show({ context: 'code-prompt', method: 'unknown' });
    expect(document.querySelectorAll('[data-method]')).toHaveLength(4);
    cleanup();
    show({ context: 'code-prompt', method: 'sms', phoneDigits: '34' });
    expect([...document.querySelectorAll('[data-method]')].map((el) => el.getAttribute('data-method'))).toEqual(['sms', 'backup']);
    // The number may have changed hands: the digits line asks, and says what follows if not.
    expect(screen.getByText(/ends in 34\. Is it still yours\? If not, no text can reach you\./)).toBeTruthy();
    expect(screen.getByText(/^With X Premium, X texts the code/)).toBeTruthy();
    expect(screen.getByText(/X’s own link on this step can send it again/)).toBeTruthy();
    expect(screen.getByText(/^Without X Premium, no text will come/)).toBeTruthy();
  });

  it('names the device where the password was changed first, and warns that a change there logs out the others', () => {
    show({ context: 'code-prompt', method: 'unknown' });
    const section = document.querySelector('[aria-labelledby="rescue-device"]');
    const first = section?.querySelector('p')?.textContent ?? '';
    expect(first.indexOf('the phone or computer where you changed it')).toBeGreaterThan(-1);
    expect(first.indexOf('the phone or computer where you changed it')).toBeLessThan(first.indexOf('an old phone'));
    expect(section?.querySelector('.warning')?.textContent).toMatch(/log out all your other devices/);
  });

  it('names a saved passkey as a way in worth trying, without claiming it skips the code', () => {
    for (const method of ['unknown', 'backup'] as const) {
      show({ context: 'code-prompt', method });
      const line = document.querySelector('[aria-labelledby="rescue-places"] [data-place="passkey"]');
      expect(line?.textContent).toBe(
        'Did you save a passkey for X? On a device that has it, X’s login may offer it at the start, before the password: worth a try.',
      );
      expect(line?.textContent).not.toMatch(/skip|without (a|the) code|no code/i);
      cleanup();
    }
    show({ context: 'choose-method' }, 'ja');
    expect(document.querySelector('[data-place="passkey"]')?.textContent).toContain('パスキー');
    cleanup();
    show({ context: 'settings', settingsStep: 'security' });
    expect(document.querySelector('[data-place="passkey"]')).toBeNull();
  });

  it('offers to point at X’s method switch only when the page has one', () => {
    show({ context: 'code-prompt', method: 'app' });
    expect(document.querySelector('[data-rescue="show-method"]')).toBeNull();
    cleanup();
    show({ context: 'code-prompt', method: 'app', chooseMethodControl: document.createElement('button') });
    expect(document.querySelector('[data-rescue="show-method"]')).not.toBeNull();
  });

  it('quotes X’s own words for its “another method” control, and says it plainly when there are none', () => {
    show({ context: 'code-prompt', method: 'app', chooseMethodControl: document.createElement('button'), chooseMethodLabel: 'Try another way' });
    expect(screen.getByText(/“Try another way” lists the other methods/)).toBeTruthy();
    cleanup();
    show({ context: 'code-prompt', method: 'app' });
    expect(screen.getByText(/If X offers another way to verify/)).toBeTruthy();
  });

  it('names X’s items as X does: “Backup codes” under “Additional methods”, 「他の方法」 in Japanese', () => {
    show({ context: 'settings', settingsStep: 'additional-method' });
    expect(document.querySelector('[aria-current="step"]')?.textContent).toMatch(/Backup codes.*Temporary password.*under “Additional methods”/);
    cleanup();
    show({ context: 'settings', settingsStep: 'additional-method' }, 'ja');
    expect(document.querySelector('[aria-current="step"]')?.textContent).toContain('「他の方法」');
  });

  it('shows the readiness check, not the rescue text, where a method is being turned off', () => {
    showPanel({ context: 'method-off' });
    expect(screen.getByRole('complementary', { name: 'Turning a method off? Keep a way back in' })).toBeTruthy();
    expect(document.querySelector('[data-method]')).toBeNull();
    expect(document.querySelector('.intro')).toBeNull();
  });

  it('marks the current step on the settings path', () => {
    show({ context: 'settings', settingsStep: 'two-factor' }, 'ja');
    const current = document.querySelector('[aria-current="step"]');
    expect(current?.textContent).toContain('2要素認証');
    expect(current?.textContent).toContain('現在地');
    expect(document.querySelector('[data-method]')).toBeNull();
  });

  describe('X’s login error banner', () => {
    const first = () => document.querySelector('[data-rescue="panel"] > header')?.nextElementSibling;

    it('says first, before anything else, what a temporarily limited login means and what to do', () => {
      show({ context: 'code-prompt', method: 'app', loginNotice: 'limited' });
      const notice = first();
      expect(notice?.getAttribute('data-rescue')).toBe('login-notice');
      expect(notice?.textContent).toContain('X has limited logins from this device for now');
      expect(notice?.textContent).toContain('not about a wrong code or password');
      expect(notice?.textContent).toMatch(/Wait a while.*device or network X knows.*Don’t keep retrying/);
      // The rest of the code step's help is still there, after it.
      expect(document.querySelectorAll('[data-method]').length).toBeGreaterThan(0);
      expect(document.querySelectorAll('[data-rescue="login-notice"]')).toHaveLength(1);
    });

    it('says it only conditionally when the banner is in words it cannot read', () => {
      show({ context: 'code-prompt', method: 'app', loginNotice: 'unread' }, 'ja');
      const notice = first();
      expect(notice?.getAttribute('data-rescue')).toBe('login-notice');
      expect(notice?.textContent).toMatch(/^Xのメッセージが、ログインを一時的に制限したという内容なら/);
      cleanup();
      show({ context: 'choose-method', loginNotice: 'unread' });
      expect(first()?.textContent).toMatch(/^If X’s message says it has limited logins for now, it is not about a wrong code or password: wait/);
      expect(document.body.textContent).not.toContain('X has limited logins from this device');
    });

    it('says nothing of it without a banner', () => {
      show({ context: 'code-prompt', method: 'app' });
      expect(document.querySelector('[data-rescue="login-notice"]')).toBeNull();
      // The next step comes first: where this method's code may be.
      expect(first()?.getAttribute('aria-labelledby')).toBe('rescue-places');
      expect(document.body.textContent).not.toMatch(/limited logins/);
    });

    it('on another login step, shows the notice and the support link only', () => {
      show({ context: 'other', loginNotice: 'limited' });
      expect(screen.getByRole('complementary', { name: 'About X’s message' })).toBeTruthy();
      expect(first()?.getAttribute('data-rescue')).toBe('login-notice');
      expect(document.querySelector('[data-rescue="support-link"]')).not.toBeNull();
      expect(document.querySelector('[data-method]')).toBeNull();
      expect(document.querySelector('[aria-current="step"], .trail')).toBeNull();
      expect(document.querySelectorAll('[data-rescue="panel"] button')).toHaveLength(1); // the close button: no assistant, no composer
    });
  });

  it('closes on Escape and on its close button', () => {
    const onClose = show({ context: 'choose-method' });
    fireEvent.keyDown(screen.getByRole('complementary'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Close the help panel' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
