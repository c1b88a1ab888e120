import type { ComponentChildren } from 'preact';
import { regainAccessForm } from '../../guides/help-links';
import { ExternalLink } from './ExternalLink';
import { useTexts } from '../texts-context';

interface Props {
  /** The composer, under the link. */
  children?: ComponentChildren;
}

export function SupportSection({ children }: Props) {
  const { page: t, lang } = useTexts();
  return (
    <section class="section" aria-labelledby="rescue-support">
      <h3 id="rescue-support">{t('support.title')}</h3>
      <p>{t('support.body')}</p>
      <ExternalLink href={regainAccessForm(lang)} rescue="support-link" newTabText={t('support.new-tab')}>
        {t('support.link')}
      </ExternalLink>
      {/* The form runs a browser check (Cloudflare) that some browsers fail. */}
      <p class="note">{t('support.form-trouble')}</p>
      {/* People locked out are what "recovery" scammers look for. */}
      <p data-rescue="scam-warning">{t('support.scams')}</p>
      {children}
    </section>
  );
}
