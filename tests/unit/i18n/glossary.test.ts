/**
 * Each catalogue follows its language's glossary (docs/glossary/<lang>.json, issue 20): X's terms
 * exactly as X's labels, one word of ours per concept, and the register rules. The English file
 * says which texts name each concept; every language's text for that key must name it in that
 * language's form, unless the glossary explains why not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { ASSISTANT_CATALOGUES, GUIDE_CATALOGUES, PAGE_CATALOGUES, POPUP_CATALOGUES } from '../../../src/i18n';
import { UI_LANGUAGES, type UiLanguage } from '../../../src/page/page-language';
import { X_LABELS, type XLabelKey } from '../../../src/page/x-labels';

const Term = z.object({
  term: z.string().check(z.minLength(1)),
  /** English only: which English texts name this concept. */
  match: z.optional(z.string()),
  /** How this language writes it in running text (regular expressions, any case). */
  forms: z.optional(z.array(z.string())),
  /** Words for the same thing that this language's texts do not use. */
  avoid: z.optional(z.array(z.string())),
  /** Keys whose text rightly names the concept another way, with the reason. */
  except: z.optional(z.record(z.string(), z.string())),
  note: z.optional(z.string()),
});
const Glossary = z.object({
  language: z.string(),
  register: z.array(z.string()).check(z.minLength(1)),
  x: z.array(z.extend(Term, { label: z.string() })),
  ours: z.array(z.extend(Term, { concept: z.string() })),
  rules: z.array(
    z.object({
      id: z.string(),
      why: z.string(),
      pattern: z.string(),
      max: z.optional(z.number()),
      keys: z.optional(z.string()),
      mustMatch: z.optional(z.boolean()),
    }),
  ),
});
type Glossary = z.infer<typeof Glossary>;
type Entry = Glossary['x'][number] | Glossary['ours'][number];

const GLOSSARY_DIR = join(import.meta.dirname, '../../../docs/glossary');
const glossaryOf = (lang: UiLanguage): Glossary => Glossary.parse(JSON.parse(readFileSync(join(GLOSSARY_DIR, `${lang}.json`), 'utf8')));
const CATALOGUES = [PAGE_CATALOGUES, POPUP_CATALOGUES, ASSISTANT_CATALOGUES, GUIDE_CATALOGUES] as const;
/** Every key and text of a language, placeholders removed: they stand for X's words read from the page. */
function textsOf(lang: UiLanguage): [key: string, text: string][] {
  return CATALOGUES.flatMap((catalogues) => Object.entries<string>(catalogues[lang])).map(([key, text]) => [key, text.replace(/\{\w+\}/g, '')]);
}
const anyCase = (pattern: string) => new RegExp(pattern, 'iu');
const idOf = (entry: Entry) => ('label' in entry ? entry.label : entry.concept);

const ENGLISH = glossaryOf('en');
const ENGLISH_TEXTS = new Map(textsOf('en'));

describe('the glossaries', () => {
  it.each(UI_LANGUAGES)('%s: has a glossary with every concept the English one has', (lang) => {
    const glossary = glossaryOf(lang);
    expect(glossary.language).toBe(lang);
    expect(glossary.x.map(idOf).sort()).toEqual(ENGLISH.x.map(idOf).sort());
    expect(glossary.ours.map(idOf).sort()).toEqual(ENGLISH.ours.map(idOf).sort());
    for (const entry of [...glossary.x, ...glossary.ours]) {
      const english = [...ENGLISH.x, ...ENGLISH.ours].find((e) => idOf(e) === idOf(entry));
      if (english?.match !== undefined) expect(entry.forms?.length, `${lang} ${idOf(entry)} needs its forms`).toBeGreaterThan(0);
      if (lang !== 'en') expect(entry.match, `${lang} ${idOf(entry)}: only the English file says which texts name a concept`).toBeUndefined();
    }
  });

  it.each(UI_LANGUAGES)('%s: X’s terms are X’s labels, letter for letter', (lang) => {
    for (const entry of glossaryOf(lang).x) {
      expect(entry.term, `${lang} ${entry.label}`).toBe(X_LABELS[lang][entry.label as XLabelKey]);
    }
  });

  it.each(UI_LANGUAGES)('%s: every text that names a concept in English names it in this language’s word', (lang) => {
    const glossary = glossaryOf(lang);
    const texts = new Map(textsOf(lang));
    const problems: string[] = [];
    for (const english of [...ENGLISH.x, ...ENGLISH.ours]) {
      if (english.match === undefined) continue;
      const entry = [...glossary.x, ...glossary.ours].find((e) => idOf(e) === idOf(english));
      if (!entry) continue; // reported by the first test
      const forms = (entry.forms ?? []).map(anyCase);
      for (const [key, englishText] of ENGLISH_TEXTS) {
        if (!anyCase(english.match).test(englishText)) continue;
        if (entry.except?.[key] !== undefined) continue;
        const text = texts.get(key) ?? '';
        if (!forms.some((form) => form.test(text))) problems.push(`${key} should name “${entry.term}” (${idOf(entry)}): ${text}`);
      }
      // Each exception is still needed: the English text names the concept and the text does not use the form.
      for (const key of Object.keys(entry.except ?? {})) {
        const englishText = ENGLISH_TEXTS.get(key);
        if (englishText === undefined || !anyCase(english.match).test(englishText)) problems.push(`${idOf(entry)}: stale exception ${key}`);
        else if (forms.some((form) => form.test(texts.get(key) ?? ''))) problems.push(`${idOf(entry)}: exception ${key} is not needed`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(UI_LANGUAGES)('%s: uses none of the words the glossary avoids', (lang) => {
    const problems: string[] = [];
    for (const entry of [...glossaryOf(lang).x, ...glossaryOf(lang).ours]) {
      for (const avoided of entry.avoid ?? []) {
        for (const [key, text] of textsOf(lang)) if (anyCase(avoided).test(text)) problems.push(`${key} says “${avoided}”, not “${entry.term}”: ${text}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(UI_LANGUAGES)('%s: follows its register rules', (lang) => {
    const problems: string[] = [];
    for (const rule of glossaryOf(lang).rules) {
      const pattern = new RegExp(rule.pattern, 'u');
      const inScope = textsOf(lang).filter(([key]) => rule.keys === undefined || new RegExp(rule.keys, 'u').test(key));
      expect(inScope.length, `${lang} ${rule.id}: its keys select no text`).toBeGreaterThan(0);
      if (rule.mustMatch) {
        for (const [key, text] of inScope) if (!pattern.test(text)) problems.push(`${rule.id}: ${key}: ${text}`);
      } else {
        const matching = inScope.filter(([, text]) => pattern.test(text));
        if (matching.length > (rule.max ?? 0)) problems.push(`${rule.id} (${rule.why}) allows ${rule.max ?? 0}: ${matching.map(([key]) => key).join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('can fail: a text that drops a concept or uses an avoided word is caught', () => {
    const device = ENGLISH.ours.find((entry) => entry.concept === 'device')!;
    expect(anyCase(device.match!).test('Find a device still logged in')).toBe(true);
    expect((device.forms ?? []).some((form) => anyCase(form).test('Find a phone still logged in'))).toBe(false);
    const logIn = ENGLISH.ours.find((entry) => entry.concept === 'log-in')!;
    expect((logIn.avoid ?? []).some((word) => anyCase(word).test('Sign in on the other device'))).toBe(true);
  });
});
