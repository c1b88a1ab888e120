/**
 * Functions run inside the page (main world) to read our UI's state and X's
 * controls. Our host's shadow root is open, so the page can look inside it.
 * Each function is self-contained: it is serialised into the page.
 */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface UiSnapshot {
  hosts: number;
  context: string | null;
  lang: string | null;
  theme: string | null;
  panel: { rect: Rect; role: string | null; name: string; text: string } | null;
  launcher: { rect: Rect } | null;
  supportLink: { href: string; target: string; rel: string } | null;
  currentStep: string | null;
  highlight: Rect | null;
}

export function snapshotUi(): UiSnapshot {
  const hosts = document.querySelectorAll('x2fa-rescue');
  const host = hosts[0];
  const root = host?.shadowRoot ?? null;
  const rectOf = (el: Element | null | undefined) => {
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
  };
  const panelEl = root?.querySelector('[data-rescue="panel"]') ?? null;
  const panelRect = rectOf(panelEl);
  const labelledBy = panelEl?.getAttribute('aria-labelledby');
  const name = panelEl?.getAttribute('aria-label') ?? (labelledBy ? root?.getElementById(labelledBy)?.textContent : '') ?? '';
  const launcherRect = rectOf(root?.querySelector('[data-rescue="launcher"]'));
  const link = root?.querySelector<HTMLAnchorElement>('[data-rescue="support-link"]') ?? null;
  return {
    hosts: hosts.length,
    context: host?.getAttribute('data-context') ?? null,
    lang: host?.getAttribute('data-lang') ?? null,
    theme: host?.getAttribute('data-theme') ?? null,
    panel:
      panelEl && panelRect
        ? {
            rect: panelRect,
            role: panelEl.tagName === 'ASIDE' ? 'complementary' : panelEl.getAttribute('role'),
            name: name.trim(),
            text: (panelEl as HTMLElement).innerText,
          }
        : null,
    launcher: launcherRect ? { rect: launcherRect } : null,
    supportLink: link ? { href: link.href, target: link.target, rel: link.rel } : null,
    currentStep: root?.querySelector('[aria-current="step"]')?.textContent ?? null,
    highlight: rectOf(root?.querySelector('[data-rescue="highlight"]')),
  };
}

/** X's visible controls that our panel or launcher covers (by box overlap). */
export function coveredControls(): string[] {
  const host = document.querySelector('x2fa-rescue');
  const root = host?.shadowRoot;
  const ours = ['[data-rescue="panel"]', '[data-rescue="launcher"]']
    .map((selector) => root?.querySelector(selector)?.getBoundingClientRect())
    .filter((r): r is DOMRect => Boolean(r && r.width > 0));
  const covered: string[] = [];
  for (const el of document.querySelectorAll('input, button, a[href], [role="button"]')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    // Behind X's own layer (a modal dialog's backdrop) a control cannot be used anyway.
    const topmost = document.elementsFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2).find((hit) => hit !== host);
    if (topmost && !el.contains(topmost) && !topmost.contains(el)) continue;
    for (const o of ours) {
      if (r.left < o.right && o.left < r.right && r.top < o.bottom && o.top < r.bottom) {
        covered.push(`${el.tagName.toLowerCase()}[${el.getAttribute('data-testid') ?? el.getAttribute('name') ?? el.textContent?.trim().slice(0, 30)}]`);
      }
    }
  }
  return covered;
}

/**
 * Resolves with the milliseconds between X's step appearing (the first element
 * matching `stepSelector`) and our panel becoming visible; -1 after 5 s.
 */
export function panelDelayAfter(stepSelector: string): Promise<number> {
  return new Promise((resolve) => {
    let stepAt = 0;
    const started = performance.now();
    const tick = () => {
      const now = performance.now();
      if (!stepAt && document.querySelector(stepSelector)) stepAt = now;
      const panel = document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('[data-rescue="panel"]');
      if (stepAt && panel && panel.getBoundingClientRect().width > 0) return resolve(now - stepAt);
      if (now - started > 5000) return resolve(-1);
      requestAnimationFrame(tick);
    };
    tick();
  });
}

/** The box of X's first visible button-like element whose text matches. */
export function boxOfControlWithText(pattern: string): Rect | null {
  const re = new RegExp(pattern, 'i');
  for (const el of document.querySelectorAll('button, [role="button"], a[href]')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && re.test(el.textContent ?? '')) return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }
  return null;
}
