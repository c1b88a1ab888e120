import { describe, expect, it } from 'vitest';
import { type Box, intersects, LAUNCHER, PANEL, placeLauncher, placePanel, slotBox } from '../../../src/ui/placement';

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

/** X's older login dialog, centred, with its controls. */
function desktopDialog(viewportWidth: number) {
  const left = (viewportWidth - 600) / 2;
  const dialog = box(left, 40, 600, 650);
  const controls = [
    box(left + 16, 52, 36, 36), // close
    box(left + 80, 220, 440, 56), // code input
    box(left + 80, 300, 300, 20), // choose another method
    box(left + 80, 330, 200, 20), // contact support
    box(left + 80, 600, 440, 52), // Next
  ];
  return { dialog, controls };
}

describe('placePanel', () => {
  it('puts the panel beside the dialog on a wide screen (end side)', () => {
    const { dialog, controls } = desktopDialog(1440);
    const slot = placePanel({ viewport: { width: 1440, height: 900 }, avoid: controls, prefer: dialog, rtl: false });
    expect(slot).toBeDefined();
    expect(slot!.left).toBeGreaterThanOrEqual(dialog.right);
    expect(slot!.width).toBe(PANEL.preferredWidth);
    expect(slot!.left + slot!.width).toBeLessThanOrEqual(1440);
  });

  it('uses the start side on right-to-left pages', () => {
    const { dialog, controls } = desktopDialog(1440);
    const slot = placePanel({ viewport: { width: 1440, height: 900 }, avoid: controls, prefer: dialog, rtl: true });
    expect(slot!.left + slot!.width).toBeLessThanOrEqual(dialog.left);
  });

  it('overlaps the dialog’s empty margin, never its controls, when there is no room beside it', () => {
    const { dialog, controls } = desktopDialog(1024);
    const slot = placePanel({ viewport: { width: 1024, height: 768 }, avoid: controls, prefer: dialog, rtl: false });
    expect(slot).toBeDefined();
    for (const control of controls) expect(intersects(slotBox(slot!), control)).toBe(false);
  });

  it('takes the free band between controls on a phone', () => {
    const controls = [box(16, 180, 358, 56), box(16, 250, 250, 20), box(16, 280, 180, 20), box(16, 780, 358, 52)];
    const slot = placePanel({ viewport: { width: 390, height: 844 }, avoid: controls, rtl: false });
    expect(slot).toBeDefined();
    expect(slot!.top).toBeGreaterThanOrEqual(300);
    expect(slot!.top + slot!.maxHeight).toBeLessThanOrEqual(780);
    for (const control of controls) expect(intersects(slotBox(slot!), control)).toBe(false);
  });

  it('gives up rather than cover a control when nothing fits', () => {
    const controls = [box(0, 0, 320, 120), box(0, 200, 320, 120), box(0, 400, 320, 120)];
    expect(placePanel({ viewport: { width: 320, height: 520 }, avoid: controls, rtl: false })).toBeUndefined();
  });

  it('ignores controls scrolled out of view', () => {
    const slot = placePanel({ viewport: { width: 400, height: 700 }, avoid: [box(0, -500, 400, 300), box(0, 900, 400, 50)], rtl: false });
    expect(slot).toBeDefined();
  });
});

describe('placeLauncher', () => {
  it('takes the bottom end corner when free', () => {
    const spot = placeLauncher({ width: 1000, height: 800 }, [], false);
    expect(spot.right).toBe(1000 - LAUNCHER.gap);
    expect(spot.bottom).toBe(800 - LAUNCHER.gap);
  });

  it('moves to another corner when the first covers a control', () => {
    const taken = box(900, 700, 100, 100);
    const spot = placeLauncher({ width: 1000, height: 800 }, [taken], false);
    expect(intersects(spot, taken)).toBe(false);
  });
});
