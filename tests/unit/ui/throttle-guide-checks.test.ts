/** While a guide runs, page checks are let through a few times a second, and the last change is never lost. */
import { beforeEach, describe, expect, it } from 'vitest';
import { GUIDE_CHECK_MS, throttleGuideChecks, type GuideCheckThrottle } from '../../../src/ui/throttle-guide-checks';

const HOME = new URL('https://x.com/home');
const SETTINGS = new URL('https://x.com/settings');

let clock: number;
/** Timers asked for: when each is due, and what it runs. */
let timers: { at: number; run: () => void }[];
let rechecks: number[];
let throttle: GuideCheckThrottle;

/** Moves the clock to `at`, running the timers due by then. */
function advanceTo(at: number) {
  for (const timer of [...timers].sort((a, b) => a.at - b.at)) {
    if (timer.at > at) break;
    clock = timer.at;
    timers.splice(timers.indexOf(timer), 1);
    timer.run();
  }
  clock = at;
}

/** X's page changing at these times (ms): which of the checks ran. */
function changesAt(times: readonly number[], url = HOME): number[] {
  return times.filter((at) => {
    advanceTo(at);
    return throttle.admits(url);
  });
}

beforeEach(() => {
  clock = 1_000;
  timers = [];
  rechecks = [];
  throttle = throttleGuideChecks({
    now: () => clock,
    later: (ms, run) => timers.push({ at: clock + ms, run }),
    recheck: () => rechecks.push(clock),
  });
});

describe('throttleGuideChecks', () => {
  it('lets a check through at once after a quiet spell, then at most one every interval', () => {
    expect(GUIDE_CHECK_MS).toBe(250);
    // X's page changing every 50 ms (the watcher's own pace) for a second.
    const ran = changesAt(Array.from({ length: 20 }, (_, i) => 1_000 + i * 50));
    expect(ran).toEqual([1_000, 1_250, 1_500, 1_750]);
  });

  it('asks for one more check at the end of the interval, once, so the last change of a burst is seen', () => {
    expect(changesAt([1_000, 1_050, 1_100, 1_200])).toEqual([1_000]);
    expect(timers.map((timer) => timer.at)).toEqual([1_250]); // one, however many were turned away
    advanceTo(1_250);
    expect(rechecks).toEqual([1_250]);
    // The check it asked for (the watcher runs it a moment later) gets through.
    expect(changesAt([1_260])).toEqual([1_260]);
    // Quiet again: nothing more is asked for.
    advanceTo(3_000);
    expect(rechecks).toEqual([1_250]);
  });

  it('checks a new address at once', () => {
    expect(changesAt([1_000], HOME)).toEqual([1_000]);
    expect(changesAt([1_040], SETTINGS)).toEqual([1_040]);
    expect(changesAt([1_080], SETTINGS)).toEqual([]);
  });

  it('lets the check after the person’s own action through at once, and only that one', () => {
    expect(changesAt([1_000, 1_050])).toEqual([1_000]);
    throttle.release();
    expect(changesAt([1_060, 1_100])).toEqual([1_060]);
  });
});
