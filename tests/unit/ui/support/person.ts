/**
 * Events as a person makes them. The in-page UI acts only on trusted events (src/ui/shadow-host.ts);
 * happy-dom cannot make one, so tests mark theirs, as the browser marks a real click.
 */
import { fireEvent } from '@testing-library/preact';

const asPerson = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { get: () => true });

export const person = {
  click: (el: Element) => fireEvent(el, asPerson(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }))),
};
