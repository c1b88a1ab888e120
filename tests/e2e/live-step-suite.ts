/**
 * The live step, end to end in each real browser (docs/x-facts.md F3, F5): X keeps other steps'
 * forms in the page, inert and transparent (`stack=`),
 * may draw the live form twice with one copy covered (`dup=`), and may take the code in one
 * transparent input over drawn cells (`otc=1`). The panel must read the step a person sees,
 * ring the control on the copy they can press, and keep off X's live controls; on the username
 * and password steps, future fields in the page must not open it.
 */
import { expect, it } from 'vitest';
import { type BrowserDriver, inShadow, type PageDriver, WIDE } from './support/driver';
import { useBrowser } from './support/lifecycle';
import { coveredControls, type Rect, type UiSnapshot } from './support/page-probes';
import { type SceneId, sceneUrl } from './support/scenes';
import { uiStaysFor, waitFor, waitForUi } from './support/wait';

const hasPanel = (ui: UiSnapshot) => ui.panel !== null;
const markButtonShown = () => Boolean(document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector('[data-rescue="show-method"]'));

/** X's "use another method" wordings in the replica's shapes 0–2, en and ja. */
const OTHER_METHOD = 'Try another way|Use a different method|Other options|別の方法を試す|他の方法を使う|その他のオプション';

/**
 * The boxes of X's controls whose text matches, split by whether a person can press them: a hit
 * test at the centre reaches the control itself (the live copy) or something drawn over it.
 * Runs in the page; our own host is looked through.
 */
function controlsWithText(pattern: string): { live: Rect[]; covered: Rect[] } {
  const re = new RegExp(pattern);
  const live: Rect[] = [];
  const covered: Rect[] = [];
  for (const el of document.querySelectorAll('button, [role="button"], a[href]')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || !re.test(el.textContent ?? '')) continue;
    const top = document.elementsFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2).find((hit) => !hit.closest('x2fa-rescue'));
    const box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    (top && el.contains(top) ? live : covered).push(box);
  }
  return { live, covered };
}

const centre = (r: Rect) => ({ x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 });
const distance = (a: Rect, b: Rect) => Math.hypot(centre(a).x - centre(b).x, centre(a).y - centre(b).y);

export function describeLiveStep(launch: () => Promise<BrowserDriver>, { thorough }: { thorough: boolean }) {
  const session = useBrowser(launch);
  let page: PageDriver | undefined;
  /** One tab per test, reused from scene to scene (a fresh document each time). */
  const visit = async (id: SceneId, shape = 0, lang: 'en' | 'ja' = 'en'): Promise<PageDriver> => {
    page ??= await session.newPage(WIDE);
    await page.goto(sceneUrl(id, { lang, shape, delay: 100 }));
    return page;
  };
  const fresh = () => {
    page = undefined;
  };

  const stacked: [SceneId, string, string | undefined, number][] = [
    ['jf-stack-code-app', 'code-prompt', undefined, 0],
    ['jf-stack-code-app-next', 'code-prompt', undefined, 1],
    ['jf-stack-code-sms', 'code-prompt', '34', 1],
    ['jf-stack-code-sms-next', 'code-prompt', '34', 0],
    ['jf-stack-code-backup', 'code-prompt', undefined, 3],
    ['jf-stack-code-backup-next', 'code-prompt', undefined, 0],
    ['jf-stack-choose', 'choose-method', undefined, 1],
    ['jf-stack-choose-next', 'choose-method', undefined, 0],
  ];
  const stackedHere = thorough ? stacked : stacked.filter((_scene, i) => i % 3 === 0);

  it('reads the live step with the other steps’ forms kept or only the next one’s, and keeps off X’s live controls', async () => {
    fresh();
    for (const [id, context, digits, shape] of stackedHere) {
      const at = await visit(id, shape, shape === 1 ? 'ja' : 'en');
      const ui = await waitForUi(at, (next) => next.context === context && next.panel !== null);
      if (digits) expect(ui.panel!.text, id).toContain(digits);
      expect(await at.evaluate(coveredControls), id).toEqual([]);
    }
  });

  it('reads the code step with one transparent one-time-code input over drawn cells', async () => {
    fresh();
    const scenes: [SceneId, number][] = thorough
      ? [
          ['jf-otc-app', 0],
          ['jf-otc-app', 2],
          ['jf-otc-sms', 1],
          ['jf-otc-all', 0],
        ]
      : [
          ['jf-otc-sms', 1],
          ['jf-otc-all', 0],
        ];
    for (const [id, shape] of scenes) {
      const at = await visit(id, shape);
      // The input lies over the cells and takes the typing: it is what a person reaches there.
      await waitFor(at, () =>
        [...document.querySelectorAll('input.jf-code-input-field[autocomplete="one-time-code"]')].some((input) => {
          const r = input.getBoundingClientRect();
          const top = document.elementsFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2).find((hit) => !hit.closest('x2fa-rescue'));
          return r.width > 0 && top === input;
        }),
      );
      const ui = await waitForUi(at, (next) => next.context === 'code-prompt' && next.panel !== null);
      if (id === 'jf-otc-sms') expect(ui.panel!.text, id).toContain('34');
      expect(await at.evaluate(coveredControls), `${id} shape ${shape}`).toEqual([]);
    }
  });

  const duplicates: [SceneId, number][] = thorough
    ? [
        ['jf-dup-code-app', 0],
        ['jf-dup2-code-app', 1],
        ['jf-dup-code-sms', 2],
        ['jf-otc-all', 4],
      ]
    : [
        ['jf-dup-code-app', 0],
        ['jf-dup2-code-app', 1],
      ];
  it('rings X’s “use another method” control on the copy a person can press, not the covered duplicate', async () => {
    for (const [id, shape] of duplicates) {
      fresh();
      const at = await visit(id, shape);
      await waitForUi(at, hasPanel);
      await waitFor(at, markButtonShown);
      const controls = await at.evaluate(controlsWithText, OTHER_METHOD);
      // The replica draws the control twice: one copy to press, one under the cover.
      expect(controls.live, id).toHaveLength(1);
      expect(controls.covered, id).toHaveLength(1);
      await at.click(inShadow('[data-rescue="show-method"]'));
      const ui = await waitForUi(at, (next) => next.highlight !== null);
      const ring = ui.highlight!;
      const [target] = controls.live;
      const [under] = controls.covered;
      expect(ring.left, id).toBeLessThanOrEqual(target!.left);
      expect(ring.right, id).toBeGreaterThanOrEqual(target!.right);
      expect(ring.top, id).toBeLessThanOrEqual(target!.top);
      expect(ring.bottom, id).toBeGreaterThanOrEqual(target!.bottom);
      expect(distance(ring, target!), id).toBeLessThan(distance(ring, under!));
      expect(await at.evaluate(coveredControls), id).toEqual([]);
      await at.close();
    }
  });

  const notOurs: SceneId[] = thorough
    ? ['jf-stack-username', 'jf-stack-username-next', 'jf-stack-password', 'jf-stack-password-next', 'jf-dup-password', 'jf-stack-passkey']
    : ['jf-stack-username', 'jf-stack-password-next', 'jf-dup-password'];
  it('opens nothing on the username, passkey and password steps, though the next steps’ fields are in the page', async () => {
    fresh();
    for (const id of notOurs) {
      const at = await visit(id);
      await waitFor(at, () => document.querySelector('form[inert]') !== null || document.querySelectorAll('form').length > 1);
      await uiStaysFor(at, (ui) => ui.panel === null && ui.launcher === null, 600, `${id}: neither panel nor launcher`);
    }
  });
}
