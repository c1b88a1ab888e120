import { act, cleanup, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageReading } from '../../../src/page/reading';
import { createRescueUi } from '../../../src/ui/mount-rescue-ui';
import { person } from './support/person';

/** The mount as the UI's start uses it, on an English page (its texts are built in: nothing to fetch). */
function mount(panelClosed = false) {
  const ctx = { onInvalidated: () => () => {} } as unknown as ContentScriptContext;
  const onPanelClosedChange = vi.fn();
  const ui = createRescueUi(ctx, {
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
