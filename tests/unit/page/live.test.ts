import { beforeEach, describe, expect, it, vi } from 'vitest';
import { firstLive, isLive, liveAll, liveText, readingOnce } from '../../../src/page/live';
import { coverWith, hitTestWith, placeAt, useFakeLayout } from '../support/fake-layout';

beforeEach(() => {
  useFakeLayout();
  document.body.innerHTML = '';
});

function html(markup: string): void {
  document.body.innerHTML = markup;
}
const byId = (id: string) => document.getElementById(id)!;

describe('what counts as live: each rule', () => {
  it('an ordinary field is live', () => {
    html('<form><input id="f"></form>');
    expect(isLive(byId('f'))).toBe(true);
  });

  it('a removed element is not', () => {
    html('<input id="f">');
    const field = byId('f');
    field.remove();
    expect(isLive(field)).toBe(false);
  });

  it('nothing inside [inert] (X’s inactive step)', () => {
    html('<form inert><div><input id="f"></div></form>');
    expect(isLive(byId('f'))).toBe(false);
  });

  it('nothing inside aria-hidden="true" (the page under X’s sheet), but aria-hidden="false" is no veto', () => {
    html('<div aria-hidden="true"><button id="b">Next</button></div><div aria-hidden="false"><button id="c">Next</button></div>');
    expect(isLive(byId('b'))).toBe(false);
    expect(isLive(byId('c'))).toBe(true);
  });

  it('nothing display: none or visibility: hidden, on the element or above it', () => {
    html(
      '<div style="display:none"><input id="a"></div><input id="b" style="display:none">' +
        '<div style="visibility:hidden"><input id="c"></div><input id="d" style="visibility:hidden">',
    );
    for (const id of ['a', 'b', 'c', 'd']) expect(isLive(byId(id)), id).toBe(false);
  });

  it('nothing transparent (opacity 0 on the element or an ancestor)', () => {
    html('<form style="opacity:0"><input id="a"></form><input id="b" style="opacity:0"><input id="c" style="opacity:0.5">');
    expect(isLive(byId('a'))).toBe(false);
    expect(isLive(byId('b'))).toBe(false);
    expect(isLive(byId('c'))).toBe(true);
  });

  it('nothing that takes no pointer events (how X parks a future step)', () => {
    html('<input id="a" style="pointer-events:none"><input id="b" style="pointer-events:auto">');
    expect(isLive(byId('a'))).toBe(false);
    expect(isLive(byId('b'))).toBe(true);
  });

  it('nothing without a box, or parked at a negative offset', () => {
    html('<input id="a"><input id="b"><input id="c">');
    placeAt(byId('a'), { left: 0, top: 0, width: 0, height: 0 });
    placeAt(byId('b'), { left: -9999, top: 10, width: 100, height: 20 });
    placeAt(byId('c'), { left: 10, top: 10, width: 1, height: 1 });
    expect(isLive(byId('a'))).toBe(false);
    expect(isLive(byId('b'))).toBe(false);
    expect(isLive(byId('c'))).toBe(true);
  });

  it('the covered copy of a drawn-twice form loses the hit test; the copy on top wins', () => {
    html('<form id="under"><input id="u"></form><form id="over"><input id="o"></form>');
    coverWith(byId('o'));
    expect(isLive(byId('u'))).toBe(false);
    expect(isLive(byId('o'))).toBe(true);
  });

  it('a hit on a part of the element counts (the label inside a button)', () => {
    html('<button id="b"><span><span id="s">Try another way</span></span></button>');
    coverWith(byId('s'));
    expect(isLive(byId('b'))).toBe(true);
  });

  it('our own panel over X’s control does not make it covered', () => {
    html('<button id="b">Next</button><x2fa-rescue id="host"></x2fa-rescue>');
    hitTestWith(() => [byId('host'), byId('b'), document.body]);
    expect(isLive(byId('b'))).toBe(true);
  });

  it('an element out of view needs no hit test (a guide may scroll to it)', () => {
    html('<a id="a" href="/settings">Settings</a><div id="cover"></div>');
    placeAt(byId('a'), { left: 10, top: 5000, width: 100, height: 20 });
    coverWith(byId('cover'));
    expect(isLive(byId('a'))).toBe(true);
  });

  it('the hit test is made at the centre of the part in view', () => {
    html('<button id="b">Next</button><div id="cover"></div>');
    placeAt(byId('b'), { left: -50, top: 100, width: 100, height: 20 });
    const points: [number, number][] = [];
    hitTestWith((x, y) => {
      points.push([x, y]);
      return [byId('b')];
    });
    expect(isLive(byId('b'))).toBe(true);
    expect(points).toEqual([[25, 110]]);
  });
});

describe('the exception: X’s one-time-code input', () => {
  it('is live at opacity 0 (it takes the typing over the drawn cells)', () => {
    html(
      '<div class="cells"><div></div><div></div><input id="otc" class="jf-code-input-field" autocomplete="one-time-code" inputmode="numeric" style="opacity:0"></div>',
    );
    expect(isLive(byId('otc'))).toBe(true);
  });

  it('counts as reached when a drawn cell of its own wrapper is on top', () => {
    html('<div><div id="cell"></div><input id="otc" autocomplete="one-time-code" style="opacity:0"></div><div id="elsewhere"></div>');
    coverWith(byId('cell'));
    expect(isLive(byId('otc'))).toBe(true);
    coverWith(byId('elsewhere'));
    expect(isLive(byId('otc'))).toBe(false);
  });

  it('is not live when its step is transparent, inert or takes no pointer events', () => {
    html(
      '<form style="opacity:0"><div><input id="a" autocomplete="one-time-code" style="opacity:0"></div></form>' +
        '<form inert><input id="b" autocomplete="one-time-code" style="opacity:0"></form>' +
        '<input id="c" autocomplete="one-time-code" style="opacity:0;pointer-events:none">',
    );
    for (const id of ['a', 'b', 'c']) expect(isLive(byId(id)), id).toBe(false);
  });

  it('does not extend to other transparent fields (a hidden autofill password)', () => {
    html('<div><input id="pw" type="password" autocomplete="current-password" style="opacity:0"></div>');
    expect(isLive(byId('pw'))).toBe(false);
  });
});

describe('the cost of a reading', () => {
  it('one reading hit-tests each element once; the next reading asks again', () => {
    html('<button id="b">Next</button>');
    const hits = vi.fn(() => [byId('b')]);
    hitTestWith(hits);
    readingOnce(() => {
      expect(isLive(byId('b'))).toBe(true);
      expect(isLive(byId('b'))).toBe(true);
    });
    expect(hits).toHaveBeenCalledTimes(1);
    readingOnce(() => isLive(byId('b')));
    expect(hits).toHaveBeenCalledTimes(2);
  });

  it('can leave the hit test out, for placement where no cover is possible', () => {
    html('<button id="b">Next</button><div id="cover"></div>');
    coverWith(byId('cover'));
    expect(isLive(byId('b'))).toBe(false);
    expect(isLive(byId('b'), { hitTest: false })).toBe(true);
  });

  it('takes the box its caller has just measured, rather than measure it again', () => {
    html('<button id="b">Next</button>');
    placeAt(byId('b'), { left: 10, top: 10, width: 100, height: 30 });
    const measure = vi.spyOn(Element.prototype, 'getBoundingClientRect'); // the fake layout's own spy
    measure.mockClear();
    expect(isLive(byId('b'), { hitTest: false, box: { left: 10, top: 10, right: 110, bottom: 40 } })).toBe(true);
    expect(measure).not.toHaveBeenCalled();
    // The box given is the one judged: an empty one, or one parked off the page, is not live.
    expect(isLive(byId('b'), { hitTest: false, box: { left: 10, top: 10, right: 10, bottom: 40 } })).toBe(false);
    expect(isLive(byId('b'), { hitTest: false, box: { left: -600, top: 10, right: -500, bottom: 40 } })).toBe(false);
  });
});

describe('reading only the live step', () => {
  it('liveAll and firstLive skip inactive copies, in document order', () => {
    html('<form inert><input id="a" class="f"></form><form><input id="b" class="f"></form><form><input id="c" class="f"></form>');
    expect(liveAll(document, '.f').map((el) => el.id)).toEqual(['b', 'c']);
    expect(firstLive(document, '.f')?.id).toBe('b');
    expect(liveAll(document, '.f', 2).map((el) => el.id)).toEqual(['b']); // the limit counts matches, live or not
  });

  it('liveText leaves out what a person cannot see, and keeps words apart', () => {
    html(
      '<main id="m"><form inert><h1>Enter your password</h1></form>' +
        '<form style="opacity:0;pointer-events:none"><p>Old step</p></form>' +
        '<form><h1>Enter your two factor code</h1><p hidden>secret</p><div aria-hidden="true">decor</div><button>Next</button><button>Try another way</button></form></main>',
    );
    const text = liveText(byId('m')).replace(/\s+/g, ' ').trim();
    expect(text).toBe('Enter your two factor code Next Try another way');
  });

  it('liveText stops at its limit', () => {
    html(`<div id="d">${'word '.repeat(2000)}</div>`);
    expect(liveText(byId('d'), 100).length).toBe(100);
  });
});
