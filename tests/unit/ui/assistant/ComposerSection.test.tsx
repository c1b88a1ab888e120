import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FIELD_LIMITS } from '../../../../src/guides/support-request';
import { ASSISTANT_CATALOGUES, pageText } from '../../../../src/i18n';
import { answerRequest } from '../../../../src/background/router';
import { fromXTab } from '../../support/senders';
import { ComposerSection } from '../../../../src/ui/assistant/ComposerSection';
import { inLanguage } from '../support/in-language';

const output = () => document.querySelector<HTMLTextAreaElement>('[data-rescue="message"]')!;

describe('ComposerSection, answered by the real background code', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The background's own router answers the component's messages.
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => answerRequest(message, fromXTab(1)) as never);
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  async function openComposer(lang: 'en' | 'ja' = 'en') {
    render(inLanguage(lang, <ComposerSection />));
    fireEvent.click(screen.getByRole('button', { name: pageText(lang)('composer.open') }));
    await waitFor(() => expect(output()).toBeTruthy());
  }

  it.each(['en', 'ja'] as const)('says plainly, in %s, that X’s page can see what is typed here', async (lang) => {
    await openComposer(lang);
    expect(document.querySelector('[data-rescue="composer-page-sees"]')?.textContent).toBe(ASSISTANT_CATALOGUES[lang]['composer.page-sees']);
  });

  it('shows what the user typed as text, not markup', async () => {
    await openComposer();
    fireEvent.input(screen.getByLabelText('What happened'), { target: { value: '<b onclick="x()">bold</b> \u202Egnirts' } });
    expect(output().value).toContain('- What happened: <b onclick="x()">bold</b> \u202Egnirts');
    expect(document.querySelector('b')).toBeNull();
  });

  it('cuts an over-long field to its limit and says so', async () => {
    await openComposer();
    fireEvent.input(screen.getByLabelText('What you ask X to do'), { target: { value: 'a'.repeat(FIELD_LIMITS.ask + 10) } });
    expect(screen.getByRole('alert').textContent).toContain(String(FIELD_LIMITS.ask));
    expect(screen.getByLabelText<HTMLTextAreaElement>('What you ask X to do').value).toHaveLength(FIELD_LIMITS.ask);
  });

  it('selects the request for copying by hand when the clipboard is refused', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    await openComposer();
    fireEvent.click(screen.getByRole('button', { name: 'Copy the request' }));
    await waitFor(() => expect(screen.getByText(/Copying was blocked/)).toBeTruthy());
    expect(output().selectionStart).toBe(0);
    expect(output().selectionEnd).toBe(output().value.length);
  });

  it('reports success when the clipboard takes it', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    await openComposer();
    fireEvent.click(screen.getByRole('button', { name: 'Copy the request' }));
    await waitFor(() => expect(screen.getByText(/Copied/)).toBeTruthy());
    expect(writeText).toHaveBeenCalledWith(output().value);
  });

  it('copies the user’s language first and then English on a Japanese page, one textarea showing exactly that', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    await openComposer('ja');
    fireEvent.input(screen.getByLabelText('Xのユーザー名'), { target: { value: '@hanako_x' } });
    fireEvent.click(screen.getByRole('button', { name: '依頼文をコピー' }));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    const copied = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(copied).toBe(output().value);
    const [own, english] = copied.split(/\n-+ 以下、同じ内容の英語です \(English\) -+\n/);
    expect(own).toContain('アカウント：@hanako_x');
    expect(own).not.toContain('Account:');
    expect(english).toContain('- Account: @hanako_x');
    expect(english).not.toMatch(/[\u3040-\u30ff]/); // no Japanese left in the English part
    expect(document.querySelectorAll('textarea[readonly]')).toHaveLength(1);
  });

  it('copies English alone on an English page', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    await openComposer('en');
    fireEvent.click(screen.getByRole('button', { name: 'Copy the request' }));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    const copied = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(copied.split('\n')[0]).toBe('Locked out by two-factor authentication: (not given)');
    expect(copied).not.toContain('----------');
  });

  it('asks kindly for the registered email while it is empty, without holding back the copy', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    await openComposer();
    const warning = () => document.querySelector('[data-rescue="email-missing"]');
    const email = screen.getByLabelText<HTMLInputElement>('Email address registered on the account');
    expect(warning()?.textContent).toBe(
      'If you can, add the email address registered on the account: without it, X usually cannot confirm that the account is yours.',
    );
    expect(warning()?.getAttribute('role')).toBeNull(); // calm: not an alert
    expect(email.getAttribute('aria-describedby')).toContain(warning()!.id);
    fireEvent.click(screen.getByRole('button', { name: 'Copy the request' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(output().value));

    fireEvent.input(email, { target: { value: 'hanako@example.jp' } });
    expect(warning()).toBeNull();
    expect(email.getAttribute('aria-describedby')).toBe('composer-email-hint');
    fireEvent.input(email, { target: { value: '   ' } });
    expect(warning()).not.toBeNull();
  });

  it('writes a neutral sentence for what happened when the user leaves it empty', async () => {
    await openComposer();
    expect(output().value).toContain('- What happened: I can no longer get my two-factor code to log in.');
    expect(output().value).not.toMatch(/changed my password|logged out/);
  });
});
