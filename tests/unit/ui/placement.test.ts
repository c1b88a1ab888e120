import { describe, expect, it, vi } from 'vitest';
import { measurePlacement } from '../../../src/ui/use-placement';
import { type Box, intersects, KEEP_CLEAR_CONTEXTS, keepsClear, LAUNCHER, PANEL, placeLauncher, placePanel, slotBox } from '../../../src/ui/placement';

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

/** X's password page on a laptop: navigation, settings list, the form with Save; nothing beside them. */
function passwordPage() {
  const nav = [box(23, 2, 52, 52), ...[0, 1, 2, 3, 4, 5].map((i) => box(23, 60 + i * 50, 220, 44)), box(8, 372, 233, 52), box(20, 704, 240, 40)];
  const list = [box(292, 57, 357, 40), ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => box(276, 109 + i * 52, 388, 52))];
  const form = box(665, 0, 359, 440);
  const fields = [box(682, 65, 330, 56), box(682, 132, 110, 18), box(682, 173, 330, 56), box(682, 253, 330, 56), box(940, 386, 72, 36)];
  return { controls: [...nav, ...list, ...fields], form };
}

describe('placePanel keeps every control clear', () => {
  it('finds the free space below a form when no full-height column is free', () => {
    const { controls, form } = passwordPage();
    const slot = placePanel({ viewport: { width: 1024, height: 768 }, avoid: controls, prefer: form, rtl: false });
    expect(slot).toBeDefined();
    for (const control of controls) expect(intersects(slotBox(slot!), control)).toBe(false);
    expect(intersects(slotBox(slot!), form)).toBe(false); // X's form is left whole when there is room
    expect(slot!.maxHeight).toBeGreaterThanOrEqual(PANEL.minHeight);
    expect(slot!.width).toBeGreaterThanOrEqual(PANEL.minWidth);
  });

  it('grows a narrow slot sideways up to the preferred width when the space is free', () => {
    // A free area 336 px wide: wider than the minimum, narrower than the band width.
    const controls = [box(0, 0, 664, 768), box(0, 0, 1024, 440)];
    const slot = placePanel({ viewport: { width: 1024, height: 768 }, avoid: controls, rtl: false });
    expect(slot).toBeDefined();
    expect(slot!.width).toBe(1024 - PANEL.gap - (664 + PANEL.gap));
    for (const control of controls) expect(intersects(slotBox(slot!), control)).toBe(false);
  });

  it('never gives the panel less than the width it renders at, and folds when that width does not fit', () => {
    const controls = [box(0, 0, 700, 768)]; // 300 px free beside it
    const viewport = { width: 1024, height: 768 };
    expect(placePanel({ viewport, avoid: controls, rtl: false })!.width).toBe(300);
    expect(placePanel({ viewport, avoid: controls, rtl: false, minWidth: 290 })!.width).toBe(300);
    expect(placePanel({ viewport, avoid: controls, rtl: false, minWidth: 310 })).toBeUndefined();
  });

  it('shrinks to the minimum height rather than cover, and no further', () => {
    const controls = [box(0, 0, 390, 200), box(0, 200 + 2 * PANEL.gap + PANEL.minHeight, 390, 400)];
    const slot = placePanel({ viewport: { width: 390, height: 800 }, avoid: controls, rtl: false });
    expect(slot).toMatchObject({ top: 212, maxHeight: PANEL.minHeight });
    const tighter = [box(0, 0, 390, 201), controls[1]!];
    expect(placePanel({ viewport: { width: 390, height: 800 }, avoid: tighter, rtl: false })).toBeUndefined();
  });

  it('treats every context that opens the panel by itself alike, the turn-a-method-off dialog included', () => {
    expect([...KEEP_CLEAR_CONTEXTS].sort()).toEqual(['choose-method', 'code-prompt', 'method-off', 'password-change']);
    expect(KEEP_CLEAR_CONTEXTS.has('settings')).toBe(false);
    expect(KEEP_CLEAR_CONTEXTS.has('other')).toBe(false);
  });

  it('keeps clear on another login step only when X says there that it has limited the login', () => {
    expect(keepsClear({ context: 'other', loginNotice: 'limited' })).toBe(true);
    // A banner we cannot read gets the launcher: the panel opens only on request there.
    expect(keepsClear({ context: 'other', loginNotice: 'unread' })).toBe(false);
    expect(keepsClear({ context: 'other' })).toBe(false);
    expect(keepsClear({ context: 'settings' })).toBe(false);
    expect(keepsClear({ context: 'code-prompt' })).toBe(true);
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

describe('measurePlacement', () => {
  /** A phone-sized page: a header button, the code field, a link, a bottom bar; boxes from data-box. */
  function page() {
    document.body.innerHTML = `
      <div role="dialog" aria-modal="true" data-box="0,0,390,844">
        <button data-box="16,10,34,34">Close</button>
        <input data-box="16,180,358,56">
        <a href="/x" data-box="16,250,250,20">Choose another method</a>
      </div>
      <nav><a href="/home" data-box="0,790,390,54">Home</a></nav>`;
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const [left = 0, top = 0, width = 0, height = 0] = (this.getAttribute('data-box') ?? '0,0,0,0').split(',').map(Number);
      return { left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) };
    });
    vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(390);
    vi.stubGlobal('innerHeight', 844);
    return { dialog: document.querySelector('[role="dialog"]')!, controls: [...document.querySelectorAll('[data-box]')].slice(1) };
  }

  it('gives every context that opens by itself the same slot, clear of every control on the page', () => {
    const { dialog, controls } = page();
    const slots = [...KEEP_CLEAR_CONTEXTS].map((context) => measurePlacement(document, { context, stepContainer: dialog }, false).placement.panel);
    expect(slots[0]).toBeDefined();
    for (const slot of slots) expect(slot).toEqual(slots[0]);
    for (const control of controls) expect(intersects(slotBox(slots[0]!), control.getBoundingClientRect())).toBe(false);
  });

  it('does not count controls that X’s modal dialog leaves under its backdrop, and counts those on top', () => {
    const { dialog } = page();
    const home = document.querySelector('nav a')!;
    const backdrop = document.createElement('div');
    document.body.append(backdrop);
    const ours = document.createElement('x2fa-rescue');
    // Our own panel on top changes nothing: the answer must not depend on where it sits.
    // happy-dom has no elementsFromPoint: the browser's answers, as they would come.
    const hit = vi.fn(() => [ours, backdrop, home]);
    Object.defineProperty(document, 'elementsFromPoint', { value: hit, configurable: true });
    try {
      const under = measurePlacement(document, { context: 'method-off', stepContainer: dialog }, false);
      expect(under.watch).not.toContain(home);
      hit.mockReturnValue([ours, home]);
      const onTop = measurePlacement(document, { context: 'method-off', stepContainer: dialog }, false);
      expect(onTop.watch).toContain(home);
    } finally {
      delete (document as unknown as Record<string, unknown>).elementsFromPoint;
    }
  });

  it('keeps the notice-only panel of a login step with X’s error banner clear of every control', () => {
    const { controls } = page();
    const { placement } = measurePlacement(document, { context: 'other', loginNotice: 'limited' }, false);
    expect(placement.panel).toBeDefined();
    for (const control of controls) expect(intersects(slotBox(placement.panel!), control.getBoundingClientRect())).toBe(false);
  });

  it('lets a panel opened by hand elsewhere overlay the page', () => {
    page();
    const { placement } = measurePlacement(document, { context: 'settings' }, false);
    expect(placement.panel).toMatchObject({ top: PANEL.gap, width: PANEL.preferredWidth });
  });

  it('opened by hand on the settings path, leaves free the item the path names next', () => {
    page();
    const next = document.querySelector('nav a')!; // stands for X's next row here: 0,790,390,54
    const { placement } = measurePlacement(document, { context: 'settings' }, false, 0, [next]);
    expect(placement.panel).toBeDefined();
    expect(intersects(slotBox(placement.panel!), next.getBoundingClientRect())).toBe(false);
  });

  it('says when X has not drawn its step yet, so the next DOM change is watched', () => {
    document.body.innerHTML = '<div role="progressbar"></div>';
    expect(measurePlacement(document, { context: 'code-prompt' }, false).waiting).toBe(true);
    expect(measurePlacement(document, { context: 'settings' }, false).waiting).toBe(false);
  });
});
