/** The ring's box follows its target at each page check, on one watch kept for as long as the target stays. */
import { cleanup, renderHook } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTargetBox } from '../../../src/ui/use-target-box';
import { placeAt, useFakeLayout } from '../support/fake-layout';

beforeEach(() => {
  useFakeLayout();
  document.body.innerHTML = '<nav><a id="target" href="/settings">Settings</a><a id="other" href="/explore">Explore</a></nav>';
});
afterEach(cleanup);

const byId = (id: string) => document.getElementById(id)!;

describe('useTargetBox', () => {
  it('measures the target again at each page check, without reopening the layout watch', () => {
    const target = byId('target');
    placeAt(target, { left: 10, top: 100, width: 120, height: 40 });
    const listening = vi.spyOn(window, 'addEventListener');
    const { result, rerender } = renderHook(({ tick }: { tick: number }) => useTargetBox(target, tick), { initialProps: { tick: 1 } });
    expect(result.current).toEqual({ left: 10, top: 100, right: 130, bottom: 140 });
    const opened = listening.mock.calls.length;
    expect(opened).toBeGreaterThan(0); // scroll, resize, transitions: the shared watch

    // X moved it, and the page check that follows says so.
    placeAt(target, { left: 10, top: 300, width: 120, height: 40 });
    rerender({ tick: 2 });
    expect(result.current).toEqual({ left: 10, top: 300, right: 130, bottom: 340 });
    rerender({ tick: 3 });
    expect(listening.mock.calls.length).toBe(opened);
  });

  it('follows a new target, and has no box without one', () => {
    placeAt(byId('target'), { left: 10, top: 100, width: 120, height: 40 });
    placeAt(byId('other'), { left: 10, top: 160, width: 120, height: 40 });
    const initialProps: { el: Element | undefined } = { el: byId('target') };
    const { result, rerender } = renderHook(({ el }) => useTargetBox(el, 1), { initialProps });
    rerender({ el: byId('other') });
    expect(result.current?.top).toBe(160);
    rerender({ el: undefined });
    expect(result.current).toBeUndefined();
  });

  it('has no box once X removed the target, at the next page check', () => {
    const target = byId('target');
    const { result, rerender } = renderHook(({ tick }: { tick: number }) => useTargetBox(target, tick), { initialProps: { tick: 1 } });
    expect(result.current).toBeDefined();
    target.remove();
    rerender({ tick: 2 });
    expect(result.current).toBeUndefined();
  });
});
