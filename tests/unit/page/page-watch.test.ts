import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../../src/page/page-watch';

describe('watchPage', () => {
  let controller: AbortController;
  let checks: string[];

  beforeEach(() => {
    vi.useFakeTimers();
    controller = new AbortController();
    checks = [];
    history.replaceState({}, '', '/home');
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  const start = () => watchPage({ win: window, signal: controller.signal, onCheck: (url) => checks.push(url.pathname), delay: 50 });
  const flush = async () => {
    await Promise.resolve(); // mutation records are delivered as a microtask
    await vi.advanceTimersByTimeAsync(60);
  };

  it('checks once at start', () => {
    start();
    expect(checks).toEqual(['/home']);
  });

  it('does nothing on an unrelated page however much it changes', async () => {
    start();
    for (let i = 0; i < 50; i++) document.body.append(document.createElement('article'));
    await flush();
    expect(checks).toEqual(['/home']);
  });

  it('notices a pushState navigation through the next DOM change, once per burst', async () => {
    start();
    history.pushState({}, '', '/i/flow/login');
    for (let i = 0; i < 20; i++) document.body.append(document.createElement('div'));
    await flush();
    expect(checks).toEqual(['/home', '/i/flow/login']);
  });

  it('re-checks on DOM changes while on a relevant page, coalesced', async () => {
    history.replaceState({}, '', '/i/flow/login');
    start();
    document.body.append(document.createElement('div'));
    await Promise.resolve();
    document.body.append(document.createElement('div'));
    await flush();
    expect(checks).toEqual(['/i/flow/login', '/i/flow/login']);
  });

  it('checks the first change after a quiet spell at once, and a burst right after it once, later', async () => {
    history.replaceState({}, '', '/i/flow/login');
    start();
    await vi.advanceTimersByTimeAsync(200); // quiet
    document.body.append(document.createElement('div'));
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(1);
    expect(checks).toHaveLength(2);
    for (let i = 0; i < 10; i++) {
      document.body.append(document.createElement('div'));
      await Promise.resolve();
    }
    await vi.advanceTimersByTimeAsync(20);
    expect(checks).toHaveLength(2); // within `delay` of the last check: waits
    await vi.advanceTimersByTimeAsync(40);
    expect(checks).toHaveLength(3);
  });

  it('re-checks on hash changes, popstate and theme or language switches', async () => {
    start();
    window.dispatchEvent(new Event('hashchange'));
    await flush();
    window.dispatchEvent(new Event('popstate'));
    await flush();
    document.documentElement.setAttribute('lang', 'ja');
    await flush();
    document.body.style.backgroundColor = 'rgb(0, 0, 0)';
    await flush();
    expect(checks).toHaveLength(5);
  });

  it('stops completely when the extension context goes away', async () => {
    history.replaceState({}, '', '/i/flow/login');
    start();
    controller.abort();
    document.body.append(document.createElement('div'));
    window.dispatchEvent(new Event('popstate'));
    await flush();
    expect(checks).toEqual(['/i/flow/login']);
  });

  it('asks `alive` at every change first, and does nothing more once it says no', async () => {
    history.replaceState({}, '', '/i/flow/login');
    let alive = true;
    watchPage({ win: window, signal: controller.signal, alive: () => alive, onCheck: (url) => checks.push(url.pathname), delay: 50 });
    alive = false;
    document.body.append(document.createElement('div'));
    window.dispatchEvent(new Event('popstate'));
    document.documentElement.setAttribute('lang', 'de');
    await flush();
    expect(checks).toEqual(['/i/flow/login']);
  });

  it('does not listen for a plain `wxt:locationchange`, which only the page could fire', async () => {
    start();
    window.dispatchEvent(new Event('wxt:locationchange'));
    await flush();
    expect(checks).toEqual(['/home']);
  });
});
