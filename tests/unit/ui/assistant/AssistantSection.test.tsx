import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageText } from '../../../../src/i18n';
import { answerRequest } from '../../../../src/background/router';
import { answersItem } from '../../../../src/state/assistant-state';
import { AssistantSection } from '../../../../src/ui/assistant/AssistantSection';
import { inLanguage } from '../support/in-language';

describe('AssistantSection', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // Only the texts come through the background; the answers are read from storage.
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => answerRequest(message, { tabId: 1 }) as never);
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
});
