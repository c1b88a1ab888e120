/**
 * The rule users care about, stated without depending on one machine's fonts
 * or speed: once things have settled, none of X's visible controls is under
 * our panel or launcher — and that still holds after X's text is laid out
 * differently (wider spacing, another font), as it is on other machines.
 */
import { expect } from 'vitest';
import type { PageDriver, Viewport } from './driver';
import { coveredControls, perturbLayout, settled, snapshotUi, type UiSnapshot } from './page-probes';

/** From a small phone to a desktop. */
const VIEWPORTS: readonly Viewport[] = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
  { width: 320, height: 568 },
];

/** The ends and the middle of that range, for the second browser: the placement code is the same. */
const VIEWPORTS_SAMPLE: readonly Viewport[] = [VIEWPORTS[1]!, VIEWPORTS[3]!, VIEWPORTS[4]!];

/** Every viewport in the first browser, a sample in the second (keeps the suite within its time). */
export const viewportsFor = (thorough: boolean): readonly Viewport[] => (thorough ? VIEWPORTS : VIEWPORTS_SAMPLE);

export const label = (what: string, viewport: Viewport) => `${what} ${viewport.width}×${viewport.height}`;

/** Waits for the page and our UI to settle, then expects nothing of X's covered; returns our UI's state. */
export async function expectUncovered(page: PageDriver, what: string): Promise<UiSnapshot> {
  expect(await page.evaluate(settled), `${what}: still moving after 5 s`).toBe(true);
  expect(await page.evaluate(coveredControls), what).toEqual([]);
  return page.evaluate(snapshotUi);
}

/** The same check after each way of moving X's layout (each one a change our UI must follow by itself). */
export async function expectUncoveredAfterReflow(page: PageDriver, what: string): Promise<void> {
  for (const kind of ['spacing', 'font'] as const) {
    await page.evaluate(perturbLayout, kind);
    await expectUncovered(page, `${what}, after X's text got a different ${kind}`);
  }
}
