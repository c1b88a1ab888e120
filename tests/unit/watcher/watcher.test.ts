import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetReports } from '../../../src/diagnostics/report';
import type { TabState } from '../../../src/model/tab-state';
import { createLifetime, type Lifetime } from '../../../src/watcher/lifetime';
import { offerUi, type RescueUiHandle, type StartRescueUi, type WatcherPort } from '../../../src/watcher/ui-handoff';
import { askForUi, askTabState, listenToBackground } from '../../../src/watcher/watcher-messages';
import { startWatcher } from '../../../src/watcher/watcher';

// The background, as the watcher reaches it: the requests are this file's to answer.
vi.mock('../../../src/watcher/watcher-messages', () => ({ askForUi: vi.fn(), askTabState: vi.fn(), listenToBackground: vi.fn() }));

const UI_SLOT = Symbol.for('x2fa-rescue:start-ui');

/** A UI bundle that records what the watcher hands it. */
function fakeUi() {
  const checks: string[] = [];
  const guideChanges: number[] = [];
  const ports: WatcherPort[] = [];
  const start = vi.fn<StartRescueUi>((_life, port) => {
    ports.push(port);
    const handle: RescueUiHandle = {
      check: (url) => void checks.push(url.pathname),
      guideChanged: () => void guideChanges.push(checks.length),
      followsEveryPage: false,
    };
    return handle;
  });
  return { start, checks, guideChanges, ports };
}

/** The background: its tab state, and its injection, which runs the UI bundle (it offers its start). */
function background({ tabState = { panelClosed: false }, start = fakeUi().start }: { tabState?: TabState; start?: StartRescueUi } = {}) {
  let onGuideChanged = () => {};
  const unlisten = vi.fn();
  vi.mocked(askTabState).mockImplementation(async () => tabState);
  vi.mocked(askForUi).mockImplementation(async () => {
    offerUi(start);
    return true;
  });
  vi.mocked(listenToBackground).mockImplementation((listener) => {
    onGuideChanged = listener;
    return unlisten;
  });
  return { guideChanged: () => onGuideChanged(), unlisten };
}

/** X's page changes (its DOM; a pushState shows through the next change). */
const pageChanges = async () => {
  document.body.append(document.createElement('div'));
  await vi.advanceTimersByTimeAsync(60);
};
const goTo = async (path: string) => {
  history.pushState({}, '', path);
  await pageChanges();
};

describe('the watcher', () => {
  /** Whether the extension is there for the copy this test started (each test's copy ends after it). */
  let extension: { there: boolean };
  let life: Lifetime | undefined;
  const start = () => {
    const own = extension;
    life = createLifetime(() => own.there);
    startWatcher(life);
  };

  beforeEach(() => {
    vi.useFakeTimers();
    vi.clearAllMocks();
    extension = { there: true };
    resetReports();
    history.replaceState({}, '', '/home');
  });
  afterEach(() => {
    extension.there = false;
    life?.alive();
    document.body.replaceChildren();
    delete (globalThis as { [UI_SLOT]?: unknown })[UI_SLOT];
    vi.useRealTimers();
  });

  it('asks for no UI on the timeline, and for it once X’s route becomes a login page; then hands the UI every check', async () => {
    const ui = fakeUi();
    background({ start: ui.start });
    start();
    await pageChanges();
    await goTo('/explore');
    expect(askForUi).not.toHaveBeenCalled();

    await goTo('/i/flow/login');
    expect(askForUi).toHaveBeenCalledTimes(1);
    expect(ui.start).toHaveBeenCalledTimes(1);
    expect(ui.checks.at(-1)).toBe('/i/flow/login');
    await goTo('/settings');
    expect(ui.checks.at(-1)).toBe('/settings');
    expect(askForUi).toHaveBeenCalledTimes(1);
  });

  it('loads the UI once however many reasons arrive while it is on its way, and tells it of a guide change made meanwhile', async () => {
    const ui = fakeUi();
    const bg = background({ start: ui.start });
    let inject = () => {};
    vi.mocked(askForUi).mockImplementation(
      () =>
        new Promise((resolve) => {
          inject = () => {
            offerUi(ui.start);
            resolve(true);
          };
        }),
    );
    history.replaceState({}, '', '/i/flow/login');
    start();
    for (let i = 0; i < 5; i++) await pageChanges();
    bg.guideChanged();
    await goTo('/settings');
    inject();
    await vi.advanceTimersByTimeAsync(60);
    expect(askForUi).toHaveBeenCalledTimes(1);
    expect(ui.start).toHaveBeenCalledTimes(1);
    expect(ui.guideChanges).toHaveLength(1);
    expect(ui.checks.at(-1)).toBe('/settings');
  });

  it('brings the UI onto any page while a guide runs in the tab', async () => {
    const ui = fakeUi();
    background({ start: ui.start, tabState: { panelClosed: false, guide: { id: 'backup-code', status: 'running', skipped: [] } } });
    start();
    await vi.advanceTimersByTimeAsync(0);
    expect(ui.start).toHaveBeenCalledTimes(1);
    expect(ui.ports[0]!.tabState.guide?.id).toBe('backup-code');
  });

  it('reports a start that throws once, leaves the UI unloaded, and starts it again at the next check after a wait, without injecting it again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const ui = fakeUi();
    const working = ui.start.getMockImplementation()!;
    ui.start.mockImplementationOnce(() => {
      throw new DOMException('Shadow root cannot be created on a host which already hosts a shadow tree.', 'NotSupportedError');
    });
    ui.start.mockImplementationOnce(() => {
      throw new DOMException('again', 'NotSupportedError');
    });
    ui.start.mockImplementation(working);
    background({ start: ui.start });
    history.replaceState({}, '', '/i/flow/login');
    start();
    await pageChanges();
    expect(ui.start).toHaveBeenCalledTimes(1);
    expect(ui.checks).toEqual([]);

    // Within the wait, checks do not retry; after it, the next one does (and that start throws again).
    await vi.advanceTimersByTimeAsync(1000);
    await pageChanges();
    expect(ui.start).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2000);
    await pageChanges();
    expect(ui.start).toHaveBeenCalledTimes(2);

    await vi.advanceTimersByTimeAsync(2000);
    await pageChanges();
    expect(ui.start).toHaveBeenCalledTimes(3);
    expect(ui.checks.at(-1)).toBe('/i/flow/login');
    expect(askForUi).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain('starting the in-page UI failed (NotSupportedError');
  });

  it('asks again, after a wait, when the background could not inject the UI', async () => {
    const ui = fakeUi();
    background({ start: ui.start });
    vi.mocked(askForUi).mockResolvedValueOnce(false);
    history.replaceState({}, '', '/i/flow/login');
    start();
    await pageChanges();
    expect(askForUi).toHaveBeenCalledTimes(1);
    expect(ui.start).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2000);
    await pageChanges();
    expect(askForUi).toHaveBeenCalledTimes(2);
    expect(ui.start).toHaveBeenCalledTimes(1);
  });

  it('ends once the extension is gone (an update): no more checks, no request, its listener undone, nothing on the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const ui = fakeUi();
    const bg = background({ start: ui.start });
    history.replaceState({}, '', '/i/flow/login');
    start();
    await pageChanges();
    const checks = ui.checks.length;
    const asked = vi.mocked(askTabState).mock.calls.length;

    extension.there = false;
    await goTo('/settings');
    bg.guideChanged();
    await goTo('/i/flow/login');
    expect(ui.checks).toHaveLength(checks);
    expect(bg.unlisten).toHaveBeenCalledTimes(1);
    expect(vi.mocked(askTabState).mock.calls.length).toBe(asked);
    expect(warn).not.toHaveBeenCalled();
  });

  it('says nothing on the console of a request the update cut off (Chrome: “Extension context invalidated”)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    background();
    let cutOff = (_error: Error) => {};
    vi.mocked(askForUi).mockImplementation(() => new Promise((_resolve, reject) => (cutOff = reject)));
    history.replaceState({}, '', '/i/flow/login');
    start();
    await pageChanges();
    extension.there = false;
    cutOff(new Error('Extension context invalidated.'));
    await vi.advanceTimersByTimeAsync(60);
    expect(warn).not.toHaveBeenCalled();
  });

  it('posts nothing to the page and dispatches no event on it, and keeps working after the page sends WXT’s announcement', async () => {
    const posted = vi.spyOn(window, 'postMessage');
    const dispatched = vi.spyOn(document, 'dispatchEvent');
    const ui = fakeUi();
    background({ start: ui.start });
    start();
    await pageChanges();
    expect(posted).not.toHaveBeenCalled();
    expect(dispatched).not.toHaveBeenCalled();

    const detail = { contentScriptName: 'rescue', messageId: 'from-the-page' };
    document.dispatchEvent(new CustomEvent('test-extension-id:rescue:wxt:content-script-started', { detail }));
    window.postMessage({ type: 'test-extension-id:rescue:wxt:content-script-started', ...detail }, '*');
    window.dispatchEvent(new Event('wxt:locationchange'));
    await goTo('/i/flow/login');
    expect(ui.checks.at(-1)).toBe('/i/flow/login');
  });

  it('takes away a host an earlier copy of the extension left, on a page where no UI comes', async () => {
    background();
    const stale = document.body.appendChild(document.createElement('x2fa-rescue'));
    stale.setAttribute('data-context', 'code-prompt');
    start();
    await vi.advanceTimersByTimeAsync(0);
    expect(stale.isConnected).toBe(false);
  });
});
