import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checklistTicks, withTick } from '../../../src/state/tick-lists';

const loadChecklist = () => checklistTicks.load();
const saveChecklist = (state: Parameters<typeof checklistTicks.save>[0]) => checklistTicks.save(state);
const parseChecklist = (raw: unknown) => checklistTicks.parse(raw);

describe('checklist state', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts empty', async () => {
    expect(await loadChecklist()).toEqual({ ticks: {} });
  });

  it('keeps ticks across loads', async () => {
    await saveChecklist(withTick({ ticks: {} }, 'backup-codes', true));
    expect(await loadChecklist()).toEqual({ ticks: { 'backup-codes': true } });
    await saveChecklist(withTick(await loadChecklist(), 'backup-codes', false));
    expect(await loadChecklist()).toEqual({ ticks: {} });
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['null', null],
    ['an array', ['backup-codes']],
    ['ticks of the wrong type', { ticks: 'all' }],
  ])('falls back to the empty checklist when storage holds %s', async (_, value) => {
    await fakeBrowser.storage.local.set({ checklist: value });
    expect(await loadChecklist()).toEqual({ ticks: {} });
  });

  it('keeps the sound entries of a partly corrupted value', async () => {
    await fakeBrowser.storage.local.set({
      checklist: { ticks: { 'backup-codes': true, 'text-message': 'yes', 'no-such-item': true, '__proto__': true } },
    });
    expect(await loadChecklist()).toEqual({ ticks: { 'backup-codes': true } });
  });

  it('stores only the ticks, under its own key in local storage', async () => {
    await saveChecklist({ ticks: { 'contact-support': true } });
    expect(await fakeBrowser.storage.local.get('checklist')).toEqual({ checklist: { ticks: { 'contact-support': true } } });
    expect(await loadChecklist()).toEqual({ ticks: { 'contact-support': true } });
  });

  it('parses unknown input without throwing', () => {
    expect(parseChecklist(undefined)).toEqual({ ticks: {} });
    expect(parseChecklist({ ticks: { 'backup-codes': false } })).toEqual({ ticks: {} });
  });
});
