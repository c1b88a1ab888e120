import { beforeEach, describe, expect, it } from 'vitest';
import { useFakeLayout } from '../../support/fake-layout';
import { GUIDES } from '../../../../src/guides/in-page/guides';
import { GUIDE_IDS } from '../../../../src/model/ids';
import { resolvePosition, type GuidePosition } from '../../../../src/guides/in-page/resolve-position';
import { visibleLabelOf } from '../../../../src/guides/in-page/quoted-label';
import { UI_LANGUAGES, type UiLanguage } from '../../../../src/page/page-language';
import { X_LABELS, xLabel } from '../../../../src/page/x-labels';
import { renderScene, sceneFromUrl } from '../../../fixtures/replica/x-replica.js';

// Boxes for every rendered element (happy-dom has no layout): classification reads only the live step.
beforeEach(useFakeLayout);

type Layout = 'wide' | 'narrow';

function at(path: string, lang: UiLanguage = 'en', layout: Layout = 'wide'): URL {
  const url = new URL(path, 'https://x.com');
  renderScene(document, { ...sceneFromUrl(url.href), lang, layout });
  return url;
}

function where(position: GuidePosition): string {
  return position.kind === 'step' ? position.step.id : position.kind;
}

/** What X renders into #layers when the More menu is open. @param label X's label for the link */
function openMoreMenu(label = 'Settings and privacy') {
  const menu = document.createElement('div');
  menu.setAttribute('role', 'menu');
  const link = document.createElement('a');
  link.href = '/settings';
  link.setAttribute('data-testid', 'settings');
  link.textContent = label;
  menu.append(link);
  (document.getElementById('layers') ?? document.body).append(menu);
  return link;
}

const backup = GUIDES['backup-code'];

describe('resolvePosition', () => {
  // Found by structure in every language: the replica draws X's labels for each (the rest of its
  // text is English outside en/ja), and each item pointed at shows the label the step quotes.
  for (const lang of UI_LANGUAGES) {
    for (const layout of ['wide', 'narrow'] as const) {
      it(`walks the backup-code path from the timeline (${lang}, ${layout})`, () => {
        let url = at('/home', lang, layout);
        let position = resolvePosition(backup, url, document, lang, []);
        expect(where(position)).toBe('open-menu');
        const testId = layout === 'wide' ? 'AppTabBar_More_Menu' : 'DashButton_ProfileIcon_Link';
        expect(position.kind === 'step' && position.target?.getAttribute('data-testid')).toBe(testId);
        expect(position.kind === 'step' && position.text).toBe(layout === 'wide' ? 'guide.open-more' : 'guide.open-drawer');

        const link = openMoreMenu(X_LABELS[lang].settingsAndPrivacy);
        position = resolvePosition(backup, url, document, lang, []);
        expect(where(position)).toBe('open-settings');
        expect(position.kind === 'step' && position.target).toBe(link);

        const expected: [string, string, string][] = [
          ['/settings', 'account-access', '/settings/security_and_account_access'],
          ['/settings/security_and_account_access', 'security', '/settings/security'],
          ['/settings/security', 'two-factor', '/settings/account/login_verification'],
          ['/settings/account/login_verification', 'backup-code', '/settings/account/login_verification/backup_code'],
        ];
        for (const [path, step, href] of expected) {
          url = at(path, lang, layout);
          position = resolvePosition(backup, url, document, lang, []);
          expect(where(position), path).toBe(step);
          const target = position.kind === 'step' ? position.target : undefined;
          expect(target?.closest('a')?.getAttribute('href') ?? target?.getAttribute('href'), path).toBe(href);
          expect(position.kind === 'step' && position.index + 1).toBe(expected.findIndex(([p]) => p === path) + 3);
          const label = position.kind === 'step' ? position.label : undefined;
          expect(label, path).toBeDefined();
          expect(target && visibleLabelOf(target.closest('a') ?? target), path).toBe(xLabel(label!, lang));
        }
      });
    }
  }

  it('waits on X’s password prompt before the backup code, without a target', () => {
    const url = at('/settings/account/login_verification/backup_code');
    const position = resolvePosition(backup, url, document, 'en', []);
    expect(position).toMatchObject({ kind: 'finish', waitingForPassword: true, text: 'guide.password', index: 6, total: 7 });
  });

  it('ends the temporary-password guide on its page', () => {
    const url = at('/settings/account/login_verification/temporary_password');
    const position = resolvePosition(GUIDES['temporary-password'], url, document, 'en', []);
    expect(position).toMatchObject({ kind: 'finish', waitingForPassword: false, text: 'guide.done.temporary-password' });
  });

  it('ends the methods guide on the method checkboxes', () => {
    const url = at('/settings/account/login_verification', 'ja');
    const position = resolvePosition(GUIDES['two-factor-methods'], url, document, 'ja', []);
    expect(position.kind).toBe('finish');
    const target = position.kind === 'finish' ? position.target : undefined;
    expect(target?.querySelector('input[type="checkbox"]') ?? target).toBeTruthy();
  });

  it('asks to cancel X’s method-off dialog first, whatever the guide', () => {
    for (const id of GUIDE_IDS) {
      const position = resolvePosition(GUIDES[id], at('/i/flow/two-factor-unenrollment?input_flow_data=%7B%7D'), document, 'en', []);
      expect(position).toEqual({ kind: 'notice', text: 'guide.leave-method-off' });
    }
  });

  for (const lang of ['en', 'ja'] as const) {
    it(`offers the backup-code guide where X lists no temporary password (${lang})`, () => {
      const temporary = GUIDES['temporary-password'];
      const without = resolvePosition(temporary, at('/settings/account/login_verification?temp=0', lang), document, lang, []);
      expect(without).toMatchObject({ kind: 'unavailable', instead: 'backup-code', text: 'guide.temporary-password-missing' });
      expect(without.kind === 'unavailable' && without.target?.getAttribute('href')).toBe('/settings/account/login_verification/backup_code');
      const withIt = resolvePosition(temporary, at('/settings/account/login_verification?temp=1', lang), document, lang, []);
      expect(where(withIt)).toBe('temporary-password');
      expect(withIt.kind === 'step' && withIt.target).toBeTruthy();
    });
  }

  it('does not call the temporary password missing before X has drawn the page', () => {
    const temporary = GUIDES['temporary-password'];
    const url = at('/settings/account/login_verification?temp=0');
    document.querySelector('a[href$="/backup_code"]')?.remove();
    expect(where(resolvePosition(temporary, url, document, 'en', []))).toBe('temporary-password');
  });

  it('asks for a logged-in page on X’s login', () => {
    expect(resolvePosition(backup, at('/i/flow/login?ocf=1&step=username'), document, 'en', [])).toEqual({ kind: 'notice', text: 'guide.needs-login' });
    expect(resolvePosition(backup, at('/i/jf/onboarding/web?mode=login#/s/username/x'), document, 'en', [])).toEqual({
      kind: 'notice',
      text: 'guide.needs-login',
    });
  });

  it('starts from the menu on any other page, and goes back when the user does', () => {
    expect(where(resolvePosition(backup, at('/explore'), document, 'en', []))).toBe('open-menu');
    expect(where(resolvePosition(backup, at('/settings/display'), document, 'en', []))).toBe('account-access');
  });

  it('passes over skipped steps', () => {
    const position = resolvePosition(backup, at('/home'), document, 'en', ['open-menu']);
    expect(where(position)).toBe('open-settings');
    expect(position.kind === 'step' && position.target).toBeUndefined();
  });

  it('finds targets by X’s label when test ids and links change', () => {
    const url = at('/settings/security', 'ja');
    for (const el of document.querySelectorAll('[data-testid], a[href]')) {
      el.removeAttribute('data-testid');
      el.removeAttribute('href');
    }
    const position = resolvePosition(backup, url, document, 'ja', []);
    expect(where(position)).toBe('two-factor');
    expect(position.kind === 'step' && position.target?.textContent).toContain('2要素認証');
  });

  it('every guide has texts and a reachable end', () => {
    for (const id of GUIDE_IDS) {
      const guide = GUIDES[id];
      expect(guide.steps.length).toBeGreaterThan(3);
      expect(new Set(guide.steps.map((s) => s.id)).size).toBe(guide.steps.length);
    }
  });
});
