import type { ComponentChildren } from 'preact';
import { regainAccessForm } from '../../guides/help-links';
import type { PageTranslate as Translate } from '../../i18n';
import type { UiLanguage } from '../../page/page-language';
import { ExternalLink } from './ExternalLink';

interface Props {
  lang: UiLanguage;
  t: Translate;
  /** The composer, under the link. */
  children?: ComponentChildren;
}

export function SupportSection({ lang, t, children }: Props) {
  return (
    <section class="section" aria-labelledby="rescue-support">
      <h3 id="rescue-support">{t('support.title')}</h3>
      <p>{t('support.body')}</p>
      <ExternalLink href={regainAccessForm(lang)} rescue="support-link" newTabText={t('support.new-tab')}>
        {t('support.link')}
      </ExternalLink>
      {children}
    </section>
  );
}
