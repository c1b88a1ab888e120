/** In-page readers for the guide (serialised into the page, so self-contained). */
import type { Rect } from './page-probes';

export interface GuideSnapshot {
  step: string | null;
  text: string;
  ring: Rect | null;
  callout: Rect | null;
  buttons: string[];
}

export function snapshotGuide(): GuideSnapshot {
  const root = document.querySelector('x2fa-rescue')?.shadowRoot;
  const step = root?.querySelector('[data-rescue="step"]');
  const rect = (el: Element | null | undefined) => {
    const r = el?.getBoundingClientRect();
    return r && r.width > 0 ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
  };
  return {
    step: step?.getAttribute('data-step') ?? null,
    text: step?.textContent ?? '',
    ring: rect(root?.querySelector('[data-rescue="highlight"]')),
    callout: rect(step),
    buttons: [...(step?.querySelectorAll('button[data-rescue]') ?? [])].map((b) => b.getAttribute('data-rescue') ?? ''),
  };
}

/** The box of the first visible element matching a selector on X's page. */
export function visibleBox(selector: string): Rect | null {
  for (const el of document.querySelectorAll(selector)) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }
  return null;
}
