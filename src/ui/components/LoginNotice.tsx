import type { LoginNotice as Notice } from '../../page/reading';
import { useTexts } from '../texts-context';

/** What X's login error banner means for the person: the panel's first words when it is there. */
export function LoginNotice({ notice }: { notice: Notice }) {
  const { page: t } = useTexts();
  // Words we could not read: only what it means *if* it is the limit.
  if (notice === 'unread') {
    return (
      <p data-rescue="login-notice" data-notice="unread" class="intro">
        {t('notice.unread')}
      </p>
    );
  }
  return (
    <section data-rescue="login-notice" data-notice="limited" class="section notice" aria-labelledby="rescue-notice">
      <h3 id="rescue-notice">{t('notice.limited.title')}</h3>
      <p>{t('notice.limited.body')}</p>
    </section>
  );
}
