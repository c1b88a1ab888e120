import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createShadowHost } from '../../../src/ui/shadow-host';
import { person } from './support/person';

const options = (alive = () => true) => ({ name: 'x2fa-rescue', css: '', isolateEvents: ['keydown'], alive });

function hostWith(html: string, alive?: () => boolean) {
  const ui = createShadowHost(options(alive));
  ui.mount();
  const template = document.createElement('template');
  template.innerHTML = html;
  ui.container.append(template.content);
  return ui;
}

describe('the shadow host', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('lets a person’s click through to our controls', () => {
    const ui = hostWith('<button type="button">Close</button>');
    const onClick = vi.fn();
    ui.container.querySelector('button')!.addEventListener('click', onClick);
    person.click(ui.container.querySelector('button')!);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('refuses what the page’s scripts dispatch at our controls: clicks, typing, ticks', () => {
    const ui = hostWith('<button type="button">Close</button><input type="checkbox"><textarea></textarea>');
    // The page reaches in through the open root, as any script on x.com could.
    const root = document.querySelector('x2fa-rescue')!.shadowRoot!;
    const seen: string[] = [];
    for (const type of ['click', 'input', 'change', 'keydown', 'pointerdown']) root.addEventListener(type, () => seen.push(type)); // ours listen at the target, later
    root.querySelector('button')!.addEventListener('click', () => seen.push('button'));
    root.querySelector('button')!.click();
    root.querySelector<HTMLInputElement>('input')!.click();
    root.querySelector('textarea')!.dispatchEvent(new Event('input', { bubbles: true }));
    root.querySelector('textarea')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    root.querySelector('button')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(seen).toEqual([]);
    // A scripted click on a box does not tick it either.
    expect(root.querySelector<HTMLInputElement>('input')!.checked).toBe(false);
    expect(ui.host.isConnected).toBe(true);
  });

  it('is <x2fa-rescue> with an open shadow root, last in <body>', () => {
    document.body.append(document.createElement('main'));
    const ui = createShadowHost(options());
    ui.mount();
    expect(ui.host.localName).toBe('x2fa-rescue');
    expect(ui.host.shadowRoot?.contains(ui.container)).toBe(true);
    expect(document.body.lastElementChild).toBe(ui.host);
  });

  it('takes the place of the hosts an earlier copy of the extension left, and of nothing else', () => {
    const page = document.body.appendChild(document.createElement('div'));
    const old = document.body.appendChild(document.createElement('x2fa-rescue'));
    const older = document.body.appendChild(document.createElement('x2fa-rescue-k2m9'));
    const ui = createShadowHost(options());
    ui.mount();
    expect([...document.body.children]).toEqual([page, ui.host]);
    expect(old.isConnected || older.isConnected).toBe(false);
  });

  it('on a copy an update cut off, lets not even a person’s click reach its controls', () => {
    let there = true;
    const ui = hostWith('<button type="button">Close</button>', () => there);
    const onClick = vi.fn();
    ui.container.querySelector('button')!.addEventListener('click', onClick);
    person.click(ui.container.querySelector('button')!);
    expect(onClick).toHaveBeenCalledTimes(1);
    there = false;
    person.click(ui.container.querySelector('button')!);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('keeps typed keys from X’s shortcuts', () => {
    const ui = createShadowHost(options());
    ui.mount();
    const input = ui.container.appendChild(document.createElement('input'));
    const shortcut = vi.fn();
    document.addEventListener('keydown', shortcut);
    fireEvent(input, Object.defineProperty(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }), 'isTrusted', { get: () => true }));
    document.removeEventListener('keydown', shortcut);
    expect(shortcut).not.toHaveBeenCalled();
  });
  // Last: a page's definition lasts as long as the window.
  it('gets a shadow root under a name of its own where the page defined <x2fa-rescue> and took its shadow root', () => {
    const name = 'x2fa-rescue';
    customElements.define(
      name,
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'closed' }); // ours cannot be attached after this
        }
      },
    );
    const ui = createShadowHost(options());
    ui.mount();
    expect(ui.host.localName).toMatch(/^x2fa-rescue-[a-z0-9]+$/);
    expect(ui.host.shadowRoot?.contains(ui.container)).toBe(true);
    expect(document.querySelectorAll(name)).toHaveLength(0);
  });
});
