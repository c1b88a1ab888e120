import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineStoredItem } from '../../../src/state/stored-item';
import { z } from '../../../src/state/zod';

/** A test item: v2 stores `{ names: string[] }`; v1 stored a comma-separated string. */
const V2 = z.object({ names: z.array(z.string()) });
const define = () =>
  defineStoredItem('local:names', {
    schema: V2,
    fallback: { names: [] },
    version: 2,
    migrations: { 2: (v1: unknown) => ({ names: typeof v1 === 'string' ? v1.split(',') : [] }) },
  });

const changes = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a stored item', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads its fallback when absent, and a fresh copy of it each time', async () => {
    const item = define();
    const first = await item.read();
    expect(first).toEqual({ names: [] });
    first.names.push('changed');
    expect(await item.read()).toEqual({ names: [] });
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 3],
    ['an array', ['a']],
    ['a wrong field', { names: 'a' }],
  ])('reads its fallback when storage holds %s', async (_, value) => {
    const item = define();
    await item.read(); // migrations done
    await fakeBrowser.storage.local.set({ names: value });
    expect(await item.read()).toEqual({ names: [] });
  });

  it('writes under its key and notes the version in WXT’s meta key (`<key>$`)', async () => {
    const item = define();
    expect(await item.write({ names: ['a'] })).toEqual({ names: ['a'] });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ names: { names: ['a'] }, names$: { v: 2 } });
  });

  it('refuses to write a value its schema refuses, and keeps the stored one', async () => {
    const item = define();
    await item.write({ names: ['a'] });
    await expect(item.write({ names: [3] } as never)).rejects.toThrow();
    expect(await item.read()).toEqual({ names: ['a'] });
  });

  it('migrates the previous version’s value, stored with its meta, when defined (as at start-up)', async () => {
    await fakeBrowser.storage.local.set({ names: 'ann,bo', names$: { v: 1 } });
    const item = define();
    expect(await item.read()).toEqual({ names: ['ann', 'bo'] });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ names: { names: ['ann', 'bo'] }, names$: { v: 2 } });
  });

  it('migrates a value stored without meta as version 1 (what WXT writes for a v1 item)', async () => {
    await fakeBrowser.storage.local.set({ names: 'cy' });
    expect(await define().read()).toEqual({ names: ['cy'] });
  });

  it('falls back when a migration throws, rather than failing every read', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ names: 'x', names$: { v: 1 } });
    const item = defineStoredItem('local:names', {
      schema: V2,
      fallback: { names: [] },
      version: 2,
      migrations: {
        2: () => {
          throw new Error('broken');
        },
      },
    });
    expect(await item.read()).toEqual({ names: [] });
  });

  it('updates from the current value', async () => {
    const item = define();
    await item.write({ names: ['a'] });
    expect(await item.update((current) => ({ names: [...current.names, 'b'] }))).toEqual({ names: ['a', 'b'] });
    expect(await item.read()).toEqual({ names: ['a', 'b'] });
  });

  it('removes its value: reads give the fallback again', async () => {
    const item = define();
    await item.write({ names: ['a'] });
    await item.remove();
    expect(await item.read()).toEqual({ names: [] });
  });

  it('passes watchers validated values only: a corrupt change arrives as the fallback', async () => {
    const item = define();
    await item.read();
    const seen: unknown[] = [];
    const unwatch = item.watch((value) => seen.push(value));
    await item.write({ names: ['a'] });
    await fakeBrowser.storage.local.set({ names: { names: [1, 2] } });
    await fakeBrowser.storage.local.remove('names');
    await changes();
    expect(seen).toEqual([{ names: ['a'] }, { names: [] }, { names: [] }]);
    unwatch();
    await item.write({ names: ['b'] });
    await changes();
    expect(seen).toHaveLength(3);
  });

  it('lives in session storage for a `session:` key', async () => {
    const item = defineStoredItem('session:names', { schema: V2, fallback: { names: [] } });
    await item.write({ names: ['s'] });
    expect(await fakeBrowser.storage.session.get('names')).toEqual({ names: { names: ['s'] } });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe('zod in the extension', () => {
  it('runs without its JIT, so it never probes `new Function` (refused by our CSP)', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('is imported only through src/state/zod.ts, which turns the JIT off first', () => {
    const root = join(import.meta.dirname, '../../..');
    const sources = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
      });
    const direct = [...sources(join(root, 'src')), ...sources(join(root, 'entrypoints'))]
      .filter((path) => /from ['"]zod(\/[^'"]*)?['"]/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(root, path));
    expect(direct).toEqual(['src/state/zod.ts']);
  });
});

describe('updates in quick succession', () => {
  beforeEach(() => fakeBrowser.reset());

  it('never lose one another: each change sees the one before (also across items of the same key)', async () => {
    const schema = z.object({ ticks: z.array(z.string()) });
    const first = defineStoredItem('local:quick', { schema, fallback: { ticks: [] as string[] } });
    const second = defineStoredItem('local:quick', { schema, fallback: { ticks: [] as string[] } });
    await Promise.all([
      first.update((value) => ({ ticks: [...value.ticks, 'a'] })),
      second.update((value) => ({ ticks: [...value.ticks, 'b'] })),
      first.update((value) => ({ ticks: [...value.ticks, 'c'] })),
    ]);
    expect((await first.read()).ticks).toEqual(['a', 'b', 'c']);
  });

  it('goes on after a change that fails', async () => {
    const schema = z.object({ n: z.number() });
    const item = defineStoredItem('local:counter', { schema, fallback: { n: 0 } });
    const failing = item.update(() => {
      throw new Error('no');
    });
    await expect(failing).rejects.toThrow('no');
    await item.update((value) => ({ n: value.n + 1 }));
    expect((await item.read()).n).toBe(1);
  });
});
