/**
 * Hundreds of mutated replica pages, as X might ship them tomorrow: test ids
 * gone, class names changed, extra nesting, other languages, truncated DOM.
 * Nothing may throw, and no page that is not a code prompt may become one.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useFakeLayout } from '../support/fake-layout';
import { classify } from '../../../src/page/classify';
import { GUIDES } from '../../../src/guides/in-page/guides';
import { GUIDE_IDS } from '../../../src/model/ids';
import { resolvePosition } from '../../../src/guides/in-page/resolve-position';
import { renderScene, SCENES, sceneFromUrl } from '../../fixtures/replica/x-replica.js';

// Boxes for every rendered element (happy-dom has no layout): classification reads only the live step.
beforeEach(useFakeLayout);

interface Scene {
  id: string;
  url: string;
  expect: { context: string };
  shapes: number;
}

/** A small seeded PRNG, so every run sees the same pages. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GERMAN = ['Bestätigungscode eingeben', 'Weiter', 'Andere Methode wählen', 'Hilfe', 'Konto', 'Sicherheit'];

type Mutation = (root: Element, next: () => number) => void;

const MUTATIONS: Record<string, Mutation> = {
  'test ids removed': (root) => root.querySelectorAll('[data-testid]').forEach((el) => el.removeAttribute('data-testid')),
  'class names changed': (root, next) =>
    root.querySelectorAll('[class]').forEach((el) => el.setAttribute('class', `css-${Math.floor(next() * 1e6).toString(36)}`)),
  'extra nesting': (root, next) => {
    for (const el of [...root.querySelectorAll('div, span, a, button')]) {
      if (next() < 0.3 && el.parentNode) {
        const wrapper = root.ownerDocument.createElement('div');
        el.parentNode.insertBefore(wrapper, el);
        wrapper.append(el);
      }
    }
  },
  'text in another language': (root, next) => {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const texts: Node[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode);
    for (const text of texts) if (text.textContent?.trim()) text.textContent = GERMAN[Math.floor(next() * GERMAN.length)] ?? '';
  },
  'links changed': (root) => root.querySelectorAll('a[href]').forEach((a) => a.setAttribute('href', `/x${a.getAttribute('href')}`)),
  'DOM truncated': (root, next) => {
    for (const el of [...root.querySelectorAll('*')].reverse()) if (next() < 0.25) el.remove();
  },
  'everything at once': (root, next) => {
    for (const name of ['extra nesting', 'class names changed', 'test ids removed', 'DOM truncated'] as const) MUTATIONS[name]!(root, next);
  },
};

const scenes = SCENES as Scene[];
const cases = scenes.flatMap((scene) => Object.keys(MUTATIONS).flatMap((mutation) => [1, 2].map((seed) => ({ scene, mutation, seed }))));

describe('classifier and guide locators on mutated pages', () => {
  it('covers hundreds of pages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
  });

  it.each(cases.map((c) => [`${c.scene.id} / ${c.mutation} / ${c.seed}`, c] as const))('%s', (_, { scene, mutation, seed }) => {
    const url = new URL(scene.url, 'https://x.com');
    const lang = seed === 1 ? 'en' : 'ja';
    const shaped = new URL(url);
    shaped.searchParams.set('shape', String((seed - 1) % scene.shapes));
    renderScene(document, { ...sceneFromUrl(shaped.href), lang, layout: seed === 1 ? 'wide' : 'narrow' });
    MUTATIONS[mutation]!(document.body, random(seed * 7919 + mutation.length));

    const reading = classify(document, url);
    if (scene.expect.context !== 'code-prompt') expect(reading.context).not.toBe('code-prompt');
    for (const id of GUIDE_IDS) expect(() => resolvePosition(GUIDES[id], url, document, lang, [])).not.toThrow();
  });
});
