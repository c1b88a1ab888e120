import { useRef, useState } from 'preact/hooks';
import { regainAccessForm } from '../../guides/help-links';
import {
  capField,
  characterCount,
  composeRequest,
  EMPTY_DRAFT,
  FIELD_LIMITS,
  REQUEST_FIELDS,
  type RequestDraft,
  type RequestField,
} from '../../guides/support-request';
import { ExternalLink } from '../components/ExternalLink';
import { useTexts } from '../texts-context';

const SINGLE_LINE: ReadonlySet<RequestField> = new Set(['username', 'email']);

/**
 * Writes the request to X Support from the user's own words. Everything stays
 * in this page's memory: nothing is stored or sent; the user copies it.
 */
export function ComposerSection() {
  const { page: t, assistant: a, englishAssistant, lang } = useTexts();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<RequestDraft>(EMPTY_DRAFT);
  const [cut, setCut] = useState<ReadonlySet<RequestField>>(new Set());
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const output = useRef<HTMLTextAreaElement>(null);

  if (!open) {
    return (
      <button type="button" class="text-button" data-rescue="open-composer" onClick={() => setOpen(true)}>
        {t('composer.open')}
      </button>
    );
  }
  const both = lang !== 'en';
  const request = composeRequest(draft, englishAssistant, both ? a : undefined);

  const edit = (field: RequestField, raw: string) => {
    const { value, cut: wasCut } = capField(field, raw);
    setDraft({ ...draft, [field]: value });
    setCut((current) => {
      const next = new Set(current);
      if (wasCut) next.add(field);
      else next.delete(field);
      return next;
    });
    setCopy('idle');
  };

  const copyRequest = async () => {
    try {
      await navigator.clipboard.writeText(request);
      setCopy('copied');
    } catch {
      // Refused (permissions, an old browser): select it so the user can copy by hand.
      output.current?.focus();
      output.current?.select();
      setCopy('failed');
    }
  };

  return (
    <div class="composer" data-rescue="composer">
      <h3>{a('composer.title')}</h3>
      <p class="note">{a('composer.intro')}</p>
      {/* The fields are on x.com: X's scripts can read what is typed into them, as into any of X's own. */}
      <p class="note" data-rescue="composer-page-sees">
        {a('composer.page-sees')}
      </p>
      <p class="note">{a('composer.tip')}</p>
      {REQUEST_FIELDS.map((field) => {
        const id = `composer-${field}`;
        // X checks through the registered email that the account is theirs: say so while it is empty, without blocking the copy.
        const emailMissing = field === 'email' && !draft.email.trim();
        const props = {
          id,
          name: field,
          value: draft[field],
          'aria-describedby': emailMissing ? `${id}-hint ${id}-missing` : `${id}-hint`,
          onInput: (event: Event) => edit(field, (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
        };
        return (
          <div class="field" key={field}>
            <label for={id}>{a(`composer.${field}`)}</label>
            {SINGLE_LINE.has(field) ? <input {...props} type={field === 'email' ? 'email' : 'text'} autocomplete="off" /> : <textarea {...props} rows={3} />}
            <p id={`${id}-hint`} class="note" role={cut.has(field) ? 'alert' : undefined}>
              {cut.has(field) ? a('composer.cut', { max: FIELD_LIMITS[field] }) : SINGLE_LINE.has(field) ? '' : a('composer.empty-hint')}
            </p>
            {emailMissing && (
              <p id={`${id}-missing`} class="note" data-rescue="email-missing">
                {a('composer.email-missing')}
              </p>
            )}
          </div>
        );
      })}
      <label for="composer-output">{a(both ? 'composer.both' : 'composer.english')}</label>
      <textarea id="composer-output" class="output" data-rescue="message" readOnly rows={both ? 16 : 10} value={request} ref={output} />
      <p class="note">{a('composer.count', { count: characterCount(request) })}</p>
      <button type="button" class="primary-button" data-rescue="copy-message" onClick={() => void copyRequest()}>
        {a('composer.copy')}
      </button>
      <p role="status" class="note" data-copy={copy}>
        {copy === 'copied' ? a('composer.copied') : copy === 'failed' ? a('composer.copy-failed') : ''}
      </p>
      <p>{a('composer.form-tip')}</p>
      <ExternalLink href={regainAccessForm(lang)} newTabText={t('support.new-tab')}>
        {t('support.link')}
      </ExternalLink>
    </div>
  );
}
