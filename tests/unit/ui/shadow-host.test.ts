import { afterEach, describe, expect, it, vi } from 'vitest';
import { createShadowHost } from '../../../src/ui/shadow-host';
import { person } from './support/person';

function hostWith(html: string) {
  const ui = createShadowHost({ name: 'x2fa-rescue', css: '', isolateEvents: ['keydown'] });
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
});
