import { describe, expect, it } from 'vitest';
import { buildRequest, capField, characterCount, composeRequest, EMPTY_DRAFT, FIELD_LIMITS } from '../../../src/guides/support-request';
import { ASSISTANT_CATALOGUES, translatorOf } from '../../../src/i18n';

const en = translatorOf(ASSISTANT_CATALOGUES.en);
const ja = translatorOf(ASSISTANT_CATALOGUES.ja);

describe('buildRequest', () => {
  it('writes a short bulleted request in English with the user’s details', () => {
    const text = buildRequest(
      { username: '@hanako_x', email: 'hanako@example.jp', happened: 'Changed my password.\nThen logged out.', tried: '', ask: 'Please turn off 2FA.' },
      en,
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('Locked out by two-factor authentication: @hanako_x');
    expect(lines.filter((line) => line.startsWith('- '))).toEqual([
      '- Account: @hanako_x',
      '- Registered email: hanako@example.jp',
      '- What happened: Changed my password. Then logged out.',
      '- What I have tried: I have not found another way to get a code.',
      '- My request: Please turn off 2FA.',
    ]);
    expect(text).not.toContain('@@');
  });

  it('writes the same request in Japanese', () => {
    const text = buildRequest({ ...EMPTY_DRAFT, username: 'hanako_x' }, ja);
    expect(text).toContain('アカウント：@hanako_x');
    expect(text).toContain('登録メールアドレス：（未記入）');
    expect(text).toContain('経緯：2要素認証のコードを受け取れなくなり、ログインできません。');
    expect(text).toContain('お願い：アカウントが私のものであることを確認のうえ');
    expect(text.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(5);
  });

  it('keeps hostile input as plain text, and never re-reads placeholders in it', () => {
    const hostile = '<img src=x onerror=alert(1)> {email} $& \u202Eevil';
    const text = buildRequest({ ...EMPTY_DRAFT, username: 'a', email: 'b@c.d', happened: hostile }, en);
    expect(text).toContain(`- What happened: ${hostile}`);
    expect(text).toContain('- Registered email: b@c.d');
  });
});

describe('the standard sentences for fields left empty', () => {
  it('say, in English, only what is true for anyone locked out by a two-factor prompt', () => {
    const lines = buildRequest(EMPTY_DRAFT, en).split('\n');
    expect(lines).toContain('- What happened: I can no longer get my two-factor code to log in.');
    expect(lines).toContain('- What I have tried: I have not found another way to get a code.');
    expect(lines).toContain(
      '- My request: Please confirm that the account is mine and help me regain access, for example by turning off two-factor authentication.',
    );
  });

  it.each(['en', 'ja'] as const)('tell no story that is untrue for many (%s): no password change, phone, searched places or inbox', (lang) => {
    const catalogue = ASSISTANT_CATALOGUES[lang];
    const defaults = [catalogue['message.default.happened'], catalogue['message.default.tried'], catalogue['message.default.ask']].join(' ');
    expect(defaults).not.toMatch(/password|phone|device|backup|authenticator|email|パスワード|端末|バックアップ|アプリ|メール/i);
  });
});

describe('capField', () => {
  it('leaves text within the limit alone', () => {
    expect(capField('username', 'hanako')).toEqual({ value: 'hanako', cut: false });
  });

  it('cuts to the limit and says so', () => {
    const long = 'x'.repeat(FIELD_LIMITS.ask + 5);
    const capped = capField('ask', long);
    expect(capped.cut).toBe(true);
    expect(capped.value).toHaveLength(FIELD_LIMITS.ask);
  });

  it('counts characters as people see them', () => {
    const emoji = '🙂'.repeat(FIELD_LIMITS.username + 1);
    const capped = capField('username', emoji);
    expect(characterCount(capped.value)).toBe(FIELD_LIMITS.username);
    expect(capped.value.endsWith('🙂')).toBe(true);
  });
});

describe('composeRequest', () => {
  const draft = { ...EMPTY_DRAFT, username: 'hanako_x', email: 'hanako@example.jp' };

  it('is the English request alone when there is no other language', () => {
    expect(composeRequest(draft, en)).toBe(buildRequest(draft, en));
  });

  it('puts the user’s language first, a separator that says English follows, then the English request', () => {
    const text = composeRequest(draft, en, ja);
    const jaPart = buildRequest(draft, ja);
    const enPart = buildRequest(draft, en);
    expect(text.startsWith(jaPart)).toBe(true);
    expect(text.endsWith(enPart)).toBe(true);
    const between = text.slice(jaPart.length, text.length - enPart.length).trim();
    expect(between).toBe(ja('message.english-follows'));
    expect(between).toContain('English');
  });
});
