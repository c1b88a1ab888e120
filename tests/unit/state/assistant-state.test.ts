import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadAnswers, parseAnswers, saveAnswers } from '../../../src/state/assistant-state';
import { loadReminders } from '../../../src/state/reminders';
import { parseTabState } from '../../../src/state/tab-state';

describe('stored state read back from old and corrupt shapes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('assistant answers: unknown, repeated or mistyped entries are dropped', async () => {
    expect(parseAnswers({ have: ['email', 'email', 'nonsense', 3, 'backup'] })).toEqual({ have: ['email', 'backup'] });
    expect(parseAnswers('email')).toEqual({ have: [] });
    expect(parseAnswers(null)).toEqual({ have: [] });
    await fakeBrowser.storage.local.set({ assistant: { have: 'everything' } });
    expect(await loadAnswers()).toEqual({ have: [] });
    expect(await saveAnswers({ have: ['key', 'app'] })).toEqual({ have: ['app', 'key'] });
  });

  it('reminders: a broken date is no reminder', async () => {
    await fakeBrowser.storage.local.set({ reminders: { turnMethodBackOn: 'yesterday' } });
    expect(await loadReminders()).toEqual({});
  });

  it('per-tab state: the first release’s shape (no guide) still reads', () => {
    expect(parseTabState({ panelClosed: true })).toEqual({ panelClosed: true });
    expect(parseTabState({ panelClosed: false, guide: { id: 'backup-code', status: 'flying', skipped: [] } })).toEqual({ panelClosed: false });
  });
});
