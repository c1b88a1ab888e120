import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLifetime } from '../../../src/watcher/lifetime';

describe('the watcher’s lifetime', () => {
  let there: boolean;
  const create = () => createLifetime(() => there);
  beforeEach(() => {
    vi.useFakeTimers();
    there = true;
  });
  afterEach(() => vi.useRealTimers());

  it('lasts while the extension is there, and ends, once, the first time it is not', () => {
    const life = create();
    const ended = vi.fn();
    life.onEnd(ended);
    expect(life.alive()).toBe(true);
    expect(life.signal.aborted).toBe(false);
    there = false;
    expect(life.alive()).toBe(false);
    expect(life.alive()).toBe(false);
    expect(life.signal.aborted).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('stays ended when the extension seems back (a new copy has its own lifetime)', () => {
    const life = create();
    there = false;
    life.alive();
    there = true;
    expect(life.alive()).toBe(false);
  });

  it('runs every end, even after one throws (undoing a listener of a gone extension may)', () => {
    const life = create();
    const second = vi.fn();
    life.onEnd(() => {
      throw new Error('Extension context invalidated.');
    });
    life.onEnd(second);
    there = false;
    expect(() => life.alive()).not.toThrow();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('runs its timers while it lasts, and none once it ended (cleared at the end, or checked when due)', async () => {
    const life = create();
    const ran: string[] = [];
    life.setTimeout(() => ran.push('first'), 10);
    await vi.advanceTimersByTimeAsync(10);
    life.setTimeout(() => ran.push('cleared'), 10);
    life.setTimeout(() => ran.push('due after the extension went'), 20);
    there = false;
    await vi.advanceTimersByTimeAsync(30);
    expect(ran).toEqual(['first']);
    expect(vi.getTimerCount()).toBe(0);
  });
});
