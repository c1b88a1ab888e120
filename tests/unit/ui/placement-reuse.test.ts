/** Placement decides again only when a box it used moved; otherwise its last answer stands. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { decidePlacement, reusingPlacement, type PlacementInput } from '../../../src/ui/placement-decision';
import { measurePlacement } from '../../../src/ui/use-placement';

/** A phone-sized code step; each element's box comes from its data-box (left, top, width, height). */
function codeStep() {
  document.body.innerHTML = `
    <div role="dialog" aria-modal="true" data-box="0,0,390,844">
      <button data-box="16,10,34,34">Close</button>
      <input id="code" data-box="16,180,358,56">
      <a href="/x" data-box="16,250,250,20">Choose another method</a>
    </div>`;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const [left = 0, top = 0, width = 0, height = 0] = (this.getAttribute('data-box') ?? '0,0,0,0').split(',').map(Number);
    return { left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) };
  });
  vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(390);
  vi.stubGlobal('innerHeight', 844);
  return { context: 'code-prompt' as const, stepContainer: document.querySelector('[role="dialog"]')! };
}

let decide: ReturnType<typeof vi.fn<typeof decidePlacement>>;
let place: (input: PlacementInput) => ReturnType<typeof decidePlacement>;

beforeEach(() => {
  decide = vi.fn(decidePlacement);
  place = reusingPlacement(decide);
});

describe('reusingPlacement', () => {
  it('answers with its last placement while nothing moved, without deciding again', () => {
    const reading = codeStep();
    const first = measurePlacement(document, reading, false, 0, [], place).placement;
    const again = measurePlacement(document, reading, false, 0, [], place).placement;
    expect(again).toBe(first);
    expect(decide).toHaveBeenCalledTimes(1);
    expect(first.panel).toBeDefined();
  });

  it('decides again when one of X’s controls moved, and the answer follows it', () => {
    const reading = codeStep();
    const first = measurePlacement(document, reading, false, 0, [], place).placement;
    // X's code field grows by a line: the free band below it starts lower.
    document.getElementById('code')!.setAttribute('data-box', '16,180,358,120');
    const moved = measurePlacement(document, reading, false, 0, [], place).placement;
    expect(decide).toHaveBeenCalledTimes(2);
    expect(moved.panel!.top).toBeGreaterThan(first.panel!.top);
  });

  it('decides again when the viewport, the panel’s width or the direction changed', () => {
    const reading = codeStep();
    measurePlacement(document, reading, false, 0, [], place);
    measurePlacement(document, reading, false, 300, [], place); // the panel proved wider than its slot
    expect(decide).toHaveBeenCalledTimes(2);
    measurePlacement(document, reading, true, 300, [], place);
    expect(decide).toHaveBeenCalledTimes(3);
    vi.stubGlobal('innerHeight', 700);
    measurePlacement(document, reading, true, 300, [], place);
    expect(decide).toHaveBeenCalledTimes(4);
    measurePlacement(document, reading, true, 300, [], place);
    expect(decide).toHaveBeenCalledTimes(4);
  });

  it('decides again when X’s step moved, though none of its controls did', () => {
    const reading = codeStep();
    measurePlacement(document, reading, false, 0, [], place);
    reading.stepContainer.setAttribute('data-box', '0,0,390,700');
    measurePlacement(document, reading, false, 0, [], place);
    expect(decide).toHaveBeenCalledTimes(2);
  });

  it('decides again when a control came or went, even where the others stay', () => {
    const reading = codeStep();
    measurePlacement(document, reading, false, 0, [], place);
    document.querySelector('a')!.remove();
    measurePlacement(document, reading, false, 0, [], place);
    expect(decide).toHaveBeenCalledTimes(2);
  });

  it('decides again when what a panel opened by hand leaves free moved', () => {
    codeStep();
    // The item the settings path names next: no control of its own here, so only the free boxes change.
    const next = document.createElement('div');
    next.setAttribute('data-box', '16,600,250,40');
    document.body.append(next);
    const settings = { context: 'settings' as const };
    measurePlacement(document, settings, false, 0, [next], place);
    measurePlacement(document, settings, false, 0, [next], place);
    expect(decide).toHaveBeenCalledTimes(1);
    next.setAttribute('data-box', '16,400,250,40');
    measurePlacement(document, settings, false, 0, [next], place);
    expect(decide).toHaveBeenCalledTimes(2);
  });

  it('decides again when the page became one the panel keeps clear on, with the same boxes', () => {
    codeStep();
    measurePlacement(document, { context: 'settings' }, false, 0, [], place);
    measurePlacement(document, { context: 'code-prompt' }, false, 0, [], place);
    expect(decide).toHaveBeenCalledTimes(2);
  });
});
