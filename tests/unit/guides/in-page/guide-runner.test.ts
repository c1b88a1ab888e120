import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FALLBACK_AFTER_MS, GuideRunner } from '../../../../src/guides/in-page/guide-runner';
import type { GuideState } from '../../../../src/state/guide-state';
import { renderScene, sceneFromUrl } from '../../../fixtures/replica/x-replica.js';

function at(path: string): URL {
  const url = new URL(path, 'https://x.com');
  renderScene(document, { ...sceneFromUrl(url.href), lang: 'en', layout: 'wide' });
  return url;
}

describe('GuideRunner', () => {
  let now: number;
  let saved: GuideState[];
  let rechecks: number[];
  let reminders: number;
  let runner: GuideRunner;

  const make = () =>
    new GuideRunner({
      now: () => now,
      recheckIn: (ms) => rechecks.push(ms),
      save: (state) => saved.push(state),
      onReminder: () => reminders++,
    });

  beforeEach(() => {
    now = 1000;
    saved = [];
    rechecks = [];
    reminders = 0;
    runner = make();
  });

  it('shows nothing without a running guide', () => {
    expect(runner.view(at('/home'), document, 'en')).toBeUndefined();
    runner.load({ id: 'backup-code', status: 'paused', skipped: [] });
    expect(runner.running).toBe(false);
    expect(runner.view(at('/home'), document, 'en')).toBeUndefined();
  });

  it('explains instead of pointing once a target stays missing, and asks to look again at the deadline', () => {
    runner.load({ id: 'backup-code', status: 'running', skipped: [] });
    const url = at('/home');
    document.querySelector('[data-testid="AppTabBar_More_Menu"]')?.remove();
    // the label fallback would still find "More": rename it, as if X changed it
    for (const span of document.querySelectorAll('span')) if (span.textContent === 'More') span.textContent = 'Menu';
    expect(runner.view(url, document, 'en')?.fallback).toBe(false);
    expect(rechecks).toEqual([FALLBACK_AFTER_MS]);
    now += FALLBACK_AFTER_MS - 1;
    expect(runner.view(url, document, 'en')?.fallback).toBe(false);
    now += 1;
    expect(runner.view(url, document, 'en')?.fallback).toBe(true);

    runner.acknowledge('open-menu');
    expect(runner.view(url, document, 'en')?.fallback).toBe(false);
  });

  it('skips a step and saves that', () => {
    runner.load({ id: 'backup-code', status: 'running', skipped: [] });
    runner.skip('open-menu');
    expect(saved.at(-1)).toEqual({ id: 'backup-code', status: 'running', skipped: ['open-menu'] });
    const view = runner.view(at('/home'), document, 'en');
    expect(view?.position.kind === 'step' && view.position.step.id).toBe('open-settings');
  });

  it('resumes where the page is after a reload', () => {
    runner.load({ id: 'temporary-password', status: 'running', skipped: [] });
    const before = runner.view(at('/settings/security'), document, 'en');
    const reloaded = make();
    reloaded.load({ id: 'temporary-password', status: 'running', skipped: [] });
    const after = reloaded.view(at('/settings/security'), document, 'en');
    expect(after?.position.kind === 'step' && after.position.step.id).toBe('two-factor');
    expect(before?.position.kind === 'step' && before.position.step.id).toBe('two-factor');
  });

  it('pauses and finishes through saved state', () => {
    runner.load({ id: 'backup-code', status: 'running', skipped: [] });
    runner.pause();
    expect(runner.running).toBe(false);
    expect(saved.at(-1)?.status).toBe('paused');
    runner.load({ id: 'backup-code', status: 'running', skipped: [] });
    runner.finish();
    expect(saved.at(-1)?.status).toBe('done');
  });

  it('leaves the turn-it-back-on reminder once the methods page is shown', () => {
    runner.load({ id: 'two-factor-methods', status: 'running', skipped: [] });
    runner.view(at('/settings/security'), document, 'en');
    expect(reminders).toBe(0);
    const url = at('/settings/account/login_verification');
    runner.view(url, document, 'en');
    runner.view(url, document, 'en');
    expect(reminders).toBe(1);
  });

  it('on an unknown, empty page, says it cannot find the first step rather than pointing anywhere', () => {
    runner.load({ id: 'backup-code', status: 'running', skipped: [] });
    document.body.replaceChildren();
    const view = runner.view(new URL('https://x.com/i/unknown/page'), document, 'en');
    expect(view?.position).toMatchObject({ kind: 'step', step: { id: 'open-menu' } });
    expect(view?.position.kind === 'step' && view.position.target).toBeFalsy();
    expect(view?.fallback).toBe(false);
    expect(rechecks).toEqual([FALLBACK_AFTER_MS]);
    now += FALLBACK_AFTER_MS;
    expect(runner.view(new URL('https://x.com/i/unknown/page'), document, 'en')?.fallback).toBe(true);
    vi.restoreAllMocks();
  });
});
