import { clearMethodReminder, remindersItem } from '../../state/reminders';
import { useStoredItem } from '../use-stored-item';
import { usePopupTexts } from './popup-texts-context';

/** Stays in the popup after the methods guide until the user ticks it off. */
export function Reminder() {
  const { t } = usePopupTexts();
  const reminders = useStoredItem(remindersItem);
  const since = reminders.value?.turnMethodBackOn;
  if (!since) return null;
  return (
    <section class="reminder" data-rescue="reminder" role="note">
      <input id="reminder-method" type="checkbox" onChange={() => void clearMethodReminder()} />
      <div>
        <label for="reminder-method">{t('popup.reminder.title')}</label>
        <p>{t('popup.reminder.body')}</p>
      </div>
    </section>
  );
}
