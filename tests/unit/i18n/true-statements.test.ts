/**
 * What the catalogues state, checked as facts (issue 20): texts reach only X Premium accounts, the
 * device where the password was changed stays logged in, the security key is a way back in, and no
 * text quotes a control X may not show. Each test fails on the wording it was written against.
 */
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/guides/checklist';
import { CODE_PLACES } from '../../../src/guides/code-places';
import { ASSISTANT_CATALOGUES, GUIDE_CATALOGUES, PAGE_CATALOGUES, POPUP_CATALOGUES } from '../../../src/i18n';
import { UI_LANGUAGES, type UiLanguage } from '../../../src/page/page-language';
import { X_LABELS } from '../../../src/page/x-labels';

const CATALOGUES = [PAGE_CATALOGUES, POPUP_CATALOGUES, ASSISTANT_CATALOGUES, GUIDE_CATALOGUES] as const;

/** Every key and text of a language, all sections together. */
function textsOf(lang: UiLanguage): [string, string][] {
  return CATALOGUES.flatMap((catalogues) => Object.entries<string>(catalogues[lang]));
}
function textOf(lang: UiLanguage, key: string): string {
  const found = textsOf(lang).find(([k]) => k === key);
  if (!found) throw new Error(`${lang} has no ${key}`);
  return found[1];
}
/** Lower case, one kind of apostrophe: label checks ignore how a sentence starts or types its quote. */
const plain = (text: string) => text.toLowerCase().replace(/[’']/g, "'");

/** Each language's words for a text message (SMS), placeholders removed before matching. */
const TEXT_WORDS: Record<UiLanguage, RegExp> = {
  // Not a bare “text”: the composer's “The text is selected” is the request, not a message.
  en: /\b(text messages?|texts|texted|sms)\b|\b(no|by) text\b/i,
  ja: /SMS|テキストメッセージ/,
  es: /\bSMS\b|mensajes? de texto|ningún mensaje/i,
  pt: /\bSMS\b|mensage(m|ns) de texto|nenhuma mensagem/i,
  fr: /\bSMS\b/,
  de: /\bSMS\b/,
  ko: /문자/,
  id: /\bSMS\b|pesan teks|pesan tidak/i,
  tr: /\bSMS\b|kısa mesaj|mesaj gelmez/i,
  ar: /نصية|لن تصل أي رسالة/,
};

/** The texts that offer text messages as a way to get a code: each must say X Premium. */
const OFFERS_TEXTS = ['places.sms.body', 'places.sms.note', 'check.sms.body', 'plan.phone', 'ready.methods-known', 'checkup.contact.body'] as const;

/**
 * Texts that name text messages but are only ever shown with one of the offers above, which says
 * Premium: a heading over its body, or the digits line inside the text-message place.
 */
const SHOWN_WITH: Readonly<Record<string, (typeof OFFERS_TEXTS)[number]>> = {
  'places.sms.title': 'places.sms.body',
  'places.sms.digits': 'places.sms.body',
  'places.sms.resend': 'places.sms.body',
  'check.sms.title': 'check.sms.body',
};

/** Where the device whose password was changed is named, and the tablet named after it. */
const CHANGED_DEVICE: Record<UiLanguage, { changed: string; later: string }> = {
  en: { changed: 'where you changed', later: 'tablet' },
  ja: { changed: 'パスワードを変更した', later: 'タブレット' },
  es: { changed: 'cambiaste', later: 'tableta' },
  pt: { changed: 'trocou', later: 'tablet' },
  fr: { changed: 'avez changé', later: 'tablette' },
  de: { changed: 'Passwort geändert hast', later: 'Tablet' },
  ko: { changed: '비밀번호를 바꾼', later: '태블릿' },
  id: { changed: 'mengubah', later: 'tablet' },
  tr: { changed: 'değiştirdiğiniz', later: 'tablet' },
  ar: { changed: 'غيّرت', later: 'جهاز لوحي' },
};

/**
 * Wordings of the older login flow's controls (docs/x-facts.md F9: "Choose a different verification
 * method", ja 「別の認証方法を選択」, its choose-method options). The 2026 page's wording is unknown,
 * so no text may quote them as if X showed them.
 */
const OLD_FLOW_CONTROLS = ['Choose a different verification method', '別の認証方法を選択', 'Use a code generator app', 'Use a backup code'];
/** How a catalogue quotes X's words: in each language's quotation marks. */
const quoted = (words: string) => [`“${words}”`, `"${words}"`, `「${words}」`, `«${words}»`, `„${words}“`, `‘${words}’`];

describe('what the texts state is true', () => {
  it('lists the pairs it relies on as the UI shows them', () => {
    const sms = CODE_PLACES.find((place) => place.method === 'sms');
    expect(sms).toMatchObject({ title: 'places.sms.title', body: 'places.sms.body' });
    expect(CHECKLIST.find((item) => item.id === 'text-message')).toMatchObject({ title: 'check.sms.title', body: 'check.sms.body' });
  });

  it.each(UI_LANGUAGES)('%s: every text that offers text messages says X Premium', (lang) => {
    const problems: string[] = [];
    for (const [key, text] of textsOf(lang)) {
      if (!TEXT_WORDS[lang].test(text.replace(/\{\w+\}/g, ''))) continue;
      if ((OFFERS_TEXTS as readonly string[]).includes(key)) continue;
      if (key in SHOWN_WITH) continue;
      problems.push(`${key} names text messages: say X Premium and list it in OFFERS_TEXTS, or list what it is shown with`);
    }
    for (const key of OFFERS_TEXTS) {
      const text = textOf(lang, key);
      // The list stays honest: each entry really is about texts, and really says Premium.
      if (!TEXT_WORDS[lang].test(text)) problems.push(`${key} is listed as offering texts but names none`);
      if (!text.includes('Premium')) problems.push(`${key} offers texts without X Premium: ${text}`);
    }
    expect(problems).toEqual([]);
  });

  it.each(UI_LANGUAGES)('%s: names the device where the password was changed first', (lang) => {
    const { changed, later } = CHANGED_DEVICE[lang];
    for (const key of ['device.body', 'check.device.body']) {
      const text = textOf(lang, key);
      expect(text.indexOf(changed), `${lang} ${key}: ${text}`).toBeGreaterThanOrEqual(0);
      expect(text.indexOf(changed), `${lang} ${key}: ${text}`).toBeLessThan(text.indexOf(later));
    }
  });

  it.each(UI_LANGUAGES)('%s: counts the security key as a way back in, in X’s own words', (lang) => {
    const { securityKey, authApp } = X_LABELS[lang];
    expect(plain(textOf(lang, 'ready.methods-known'))).toContain(plain(securityKey));
    // The popup's checklist has a step for it, and the panel's places name it and the app as X does.
    expect(CHECKLIST.map((item) => item.id)).toContain('security-key');
    expect(plain(textOf(lang, 'check.key.title') + textOf(lang, 'check.key.body'))).toContain(plain(securityKey));
    // The check-up item shares its tick with ready.methods-known, so it covers the key too
    // (Arabic says "a second security key", indefinite: مفتاح أمان, not X's مفتاح الأمان).
    expect(plain(textOf(lang, 'checkup.app.body'))).toContain(lang === 'ar' ? 'مفتاح أمان' : plain(securityKey));
    expect(textOf(lang, 'places.key.title')).toBe(securityKey);
    expect(plain(textOf(lang, 'places.app.title'))).toBe(plain(authApp));
  });

  it.each(UI_LANGUAGES)('%s: names iOS 18’s Passwords app beside Settings → Passwords', (lang) => {
    const body = textOf(lang, 'places.app.body');
    expect(body).toContain('iOS 18');
    expect(body).toMatch(/[→←]/); // ← in Arabic, read right to left
  });

  it.each(UI_LANGUAGES)('%s: quotes no control of X’s older login flow', (lang) => {
    const problems: string[] = [];
    for (const [key, text] of textsOf(lang)) {
      // Quoted, as a control's label would be ("Use a backup code" in plain words is no quote).
      for (const words of OLD_FLOW_CONTROLS) if (quoted(words).some((form) => plain(text).includes(plain(form)))) problems.push(`${key}: “${words}”`);
    }
    expect(problems).toEqual([]);
  });

  it.each(UI_LANGUAGES)('%s: the ready note differs for a password change and for a method turned off', (lang) => {
    expect(textOf(lang, 'risk.password.ready')).not.toBe(textOf(lang, 'risk.method.ready'));
  });

  describe('in English and Japanese, word by word', () => {
    it('a password change on the logged-in device logs out the others, not that device', () => {
      expect(textOf('en', 'device.warning')).toMatch(/log out all your other devices/);
      expect(textOf('en', 'device.warning')).not.toMatch(/that device would be logged out/);
      expect(textOf('ja', 'device.warning')).toContain('ほかの端末がすべてログアウト');
      expect(textOf('ja', 'device.warning')).not.toContain('その端末もログアウト');
    });

    it('turning a method off: both cases, the last method and others staying on', () => {
      const en = textOf('en', 'risk.method.body');
      expect(en).toMatch(/one of the methods that stay on/);
      expect(en).toMatch(/last one, two-factor authentication turns off and X asks only for your password/);
      const ja = textOf('ja', 'risk.method.body');
      expect(ja).toContain('最後の方法なら2要素認証がオフ');
      expect(ja).toContain('パスワードだけ');
    });

    it('the ready note is calm, not a push, and names the logout only for a password change', () => {
      for (const lang of ['en', 'ja'] as const) {
        for (const key of ['risk.password.ready', 'risk.method.ready']) {
          expect(textOf(lang, key), `${lang} ${key}`).not.toMatch(/go ahead|ready|どうぞ|準備ができて/i);
        }
      }
      expect(textOf('en', 'risk.password.ready')).toMatch(/log out your other devices/);
      expect(textOf('en', 'risk.method.ready')).not.toMatch(/log out/);
      expect(textOf('ja', 'risk.password.ready')).toContain('ログアウト');
      expect(textOf('ja', 'risk.method.ready')).not.toContain('ログアウト');
    });

    it('the contact details: X Support reaches and verifies you there; codes do not all come through them', () => {
      expect(textOf('en', 'checkup.contact.body')).not.toMatch(/only get codes/);
      expect(textOf('en', 'checkup.contact.body')).toMatch(/confirm the account is yours/);
      expect(textOf('ja', 'checkup.contact.body')).not.toContain('コードの受け取りも');
      expect(textOf('ja', 'checkup.contact.body')).toContain('本人確認');
    });

    it('the hardest outlook stays true (no ID documents) and names the way that is left', () => {
      expect(textOf('en', 'outlook.hard')).toMatch(/does not accept ID documents/);
      expect(textOf('en', 'outlook.hard')).toMatch(/Getting that email back/);
      expect(textOf('ja', 'outlook.hard')).toContain('身分証明書も受け付けていません');
      expect(textOf('ja', 'outlook.hard')).toContain('メールアカウントを取り戻す');
    });
  });
});
