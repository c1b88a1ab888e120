import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerRequest } from '../../../../src/background/router';
import { fromXTab } from '../../support/senders';
import { readinessItem, setReadiness } from '../../../../src/state/readiness';
import { RiskCheck } from '../../../../src/ui/assistant/RiskCheck';
import { inLanguage } from '../support/in-language';

const box = (item: string) => document.querySelector<HTMLInputElement>(`input[data-ready="${item}"]`);

describe('RiskCheck', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // Only the texts come through the background; readiness is read from storage.
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => answerRequest(message, fromXTab(1)) as never);
  });
  afterEach(cleanup);

  const show = () => render(inLanguage('en', <RiskCheck kind="password" onGetBackup={() => {}} onReady={() => {}} />));

  it('shows what is stored, and stores a tick with its date', async () => {
    await setReadiness('methods-known', true, 1_700_000_000_000);
    show();
    await waitFor(() => expect(box('methods-known')?.checked).toBe(true));
    expect(box('backup-saved')?.checked).toBe(false);
    fireEvent.click(box('contact-checked')!);
    await waitFor(async () => expect((await readinessItem.read())['contact-checked']).toBeGreaterThan(0));
    expect((await readinessItem.read())['methods-known']).toBe(1_700_000_000_000);
  });

  it('follows changes made elsewhere (the popup) while it is open', async () => {
    show();
    await waitFor(() => expect(box('backup-saved')?.checked).toBe(false));
    await act(() => setReadiness('backup-saved', true).then(() => {}));
    await waitFor(() => expect(box('backup-saved')?.checked).toBe(true));
    expect(document.querySelector('[data-rescue="get-backup"]')).toBeNull();
    await act(() => setReadiness('backup-saved', false).then(() => {}));
    await waitFor(() => expect(box('backup-saved')?.checked).toBe(false));
  });

  it('once every answer is yes, says there is a way back in, and names the logout only for a password change', async () => {
    for (const item of ['backup-saved', 'methods-known', 'contact-checked'] as const) await setReadiness(item, true);
    show();
    await waitFor(() => expect(document.querySelector('[data-rescue="ready"]')?.textContent).toMatch(/^You have a way back in/));
    expect(document.querySelector('[data-rescue="ready"]')?.textContent).toMatch(/log out your other devices/);
    cleanup();
    render(inLanguage('en', <RiskCheck kind="method" onGetBackup={() => {}} onReady={() => {}} />));
    await waitFor(() => expect(document.querySelector('[data-rescue="ready"]')?.textContent).toMatch(/^You have a way back in/));
    expect(document.querySelector('[data-rescue="ready"]')?.textContent).not.toMatch(/log out|go ahead/i);
  });

  it('reads a corrupt value as nothing confirmed', async () => {
    await fakeBrowser.storage.local.set({ readiness: 'everything' });
    show();
    await waitFor(() => expect(box('backup-saved')).toBeTruthy());
    expect(document.querySelectorAll('input[data-ready]:checked')).toHaveLength(0);
  });
});
