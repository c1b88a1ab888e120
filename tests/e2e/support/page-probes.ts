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

/**
 * Resolves true once our UI and X's controls have kept the same boxes for
 * several frames and a little time (X done re-laying out, our UI done
 * re-placing); false if they still move after 5 s.
 */
export function settled(): Promise<boolean> {
  const signature = () => {
    const root = document.querySelector('x2fa-rescue')?.shadowRoot;
    const boxes = [
      root?.querySelector('[data-rescue="panel"]'),
      root?.querySelector('[data-rescue="launcher"]'),
      ...document.querySelectorAll('input, button, a[href], [role="button"]'),
    ];
    return boxes
      .map((el) => {
        const r = el?.getBoundingClientRect();
        return r ? `${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.width)},${Math.round(r.height)}` : '-';
      })
      .join(';');
  };
  return new Promise((resolve) => {
    const started = performance.now();
    let last = '';
    let since = started;
    let frames = 0;
    const tick = () => {
      const now = performance.now();
      const current = signature();
      if (current !== last) {
        last = current;
        since = now;
        frames = 0;
      } else frames++;
      if (frames >= 6 && now - since >= 200) return resolve(true);
      if (now - started > 5000) return resolve(false);
      requestAnimationFrame(tick);
    };
    tick();
  });
}

/**
 * Moves X's layout the way another machine's fonts would, with no DOM change
 * once it has started: `spacing` eases X's text wider and taller over a CSS
 * transition; `font` swaps X's text to a wider font. Our own UI is left alone.
 */
export function perturbLayout(kind: 'spacing' | 'font'): void {
  const id = 'x2fa-test-perturb';
  let style = document.getElementById(id);
  if (!style) {
    style = document.createElement('style');
    style.id = id;
    style.textContent = [
      '#react-root *, #layers * { transition: letter-spacing .4s linear, line-height .4s linear, font-size .4s linear; }',
      'body.x2fa-spacing #react-root *, body.x2fa-spacing #layers * { letter-spacing: .07em; line-height: 1.6; }',
      'body.x2fa-font #react-root *, body.x2fa-font #layers * { font-family: "DejaVu Serif", "IPAMincho", serif, monospace !important; letter-spacing: .12em; }',
    ].join('\n');
    document.head.appendChild(style);
  }
  // Next frame, so the transition runs from today's values.
  requestAnimationFrame(() => document.body.classList.add(kind === 'spacing' ? 'x2fa-spacing' : 'x2fa-font'));
}
