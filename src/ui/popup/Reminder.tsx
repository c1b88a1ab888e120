import { useEffect, useState } from 'preact/hooks';
import type { PopupTranslate } from '../../i18n';
import { clearMethodReminder, loadReminders } from '../../state/reminders';

/** Stays in the popup after the methods guide until the user ticks it off. */
export function Reminder({ t }: { t: PopupTranslate }) {
  const [since, setSince] = useState<number | undefined>(undefined);
  useEffect(() => {
    void loadReminders().then((reminders) => setSince(reminders.turnMethodBackOn));
  }, []);
  if (!since) return null;
  return (
    <section class="reminder" data-rescue="reminder" role="note">
      <input
        id="reminder-method"
        type="checkbox"
        onChange={() => {
          setSince(undefined);
          void clearMethodReminder();
        }}
      />
      <div>
        <label for="reminder-method">{t('popup.reminder.title')}</label>
        <p>{t('popup.reminder.body')}</p>
      </div>
    </section>
  );
}
