import { act, cleanup, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageReading } from '../../../src/page/reading';
import { createRescueUi } from '../../../src/ui/mount-rescue-ui';
import { createLifetime } from '../../../src/watcher/lifetime';
import { person } from './support/person';

/** Ends each test's mounts (as an update would), so none draws on into the next test. */
const ends: (() => void)[] = [];
afterEach(() => ends.splice(0).forEach((end) => end()));

/** A lifetime this test ends when it likes (`end`), or at the latest after it. */
function lifetime() {
  let there = true;
  const life = createLifetime(() => there);
  const end = () => {
    there = false;
    life.alive();
  };
  ends.push(end);
  return { life, end };
}

/** The mount as the UI's start uses it, on an English page (its texts are built in: nothing to fetch). */
function mount(panelClosed = false, life = lifetime().life) {
  const onPanelClosedChange = vi.fn();
  const ui = createRescueUi(life, {
    panelClosed,
    onPanelClosedChange,
    guideActions: { onEnd: () => {}, onSwitch: () => {}, onFinish: () => {}, onSkip: () => {}, onFound: () => {} },
    onGetBackup: () => {},
  });
  let tick = 0;
  const show = (reading: PageReading) => act(() => ui.show({ reading, lang: 'en', rtl: false, pageLanguageKnown: true, layoutTick: ++tick, theme: 'light' }));
  return { ui, show, onPanelClosedChange };
}

const host = () => document.querySelector('x2fa-rescue');
const inHost = (selector: string) => host()?.shadowRoot?.querySelector(selector) ?? null;
const LIMITED: PageReading = { context: 'other', loginNotice: 'limited' };

describe('the mount, on a login step showing X’s error banner', () => {
  afterEach(() => {
    cleanup();
    document.body.innerHTML = '';
  });

  it('opens the panel with the notice by itself, once per visit, with data-context="other"', async () => {
    const { ui, show, onPanelClosedChange } = mount(true); // folded on the code step earlier in this tab: the notice opens anyway
    await show(LIMITED);
    await waitFor(() => expect(inHost('[data-rescue="login-notice"]')).not.toBeNull());
    expect(host()?.getAttribute('data-context')).toBe('other');

    person.click(inHost('[data-rescue="close"]')!);
    await waitFor(() => expect(inHost('[data-rescue="panel"]')).toBeNull());
    // Folding the notice is for this visit: the code step's own preference is left alone.
    expect(onPanelClosedChange).not.toHaveBeenCalled();
    await show(LIMITED); // X's next re-render, same visit
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(inHost('[data-rescue="panel"]')).toBeNull();
    expect(inHost('[data-rescue="launcher"]')).not.toBeNull();

    await act(() => ui.hide()); // the banner went
    await show(LIMITED); // and came back: a new visit
    await waitFor(() => expect(inHost('[data-rescue="login-notice"]')).not.toBeNull());
  });

  it('gives a banner it cannot read only the launcher, whose panel says what it would mean if it were the limit', async () => {
    const { show } = mount(false);
    await show({ context: 'other', loginNotice: 'unread' });
    await waitFor(() => expect(inHost('[data-rescue="launcher"]')).not.toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(inHost('[data-rescue="panel"]')).toBeNull();
    person.click(inHost('[data-rescue="launcher"]')!);
    await waitFor(() => expect(inHost('[data-rescue="login-notice"][data-notice="unread"]')).not.toBeNull());
    expect(host()?.getAttribute('data-context')).toBe('other');
  });

  it('leaves the code step’s own rule alone after the notice was closed', async () => {
    const { show } = mount(false);
    await show(LIMITED);
    await waitFor(() => expect(inHost('[data-rescue="panel"]')).not.toBeNull());
    person.click(inHost('[data-rescue="close"]')!);
    await show({ context: 'code-prompt', method: 'app' });
    await waitFor(() => expect(inHost('[data-rescue="panel"]')).not.toBeNull());
    expect(inHost('[data-rescue="login-notice"]')).toBeNull();
    expect(host()?.getAttribute('data-context')).toBe('code-prompt');
  });
});

describe('the mount, and what the page can see of it', () => {
  afterEach(() => {
    cleanup();
    document.body.innerHTML = '';
  });

  it('puts on the host the contract’s three attributes and nothing else', async () => {
    const { show } = mount(false);
    await show({ context: 'code-prompt', method: 'app' });
    await waitFor(() => expect(inHost('[data-rescue="panel"]')).not.toBeNull());
    expect(host()!.getAttributeNames().sort()).toEqual(['data-context', 'data-lang', 'data-theme']);
  });

  it('once an update cut this copy off, unmounts its tree (its storage watches undone) and takes its host away', async () => {
    const watches = fakeBrowser.storage.local.onChanged;
    const added = vi.spyOn(watches, 'addListener');
    const removed = vi.spyOn(watches, 'removeListener');
    const { life, end } = lifetime();
    const { show } = mount(false, life);
    await show({ context: 'code-prompt', method: 'app' });
    await waitFor(() => expect(inHost('[data-rescue="panel"]')).not.toBeNull());
    const shadow = host()!.shadowRoot!;
    await waitFor(() => expect(added).toHaveBeenCalled()); // the assistant's answers, watched
    expect(removed).not.toHaveBeenCalled();
    end();
    expect(host()).toBeNull();
    expect(shadow.querySelector('[data-rescue]')).toBeNull();
    expect(removed).toHaveBeenCalledTimes(added.mock.calls.length);
  });

  it('takes away a host an earlier copy left, where it draws nothing itself', async () => {
    const stale = document.body.appendChild(document.createElement('x2fa-rescue'));
    const { ui } = mount(false);
    await act(() => ui.hide());
    expect(stale.isConnected).toBe(false);
  });
});
