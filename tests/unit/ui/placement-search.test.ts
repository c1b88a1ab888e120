/** The fast search finds the very slot the plain one (every candidate against every box) finds. */
import { describe, expect, it } from 'vitest';
import { placePanel, type Box, type PanelPlacementInput } from '../../../src/ui/placement';
import { placePanelByBruteForce } from './support/placement-by-brute-force';

/** A small seeded generator: the same layouts on every run. */
function seeded(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const VIEWPORTS = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
];

/** Controls of many kinds: rows of a list, a column of navigation, scattered buttons, fractional
 * boxes as browsers measure them, some partly off screen. */
function layout(random: () => number, width: number, height: number, count: number): Box[] {
  const boxes: Box[] = [];
  const kind = Math.floor(random() * 3);
  for (let i = 0; i < count; i++) {
    const w = kind === 0 ? width * (0.2 + random() * 0.5) : 20 + random() * 200;
    const h = 14 + random() * 50;
    const left = kind === 0 ? random() * width * 0.3 : random() * (width + 40) - 20;
    const top = kind === 0 ? i * (h + 8 + random() * 30) : random() * (height + 60) - 30;
    // Whole pixels half the time (then edges meet exactly), else fractions, as browsers measure them.
    const at = random() < 0.5 ? Math.round : (value: number) => value;
    boxes.push({ left: at(left), top: at(top), right: at(left + w), bottom: at(top + h) });
  }
  return boxes;
}

function inputs(seed: number): PanelPlacementInput[] {
  const random = seeded(seed);
  const all: PanelPlacementInput[] = [];
  for (const viewport of VIEWPORTS) {
    for (const count of [0, 1, 3, 8, 20, 45]) {
      const avoid = layout(random, viewport.width, viewport.height, count);
      const left = random() * viewport.width * 0.5;
      const top = random() * viewport.height * 0.3;
      const prefer = random() < 0.5 ? { left, top, right: left + viewport.width * 0.45, bottom: top + viewport.height * 0.6 } : undefined;
      // The panel's rendered width, when CSS keeps it wider than its slot; once wider than the band width.
      const minWidth = [0, 0, 262.4, 300, 520][Math.floor(random() * 5)];
      all.push({ viewport, avoid, prefer, rtl: random() < 0.5, minWidth });
    }
  }
  return all;
}

describe('placePanel’s search', () => {
  it('finds the same slot as every candidate tried against every box, on 1,500 seeded layouts', () => {
    let slots = 0;
    for (let seed = 1; seed <= 50; seed++) {
      for (const input of inputs(seed)) {
        const expected = placePanelByBruteForce(input);
        expect(placePanel(input), JSON.stringify(input)).toEqual(expected);
        if (expected) slots++;
      }
    }
    // Both answers occur often: the layouts leave room, and they fill the screen.
    expect(slots).toBeGreaterThan(300);
    expect(slots).toBeLessThan(1400);
  });

  it('finds it among boxes that leave no full-height column, where the search does all its work', () => {
    const random = seeded(7);
    let found = 0;
    for (let i = 0; i < 40; i++) {
      const viewport = VIEWPORTS[i % VIEWPORTS.length]!;
      // A box near each side: no column beside them, so every candidate rectangle is weighed.
      const sides = [
        { left: 0, top: viewport.height * random(), right: 40, bottom: viewport.height * random() + 40 },
        { left: viewport.width - 40, top: viewport.height * random(), right: viewport.width, bottom: viewport.height * random() + 40 },
      ];
      const input = { viewport, avoid: [...sides, ...layout(random, viewport.width, viewport.height, 30)], rtl: i % 2 === 1 };
      const expected = placePanelByBruteForce(input);
      expect(placePanel(input), JSON.stringify(input)).toEqual(expected);
      if (expected) found++;
    }
    expect(found).toBeGreaterThan(5);
  });
});
