import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerRequest } from '../../../src/background/router';
import { isReady, loadReadiness, parseReadiness, setReadiness } from '../../../src/state/readiness';

describe('readiness', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the date each item was confirmed, and forgets it when unticked', async () => {
    await setReadiness('backup-saved', true, 1_700_000_000_000);
    expect(await loadReadiness()).toEqual({ 'backup-saved': 1_700_000_000_000 });
    await setReadiness('backup-saved', false);
    expect(await loadReadiness()).toEqual({});
  });

  it('is ready only when all three are confirmed', async () => {
    expect(isReady({ 'backup-saved': 1, 'methods-known': 1 })).toBe(false);
    expect(isReady({ 'backup-saved': 1, 'methods-known': 1, 'contact-checked': 1 })).toBe(true);
  });

  it('is shared through the background, validated there', async () => {
    await answerRequest({ type: 'readiness:set', item: 'contact-checked', confirmed: true }, { tabId: 4 });
    expect(Object.keys((await answerRequest({ type: 'readiness:get' }, { tabId: 4 })) as object)).toEqual(['contact-checked']);
    expect(answerRequest({ type: 'readiness:set', item: 'password', confirmed: true }, { tabId: 4 })).toBeUndefined();
  });

  it('reads corrupt shapes as "not confirmed"', () => {
    expect(parseReadiness({ 'backup-saved': 'yes', 'methods-known': -3, 'contact-checked': 5, other: 1 })).toEqual({ 'contact-checked': 5 });
    expect(parseReadiness('ready')).toEqual({});
  });

  it('starts a guide in the asking tab, remembering where to come back to', async () => {
    await answerRequest({ type: 'guide:start-here', guide: 'backup-code', returnTo: '/settings/password' }, { tabId: 4 });
    expect(await answerRequest({ type: 'tab-state:get' }, { tabId: 4 })).toEqual({
      panelClosed: false,
      guide: { id: 'backup-code', status: 'running', skipped: [], returnTo: '/settings/password' },
    });
    // Only a path on x.com: never another site.
    expect(answerRequest({ type: 'guide:start-here', guide: 'backup-code', returnTo: 'https://evil.example/' }, { tabId: 4 })).toBeUndefined();
  });
});
