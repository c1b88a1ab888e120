/**
 * The live X as docs/x-facts.md describes it (F1 to F9, F14), end to end in each real browser:
 * the 2026 login's steps in every replica shape, the redirect from the older flow, the
 * steps that are not code prompts, and the flow that turns a two-factor method off.
 */
import { expect, it } from 'vitest';
import { type BrowserDriver, inShadow, type PageDriver, WIDE } from './support/driver';
import { useBrowser } from './support/lifecycle';
import { boxOfControlWithText, coveredControls, settled, type UiSnapshot } from './support/page-probes';
import { type SceneId, sceneUrl } from './support/scenes';
import { visibleBox } from './support/guide-probes';
import { clickControlWithText, uiStaysFor, waitFor, waitForUi } from './support/wait';

const hasPanel = (ui: UiSnapshot) => ui.panel !== null;
const inPanel = (selector: string) =>
  new Function(`return Boolean(document.querySelector('x2fa-rescue')?.shadowRoot?.querySelector(${JSON.stringify(selector)}))`) as () => boolean;

/** The methods the panel lists under "Where your code may be", in its order. */
const listedMethods = () =>
  [...(document.querySelector('x2fa-rescue')?.shadowRoot?.querySelectorAll('.places [data-method]') ?? [])].map((li) => li.getAttribute('data-method'));

export function describeLiveX(launch: () => Promise<BrowserDriver>, { thorough }: { thorough: boolean }) {
  const session = useBrowser(launch);
  const open = async (url: string, viewport = WIDE): Promise<PageDriver> => {
    const page = await session.newPage(viewport);
    await page.goto(url);
    return page;
  };

  // Shapes 0–5 vary every unknown at least once: autocomplete on the boxes, a name on the
  // first box, the wording and element of "use another method", X's support link.
  const codeSteps: [SceneId, string, number[]][] = [
    ['jf-code-app', 'app', thorough ? [0, 1, 2, 3, 4, 5] : [0, 3]],
    ['jf-code-sms', 'sms', [0, 1]],
    ['jf-code-backup', 'backup', [0, 3]],
    ['jf-code-key', 'security-key', [1, 4]],
    ['jf-verify-sms', 'sms', [0, 1]],
  ];
  for (const [id, method, shapes] of codeSteps) {
    it(`shows the panel on the 2026 ${id} step in every shape, for that method, off X's controls`, async () => {
      for (const shape of shapes) {
        const page = await open(sceneUrl(id, { lang: 'en', shape }));
        const ui = await waitForUi(page, hasPanel);
        expect(ui.context, `${id} shape ${shape}`).toBe('code-prompt');
        // The asked-for method, then the backup code (which works on every code step); not all of them.
        const expected = method === 'backup' ? ['backup'] : [method, 'backup'];
        await waitFor(
          page,
          new Function(`return JSON.stringify((${listedMethods.toString()})()) === ${JSON.stringify(JSON.stringify(expected))}`) as () => boolean,
        ).catch(() => {});
        expect(await page.evaluate(listedMethods), `${id} shape ${shape}`).toEqual(expected);
        if (id === 'jf-code-sms' && shape === 0) expect(ui.panel!.text).toContain('34');
        expect(await page.evaluate(coveredControls), `${id} shape ${shape}`).toEqual([]);
        await page.close();
      }
    });
  }

  it('finds X’s “use another method” control in each of its wordings, rings it, and X still takes the click', async () => {
    for (const shape of [0, 1, 2]) {
      const page = await open(sceneUrl('jf-code-app', { lang: shape === 1 ? 'ja' : 'en', shape }));
      await waitForUi(page, hasPanel);
      await waitFor(page, inPanel('[data-rescue="show-method"]'));
      await page.click(inShadow('[data-rescue="show-method"]'));
      const ui = await waitForUi(page, (next) => next.highlight !== null);
      const pattern = 'Try another way|Use a different method|Other options|別の方法を試す|他の方法を使う|その他のオプション';
      const target = await page.evaluate(boxOfControlWithText, pattern);
      expect(target, `shape ${shape}`).not.toBeNull();
      expect(ui.highlight!.left).toBeLessThanOrEqual(target!.left);
      expect(ui.highlight!.right).toBeGreaterThanOrEqual(target!.right);
      // The panel quotes X's own words for it.
      const label = await page.evaluate((p) => {
        const re = new RegExp(p);
        return [...document.querySelectorAll('button, [role="button"], a[href]')].map((el) => el.textContent?.trim() ?? '').find((text) => re.test(text)) ?? '';
      }, pattern);
      expect(ui.panel?.text).toContain(label);
      await clickControlWithText(page, pattern);
      const next = await waitForUi(page, (state) => state.context === 'choose-method');
      expect(next.panel).not.toBeNull();
      await page.close();
    }
  });

  it('knows the method chooser under each of its possible step names', async () => {
    for (const [id, shape] of [
      ['jf-choose', 0],
      ['jf-choose-select', 1],
      ['jf-choose-opaque', 0],
    ] as const) {
      const page = await open(sceneUrl(id, { lang: 'ja', shape }));
      const ui = await waitForUi(page, hasPanel);
      expect(ui.context, id).toBe('choose-method');
      expect(await page.evaluate(coveredControls), id).toEqual([]);
      await page.close();
    }
  });

  it('leaves the knowledge check, an e-mailed code and a captcha alone', async () => {
    for (const id of ['jf-knowledge', 'jf-verify-email', 'jf-captcha', 'jf-password'] as const) {
      const page = await open(sceneUrl(id, { lang: 'en' }));
      await waitFor(page, () => document.querySelector('form, iframe') !== null);
      await uiStaysFor(page, (ui) => ui.panel === null && ui.launcher === null, 700, `${id}: neither panel nor launcher`);
      await page.close();
    }
  });

  for (const shape of [0, 1]) {
    it(`follows the older login link through X's redirect (${shape === 0 ? 'in-page' : 'a real navigation'}) to the same panel on the code step`, async () => {
      const page = await open(sceneUrl('flow-redirect', { lang: 'ja', shape }));
      await waitFor(page, () => location.pathname === '/i/jf/onboarding/web');
      await uiStaysFor(page, (ui) => ui.panel === null, 500, 'no panel on the username step');
      await clickControlWithText(page, '^\\s*(次へ|Next)\\s*$');
      await waitFor(page, () => document.querySelector('input[type="password"]') !== null);
      await clickControlWithText(page, '^\\s*(ログイン|Log in)\\s*$');
      const ui = await waitForUi(page, hasPanel);
      expect(ui).toMatchObject({ context: 'code-prompt', lang: 'ja', hosts: 1 });
    });
  }

  it('reads the 2026 frame’s theme from body[data-theme], dim as dark, when the body itself is not painted', async () => {
    for (const [theme, expected] of [
      ['dim', 'dark'],
      ['dark', 'dark'],
      ['light', 'light'],
    ] as const) {
      const page = await open(sceneUrl('jf-code-app', { lang: 'en', theme, shape: 0 }));
      const ui = await waitForUi(page, hasPanel);
      expect(ui.theme, theme).toBe(expected);
      await page.close();
    }
  });

  it('opens the check by itself on X’s method-off flow, reached by unticking a method, beside X’s dialog', async () => {
    for (const shape of [0, 1]) {
      const page = await open(sceneUrl('settings-2fa', { lang: shape ? 'ja' : 'en', shape }));
      await waitFor(page, () => document.querySelector('input[type="checkbox"][aria-describedby]') !== null);
      // X's method checkboxes have no name: the Authentication app row, found as a person would.
      const row = await page.evaluate(visibleBox, 'label:has(input[type="checkbox"][aria-describedby="CHECKBOX_2_LABEL"])');
      expect(row).not.toBeNull();
      await page.clickAt((row!.left + row!.right) / 2, (row!.top + row!.bottom) / 2);
      await waitFor(page, () => location.pathname.startsWith('/i/flow/two-factor-unenrollment'));
      const ui = await waitForUi(page, (next) => next.context === 'method-off' && next.panel !== null);
      expect(ui.hosts).toBe(1);
      await waitFor(page, inPanel('[data-rescue="risk-check"][data-kind="method"]'));
      expect(await page.evaluate(coveredControls), `shape ${shape}`).toEqual([]);
      await page.close();
    }
  });

  it('opens it again on the next visit, and offers the backup-code guide that returns to the two-factor page', async () => {
    const page = await open(sceneUrl('method-off', { lang: 'en' }));
    await waitFor(page, inPanel('[data-rescue="risk-check"]'));
    expect(await page.evaluate(settled), 'the page and the panel stop moving').toBe(true);
    await page.click(inShadow('[data-rescue="close"]'));
    await waitForUi(page, (ui) => ui.panel === null);
    await page.goto(sceneUrl('method-off-sms', { lang: 'en' }));
    await waitFor(page, inPanel('[data-rescue="risk-check"][data-kind="method"]'));
    expect(await page.evaluate(settled)).toBe(true);
    await page.click(inShadow('[data-rescue="get-backup"]'));
    // The guide asks to cancel X's dialog first, then goes on from the two-factor page.
    await waitFor(page, inPanel('[data-rescue="step"][data-step="notice"]'));
    await clickControlWithText(page, '^\\s*Cancel\\s*$');
    await waitFor(page, () => location.pathname === '/settings/account/login_verification');
    await waitFor(page, inPanel('[data-rescue="step"][data-step="backup-code"]'));
  });

  it('leaves the flows that add a method alone', async () => {
    for (const id of ['enroll-sms', 'enroll-app', 'enroll-key'] as const) {
      const page = await open(sceneUrl(id, { lang: 'en' }));
      await waitFor(page, () => document.querySelector('[role="dialog"]') !== null);
      await uiStaysFor(page, (ui) => ui.panel === null && ui.launcher === null, 600, `${id}: neither panel nor launcher`);
      await page.close();
    }
  });
}
