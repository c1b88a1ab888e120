import { describe, expect, it } from 'vitest';
import { GUIDES } from '../../../src/guides/in-page/guides';
import { BackgroundRequest } from '../../../src/messaging/requests';

const progress = (change: object) => ({ type: 'tab-state:set', patch: { guide: { id: 'backup-code', status: 'running', skipped: [], ...change } } });
const accepts = (message: unknown) => BackgroundRequest.safeParse(message).success;

/** Every input a sender controls has a bound: a count, a length, a form, a range. */
describe('the background’s requests, bounded', () => {
  it('skipped steps: at most 20, each a step id of at most 40 characters', () => {
    expect(accepts(progress({ skipped: Array.from({ length: 20 }, (_, i) => `step-${i}`) }))).toBe(true);
    expect(accepts(progress({ skipped: Array.from({ length: 21 }, (_, i) => `step-${i}`) }))).toBe(false);
    expect(accepts(progress({ skipped: ['a'.repeat(40)] }))).toBe(true);
    expect(accepts(progress({ skipped: ['a'.repeat(41)] }))).toBe(false);
    expect(accepts(progress({ skipped: ['a'.repeat(1_000_000)] }))).toBe(false);
  });

  it.each(['', 'Open-Menu', 'open menu', '../settings', '<img src=x>', '-open', 7])('skipped steps: refuses %j, not a step id', (step) => {
    expect(accepts(progress({ skipped: [step] }))).toBe(false);
  });

  it('skipped steps: takes every step id the guides have', () => {
    const ids = Object.values(GUIDES).flatMap((guide) => guide.steps.map((step) => step.id));
    expect(ids.length).toBeGreaterThan(5);
    expect(accepts(progress({ skipped: [...new Set(ids)] }))).toBe(true);
  });

  it('returnTo: a path on X’s site of at most 100 characters, in the guide and in guide:start-here', () => {
    const startHere = (returnTo: unknown) => ({ type: 'guide:start-here', guide: 'backup-code', returnTo });
    for (const wrap of [(returnTo: unknown) => progress({ returnTo }), startHere]) {
      expect(accepts(wrap('/settings/password'))).toBe(true);
      expect(accepts(wrap(`/${'a'.repeat(99)}`))).toBe(true);
      expect(accepts(wrap(`/${'a'.repeat(100)}`))).toBe(false);
      expect(accepts(wrap('https://evil.example/'))).toBe(false);
      expect(accepts(wrap('//evil.example/'))).toBe(false);
      expect(accepts(wrap('/settings?next=https://evil.example'))).toBe(false);
    }
  });

  it('guide:start: a known guide and a window id, a non-negative integer', () => {
    const start = (windowId: unknown, guide = 'backup-code') => ({ type: 'guide:start', guide, windowId });
    expect(accepts(start(0))).toBe(true);
    expect(accepts(start(2_147_483_647))).toBe(true);
    for (const windowId of [-1, -2, 1.5, '3', null, undefined, Number.MAX_SAFE_INTEGER + 2]) expect(accepts(start(windowId)), String(windowId)).toBe(false);
    expect(accepts(start(1, 'delete-account'))).toBe(false);
  });

  it('texts:get: one of the UI’s languages', () => {
    expect(accepts({ type: 'texts:get', lang: 'ja' })).toBe(true);
    expect(accepts({ type: 'texts:get', lang: 'xx' })).toBe(false);
    expect(accepts({ type: 'texts:get', lang: 'ja'.repeat(1000) })).toBe(false);
  });

  it('keeps nothing a request does not name', () => {
    const parsed = BackgroundRequest.safeParse({ type: 'tab-state:get', tabId: 3, extra: 'x'.repeat(10_000) });
    expect(parsed.data).toEqual({ type: 'tab-state:get' });
    const patch = BackgroundRequest.safeParse({ type: 'tab-state:set', patch: { panelClosed: true, secret: 'x' } });
    expect(patch.data).toEqual({ type: 'tab-state:set', patch: { panelClosed: true } });
  });
});
