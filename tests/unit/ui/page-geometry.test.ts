/** Which of X's controls the panel must keep clear of: only live ones, with the hit test only where a cover is possible. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { visibleControls } from '../../../src/ui/page-geometry';
import { coverWith, hitTestWith, placeAt, useFakeLayout } from '../support/fake-layout';

const VIEWPORT = { width: 1024, height: 768 };
const byId = (id: string) => document.getElementById(id)!;
const ids = () => visibleControls(document, VIEWPORT).map((control) => control.el.id);

beforeEach(() => {
  useFakeLayout();
  document.body.innerHTML = '';
});

describe('visibleControls', () => {
  it('leaves out the controls of X’s inactive steps (inert, transparent, without pointer events)', () => {
    document.body.innerHTML =
      '<form inert><input id="a"></form><form style="opacity:0;pointer-events:none"><button id="b">Next</button></form><form><input id="c"><button id="d">Next</button></form>';
    placeAt(byId('c'), { left: 10, top: 10, width: 300, height: 40 });
    placeAt(byId('d'), { left: 10, top: 60, width: 300, height: 40 });
    expect(ids()).toEqual(['c', 'd']);
  });

  it('makes no hit test where nothing can be covered (placement runs on every frame)', () => {
    document.body.innerHTML = '<button id="a">One</button><button id="b">Two</button>';
    placeAt(byId('a'), { left: 10, top: 10, width: 100, height: 30 });
    placeAt(byId('b'), { left: 10, top: 60, width: 100, height: 30 });
    const hits = vi.fn(() => []);
    hitTestWith(hits);
    expect(ids()).toEqual(['a', 'b']);
    expect(hits).not.toHaveBeenCalled();
  });

  it('drops the covered copy of a form drawn twice: controls over one another are hit-tested', () => {
    document.body.innerHTML = '<form><button id="under">Next</button></form><form><button id="over">Next</button></form><a id="apart" href="/x">Help</a>';
    placeAt(byId('under'), { left: 10, top: 10, width: 100, height: 30 });
    placeAt(byId('over'), { left: 12, top: 12, width: 100, height: 30 });
    placeAt(byId('apart'), { left: 10, top: 300, width: 100, height: 30 });
    coverWith(byId('over'));
    expect(ids()).toEqual(['over', 'apart']);
  });

  it('does not take a control inside another for a cover', () => {
    document.body.innerHTML = '<a id="row" href="/settings"><span><button id="inner">i</button></span></a>';
    placeAt(byId('row'), { left: 0, top: 0, width: 400, height: 60 });
    placeAt(byId('inner'), { left: 350, top: 10, width: 30, height: 30 });
    const hits = vi.fn(() => []);
    hitTestWith(hits);
    expect(ids()).toEqual(['row', 'inner']);
    expect(hits).not.toHaveBeenCalled();
  });

  it('while X shows a modal, drops what its backdrop covers', () => {
    document.body.innerHTML = '<main><button id="page">Edit</button></main><div role="dialog" aria-modal="true"><button id="sheet">Turn off</button></div>';
    placeAt(byId('page'), { left: 10, top: 10, width: 100, height: 30 });
    placeAt(byId('sheet'), { left: 400, top: 300, width: 200, height: 40 });
    hitTestWith((x) => (x < 300 ? [document.querySelector('main')!] : [byId('sheet')]));
    expect(ids()).toEqual(['sheet']);
  });
});
