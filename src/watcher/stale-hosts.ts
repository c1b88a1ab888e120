/**
 * Our one element on X's pages, and the ones an earlier copy of the extension left behind: Firefox
 * drops an updated add-on's scripts but not the elements they added, and Chrome's cut-off copy
 * removes its own only at its next look. The new copy removes them before it draws, so the page
 * never has two.
 */

/** The UI contract's `<x2fa-rescue>`; `x2fa-rescue-<fresh>` where the page defined that name itself. */
export const HOST_NAME = 'x2fa-rescue';

const isHostName = (name: string) => name === HOST_NAME || name.startsWith(`${HOST_NAME}-`);

/** Our hosts are the last children of <body> (or <html>, before there is a body): only those are looked at. */
export function removeStaleHosts(doc: Document, keep?: Element): void {
  for (const parent of [doc.body, doc.documentElement]) {
    for (const child of [...(parent?.children ?? [])]) if (child !== keep && isHostName(child.localName)) child.remove();
  }
}
