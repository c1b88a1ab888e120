import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ASSISTANT_CATALOGUES, pageText } from '../../../../src/i18n';
import { answerRequest } from '../../../../src/background/router';
import { fromXTab } from '../../support/senders';
import { answersItem } from '../../../../src/state/assistant-state';
import { AssistantSection } from '../../../../src/ui/assistant/AssistantSection';
import { inLanguage } from '../support/in-language';

describe('AssistantSection', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // Only the texts come through the background; the answers are read from storage.
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => answerRequest(message, fromXTab(1)) as never);
  });
  afterEach(cleanup);

  it('keeps answers in storage and clears them', async () => {
    render(inLanguage('ja', <AssistantSection />));
    fireEvent.click(screen.getByRole('button', { name: pageText('ja')('assistant.open') }));
    await waitFor(() => expect(document.querySelector('input[data-have="device"]')).toBeTruthy());
    fireEvent.click(document.querySelector('input[data-have="device"]')!);
    await waitFor(async () => expect(await fakeBrowser.storage.local.get('assistant')).toEqual({ assistant: { have: ['device'] } }));
    expect(document.querySelector('[data-rescue="plan"] li')?.getAttribute('data-step')).toBe('plan.device');
    fireEvent.click(screen.getByRole('button', { name: '回答を消去' }));
    await waitFor(async () => expect(await fakeBrowser.storage.local.get('assistant')).toEqual({ assistant: { have: [] } }));
  });

  it('follows answers changed elsewhere while it is open', async () => {
    render(inLanguage('en', <AssistantSection />));
    fireEvent.click(screen.getByRole('button', { name: pageText('en')('assistant.open') }));
    await waitFor(() => expect(document.querySelector('input[data-have="email"]')).toBeTruthy());
    await act(() => answersItem.write({ have: ['email'] }).then(() => {}));
    await waitFor(() => expect(document.querySelector<HTMLInputElement>('input[data-have="email"]')?.checked).toBe(true));
  });

  async function planWithBackup(lang: 'en' | 'ja' | 'ar', chooseMethodLabel?: string) {
    await answersItem.write({ have: ['backup', 'key'] });
    render(inLanguage(lang, <AssistantSection chooseMethodLabel={chooseMethodLabel} />));
    fireEvent.click(screen.getByRole('button', { name: pageText(lang)('assistant.open') }));
    const step = (name: string) => document.querySelector(`[data-rescue="plan"] [data-step="${name}"]`)?.textContent ?? '';
    await waitFor(() => expect(step('plan.backup')).not.toBe(''));
    return step;
  }

  it('quotes the words of X’s “use another method” control as the page shows them', async () => {
    const step = await planWithBackup('en', 'Use a different method');
    expect(step('plan.backup')).toBe('Do this first: Use a backup code: under the code box, choose “Use a different method”, then the backup code.');
    expect(step('plan.key')).toBe('Use your security key: under the code box, choose “Use a different method”, then the security key.');
    cleanup();
    const ja = await planWithBackup('ja', '別の方法を試す');
    expect(ja('plan.backup')).toContain('コード入力欄の下の「別の方法を試す」を押し');
  });

  it('describes the control, in the user’s language, when the page gave no words for it', async () => {
    const step = await planWithBackup('ja');
    expect(step('plan.backup')).toContain(ASSISTANT_CATALOGUES.ja['plan.backup.described']);
    expect(step('plan.key')).toBe(ASSISTANT_CATALOGUES.ja['plan.key.described']);
    expect(step('plan.backup')).not.toMatch(/「|{chooseMethod}/);
  });

  it('keeps the page’s words in their own direction inside Arabic', async () => {
    const step = await planWithBackup('ar', 'Try another way');
    expect(step('plan.key')).toContain('«\u2068Try another way\u2069»');
  });
});
