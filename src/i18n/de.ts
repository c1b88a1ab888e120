/** Deutsch: Die Schlüssel folgen en.ts; Compiler und ein Unit-Test halten sie im Gleichschritt. */
import type { AssistantKey, PageKey, PopupKey, GuideKey } from './en';

export const dePage: Record<PageKey, string> = {
  'panel.title': 'Du kommst nicht an deinen Code?',
  'panel.title.notice': 'Zur Meldung von X',
  'panel.title.choose-method': 'Wähle eine Methode, die du noch nutzen kannst',
  'panel.title.settings': 'Hol dir einen Code für dein ausgesperrtes Gerät',
  'panel.title.password-change': 'Passwort ändern? Sichere dir einen Weg zurück',
  'panel.title.method-off': 'Methode ausschalten? Sichere dir einen Weg zurück',
  'panel.more.places': 'Wo du sonst noch suchen kannst',
  'panel.more.device': 'Wo du auf diesem Gerät klicken musst',
  'panel.more-below': 'Weiter unten mehr',
  'panel.close': 'Hilfebereich schließen',
  'panel.intro.choose-method':
    'X zeigt die Zwei-Faktor-Methoden, die du eingeschaltet hast. Wähle eine, die du noch nutzen kannst. Ein gespeicherter Backup-Code funktioniert auch.',
  'panel.intro.settings':
    'Hier bist du angemeldet. Auf diesen Seiten kannst du dir einen Backup-Code oder ein vorläufiges Passwort für das ausgesperrte Gerät holen.',
  'notice.limited.title': 'X hat Anmeldungen von diesem Gerät vorübergehend eingeschränkt',
  'notice.limited.body':
    'Die Meldung bedeutet nicht, dass Code oder Passwort falsch sind. Warte eine Weile, wie X es verlangt, und melde dich dann von einem Gerät oder Netzwerk an, das X kennt: mit deinem gewohnten Handy oder Computer oder über dein WLAN zu Hause. Versuche es hier nicht immer wieder.',
  'notice.unread':
    'Steht in der Meldung von X, dass Anmeldungen vorübergehend eingeschränkt sind, liegt es nicht an einem falschen Code oder Passwort: Warte eine Weile und melde dich dann von einem Gerät oder Netzwerk an, das X kennt, etwa mit deinem gewohnten Handy oder über dein WLAN zu Hause.',

  'places.title': 'Wo dein Code sein kann',
  'places.app.title': 'Authentifizierungs-App',
  'places.app.body':
    'Öffne Google Authenticator, Microsoft Authenticator, Authy, 1Password oder eine ähnliche App und suche nach X oder Twitter. Sieh auf dem iPhone auch in der App „Passwörter“ (ab iOS 18) oder unter Einstellungen → Passwörter (ältere Versionen) nach: x.com oder twitter.com → Bestätigungscode.',
  'places.app.note': 'Nach einer Neuinstallation der App sind die Codes nur dann wieder da, wenn sie gesichert waren.',
  'places.sms.title': 'SMS',
  'places.sms.body': 'Mit X Premium schickt X den Code per SMS an die Telefonnummer deines Accounts.',
  'places.sms.resend': 'Kommt keine an, kannst du sie über den Link von X in diesem Schritt erneut anfordern.',
  'places.sms.digits': 'Laut dieser Seite endet die Nummer auf {digits}. Gehört sie noch dir? Wenn nicht, kann dich keine SMS erreichen.',
  'places.sms.note': 'Ohne X Premium kommt keine SMS: Seit 2023 schickt X Codes per SMS nur an Premium-Accounts.',
  'places.backup.title': 'Backup-Code',
  'places.backup.body':
    'X hat dir Backup-Codes angezeigt, als du die Zwei-Faktor-Authentifizierung eingeschaltet hast. Suche in Screenshots, in deinem Passwort-Manager, in Notizen oder auf einem Ausdruck. Jeder Code funktioniert nur einmal.',
  'places.key.title': 'Sicherheitsschlüssel',
  'places.key.body': 'Stecke den Schlüssel ein, den du registriert hast, oder tippe ihn an. Folge dann den Hinweisen deines Browsers.',
  'places.passkey':
    'Hast du einen Passkey für X gespeichert? Auf einem Gerät, auf dem er gespeichert ist, bietet X ihn bei der Anmeldung eventuell gleich zu Beginn an, noch vor dem Passwort. Einen Versuch ist es wert.',

  'device.title': 'Ein Gerät, das noch angemeldet ist',
  'device.body':
    'Bist du noch irgendwo bei X angemeldet? Wenn du dein Passwort geändert hast, sieh zuerst auf dem Handy oder Computer nach, auf dem du es geändert hast: Dort bleibt X angemeldet. Dann auf einem alten Handy, einem Tablet, in einem anderen Browser oder Browserprofil (private Fenster speichern keine Sitzung). Dort kann X einen Code anzeigen, den du hier verwenden kannst.',
  'device.web': 'Im Browser:',
  'device.narrow': 'Auf einem schmalen Bildschirm wählst du zuerst {profileMenu} statt „{more}“.',
  'device.or': 'oder',
  'device.app': 'In der X-App:',
  'device.password': 'X fragt eventuell nach deinem Passwort, bevor es einen Code anzeigt.',
  'device.warning': 'Ändere dort nicht dein Passwort: X würde alle deine anderen Geräte abmelden, und jedes würde wieder nach einem Code fragen.',

  'method.title': 'Eine andere Methode',
  'method.present': 'Unter dem Codefeld zeigt „{chooseMethod}“ die anderen Methoden, die du eingeschaltet hast, zum Beispiel einen Backup-Code.',
  'method.absent':
    'Bietet X unter dem Codefeld einen anderen Weg zur Bestätigung an, findest du dort die anderen Methoden, die du eingeschaltet hast, zum Beispiel einen Backup-Code.',
  'method.show': 'Stelle zeigen',
  'method.hide': 'Markierung ausblenden',

  'support.title': 'X-Support',
  'support.body':
    'Wenn nichts anderes hilft, wende dich über das Formular für den Account-Zugriff an X. Du brauchst Zugriff auf die registrierte E-Mail-Adresse des Accounts: Ohne sie kann X meist nicht bestätigen, dass der Account dir gehört, und Ausweisdokumente nimmt X nicht an. Antworten können Tage dauern.',
  'support.link': 'Formular von X für den Account-Zugriff öffnen',
  'support.new-tab': '(öffnet sich in einem neuen Tab)',
  'support.form-trouble':
    'Lädt das Formular nicht oder meldet es, dass dieser Browser nicht unterstützt wird? Dann versuche es mit einem anderen Browser oder in einem privaten Fenster.',
  'support.scams':
    'Ignoriere alle, die anbieten, deinen Account gegen Geld „wiederherzustellen“, oder die nach deinem Passwort fragen: Nur X kann den Zugriff wiederherstellen.',

  'path.title': 'Der Weg zu deinem Backup-Code',
  'path.here': 'Du bist hier',
  'path.item.profile-menu': 'dein Profilbild (oben links)',
  'path.item.login-code': 'Anmeldecode („Show login code“)',
  'path.section': '(unter „{section}“)',

  'launcher.label': '2FA Rescue öffnen: Hilfe bei Zwei-Faktor-Codes',
  'launcher.glyph': '2FA',
  'assistant.open': 'Meinen Weg zurück planen',
  'composer.open': 'Meine Anfrage an den X-Support schreiben',
  'assistant.load-failed':
    'Dieser Teil konnte nicht geladen werden. Lade die Seite neu oder nutze die Checkliste hinter dem Button der Erweiterung in der Symbolleiste.',
};

export const dePopup: Record<PopupKey, string> = {
  'popup.new-tab': '(öffnet sich in einem neuen Tab)',
  'popup.title': '2FA Rescue for X',
  'popup.intro': 'Der Zwei-Faktor-Code von X sperrt dich aus? Geh diese Schritte von oben nach unten durch. Deine Häkchen bleiben auf diesem Gerät.',
  'popup.progress': '{done} von {total} erledigt',
  'popup.reset': 'Alle Häkchen entfernen',
  'popup.save-failed': 'Deine Häkchen konnten nicht gespeichert werden und gehen verloren, wenn sich dieses Fenster schließt.',
  'popup.support-link': 'Formular für den Account-Zugriff',
  'popup.form-trouble':
    'Lädt das Formular nicht oder meldet es, dass dieser Browser nicht unterstützt wird? Dann versuche es mit einem anderen Browser oder in einem privaten Fenster.',
  'popup.scams':
    'Ignoriere alle, die anbieten, deinen Account gegen Geld „wiederherzustellen“, oder die nach deinem Passwort fragen: Nur X kann den Zugriff wiederherstellen.',

  'popup.guides.intro': 'Auf einem Gerät, auf dem du noch angemeldet bist: Jede Anleitung zeigt dir, was du in den Einstellungen von X anklicken musst.',
  'popup.guide.backup-code': 'Backup-Code holen',
  'popup.guide.temporary-password': 'Vorläufiges Passwort holen',
  'popup.guide.two-factor-methods': 'Zwei-Faktor-Methode wechseln',
  'popup.guide.resume': 'Fortsetzen: {guide}',
  'popup.guide.failed': 'Die Anleitung konnte nicht starten. Öffne x.com in einem Tab und versuche es noch einmal.',
  'checkup.title': 'Wieder drin? Sorge vor, damit das nicht noch einmal passiert',
  'checkup.backup.title': 'Neue Backup-Codes speichern',
  'checkup.backup.body': 'Drucke sie aus oder bewahre sie in einem Passwort-Manager auf, nicht nur auf deinem Handy.',
  'checkup.contact.title': 'Prüfen, ob E-Mail-Adresse und Telefonnummer deines X-Accounts aktuell sind',
  'checkup.contact.body':
    'Der X-Support schreibt dir an diese E-Mail-Adresse und prüft darüber, ob der Account dir gehört. Codes per SMS bekommen nur Accounts mit X Premium.',
  'checkup.app.title': 'Einen zweiten Weg zu deinen Zwei-Faktor-Codes sichern',
  'checkup.app.body':
    'Nutze die Sicherung oder den Export deiner Authentifizierungs-App oder füge X in der App auf einem zweiten Gerät hinzu. Ein zweiter bei X registrierter Sicherheitsschlüssel funktioniert auch.',
  'checkup.guide': 'Weg zeigen',
  'checkup.ticked-on': 'Abgehakt am {date}',
  'popup.reminder.title': 'Zwei-Faktor-Methode wieder einschalten',
  'popup.reminder.body':
    'Sobald du auf dem anderen Gerät angemeldet bist, schalte die Methode in den Einstellungen von X wieder ein und speichere neue Backup-Codes. Hake dann diesen Punkt ab.',

  'check.app.title': 'In deinen Authentifizierungs-Apps nachsehen',
  'check.app.body':
    'Google Authenticator, Microsoft Authenticator, Authy, 1Password; auf dem iPhone die App „Passwörter“ oder Einstellungen → Passwörter (x.com oder twitter.com).',
  'check.backup.title': 'Nach gespeicherten Backup-Codes suchen',
  'check.backup.body': 'Screenshots, Passwort-Manager, Notizen, Ausdrucke.',
  'check.key.title': 'Deinen Sicherheitsschlüssel ausprobieren',
  'check.key.body':
    'Falls du einen registriert hast: Wähle beim Code-Schritt von X unter den anderen Methoden den Sicherheitsschlüssel und stecke ihn ein oder tippe ihn an.',
  'check.sms.title': 'SMS prüfen',
  'check.sms.body': 'Nur mit X Premium: X schickt den Code per SMS an die Telefonnummer deines Accounts, sofern die Nummer noch dir gehört.',
  'check.device.title': 'Ein Gerät finden, das noch angemeldet ist',
  'check.device.body':
    'Zuerst das Handy oder der Computer, auf dem du dein Passwort geändert hast (dort bleibt X angemeldet). Dann ein altes Handy, ein Tablet, ein anderer Browser oder ein anderes Browserprofil.',
  'check.code.title': 'Dort einen Backup-Code oder ein vorläufiges Passwort holen',
  'check.code.body': 'Einstellungen und Datenschutz → Sicherheit und Account-Zugriff → Sicherheit → Zwei-Faktor-Authentifizierung.',
  'check.switch.title': 'Oder die Methode wechseln, solange du angemeldet bist',
  'check.switch.body':
    'Schalte die Methode aus, die du nicht nutzen kannst, und melde dich hier an. Schalte sie dann wieder ein und speichere neue Backup-Codes.',
  'check.support.title': 'Den X-Support fragen',
  'check.support.body': 'Nutze das Formular für den Account-Zugriff. Du brauchst deine registrierte E-Mail-Adresse. Antworten können Tage dauern.',
  'check.save.title': 'Wieder drin? Neue Backup-Codes speichern',
  'check.save.body': 'Drucke sie aus oder bewahre sie in einem Passwort-Manager auf, nicht nur auf deinem Handy.',
};

/** Der Wiederherstellungs-Assistent und der Editor für die Anfrage an den X-Support. */
export const deAssistant: Record<AssistantKey, string> = {
  'assistant.title': 'Was hast du noch?',
  'assistant.intro':
    'Hake ab, was du noch nutzen kannst. Der Plan unten nennt den aussichtsreichsten Schritt zuerst. Deine Antworten bleiben auf diesem Gerät, bis du sie löschst.',
  'assistant.clear': 'Meine Antworten löschen',
  'have.email': 'Das Postfach der bei X registrierten E-Mail-Adresse',
  'have.phone': 'Die bei X registrierte Telefonnummer',
  'have.device': 'Ein Handy, Tablet oder Browser, auf dem du noch bei X angemeldet bist',
  'have.backup': 'Gespeicherte Backup-Codes',
  'have.app': 'Die Authentifizierungs-App, in der X eingetragen ist',
  'have.key': 'Der bei X registrierte Sicherheitsschlüssel',
  'plan.title': 'Dein Plan',
  'plan.next': 'Als Erstes',
  'plan.backup': 'Verwende einen Backup-Code: Wähle unter dem Codefeld „{chooseMethod}“ und dann den Backup-Code.',
  'plan.backup.described':
    'Verwende einen Backup-Code: Wähle unter dem Codefeld den Link, der einen anderen Weg zur Bestätigung anbietet, und dann den Backup-Code.',
  'plan.app': 'Öffne die Authentifizierungs-App und gib den Code für X oder Twitter ein, bevor er sich ändert.',
  'plan.key': 'Verwende deinen Sicherheitsschlüssel: Wähle unter dem Codefeld „{chooseMethod}“ und dann den Sicherheitsschlüssel.',
  'plan.key.described':
    'Verwende deinen Sicherheitsschlüssel: Wähle unter dem Codefeld den Link, der einen anderen Weg zur Bestätigung anbietet, und dann den Sicherheitsschlüssel.',
  'plan.device':
    'Hol dir auf dem Gerät, das noch angemeldet ist, einen Backup-Code oder ein vorläufiges Passwort (die Anleitungen hinter dem Button dieser Erweiterung in der Symbolleiste zeigen den Weg). Oder schalte die Methode, die du nicht nutzen kannst, kurz aus.',
  'plan.phone': 'Wenn dein Account X Premium hat und SMS eingeschaltet ist, wähle unter den Methoden „SMS“. Ohne Premium kommt keine SMS.',
  'plan.support':
    'Wende dich über das Formular für den Account-Zugriff an den X-Support. Achte dann im registrierten Postfach (auch im Spam-Ordner) auf die Antwort. Die Anfrage unten ist fertig zum Kopieren.',
  'plan.recover-email':
    'Versuche zuerst, über die Wiederherstellung deines E-Mail-Anbieters wieder in dieses E-Mail-Konto zu kommen: Dorthin antwortet der X-Support.',
  'plan.scams':
    'Ignoriere alle, die anbieten, deinen Account gegen Geld „wiederherzustellen“, oder die nach deinem Passwort fragen: Nur X kann den Zugriff wiederherstellen.',
  'plan.second-account': 'In der Zwischenzeit kannst du deinen Followern über einen zweiten Account sagen, was passiert ist.',
  'outlook.good': 'Damit kommst du sehr wahrscheinlich selbst wieder in deinen Account.',
  'outlook.support': 'Dein Weg zurück führt über den X-Support. Antworten können mehrere Tage dauern.',
  'outlook.hard':
    'Ehrlich gesagt ist das der schwierigste Fall: Ohne die registrierte E-Mail-Adresse, einen funktionierenden Code oder ein angemeldetes Gerät kann X meist nicht bestätigen, dass der Account dir gehört, und Ausweisdokumente nimmt X nicht an. Den Zugriff auf diese E-Mail-Adresse zurückzubekommen ist deine beste Chance.',

  'composer.title': 'Deine Anfrage an den X-Support',
  'composer.intro':
    'Fülle aus, was du weißt, und wir schreiben eine kurze Anfrage. Nichts wird gesendet: Kopiere die Anfrage und füge sie in das Formular von X ein.',
  'composer.page-sees': 'Die Seite von X kann sehen, was du hier eingibst, wie alles, was auf x.com eingegeben wird. Die Anfrage ist ohnehin für X bestimmt.',
  'composer.tip': 'X versteht Englisch am besten. Schreib deine eigenen Worte nach Möglichkeit auf Englisch; eine maschinelle Übersetzung ist in Ordnung.',
  'composer.username': 'Dein Nutzername bei X',
  'composer.email': 'Beim Account registrierte E-Mail-Adresse',
  'composer.email-missing':
    'Trage nach Möglichkeit die beim Account registrierte E-Mail-Adresse ein: Ohne sie kann X meist nicht bestätigen, dass der Account dir gehört.',
  'composer.happened': 'Was passiert ist',
  'composer.tried': 'Was du schon versucht hast',
  'composer.ask': 'Worum du X bittest',
  'composer.empty-hint': 'Bleibt das Feld leer, wird ein Standardsatz verwendet.',
  'composer.cut': 'Dieses Feld fasst bis zu {max} Zeichen. Deine Eingabe wurde passend gekürzt: Bitte prüfe das Ende.',
  'composer.english': 'Auf Englisch: Füge dies ein',
  'composer.both': 'Zuerst deine Sprache zum Prüfen, dann Englisch für X: Füge alles ein',
  'composer.count': '{count} Zeichen',
  'composer.copy': 'Anfrage kopieren',
  'composer.copied': 'Kopiert. Füge die Anfrage in das Formular von X ein.',
  'composer.copy-failed':
    'Das Kopieren wurde blockiert. Der Text ist markiert: Drücke Strg+C (⌘C auf dem Mac) oder drücke lange auf den Text und wähle „Kopieren“.',
  'composer.form-tip':
    'Wähle im Formular die Optionen zur Anmeldung oder zur Zwei-Faktor-Authentifizierung, gib die registrierte E-Mail-Adresse an und füge die Anfrage dort ein, wo nach Details gefragt wird.',

  'risk.password.title': 'Bevor du dein Passwort änderst',
  'risk.password.body': 'Eine Änderung meldet deine anderen Geräte ab, und jedes fragt dann nach einem Zwei-Faktor-Code. Prüfe, ob du einen haben wirst.',
  'risk.method.title': 'Bevor du eine Methode ausschaltest',
  'risk.method.body':
    'Bei der nächsten Anmeldung fragt X nach einer der Methoden, die eingeschaltet bleiben; ist dies deine letzte, schaltet sich die Zwei-Faktor-Authentifizierung aus, und X fragt nur nach deinem Passwort. Prüfe, ob du nutzen kannst, was bleibt.',
  'ready.backup-saved': 'Ich habe einen Backup-Code an einem anderen Ort als diesem Gerät gespeichert',
  'ready.methods-known':
    'Ich kann meine Authentifizierungs-App öffnen oder meinen Sicherheitsschlüssel nutzen (oder SMS empfangen, wenn der Account X Premium hat)',
  'ready.contact-checked': 'Ich kann das bei X registrierte E-Mail-Postfach lesen',
  'risk.get-backup': 'Zuerst einen Backup-Code holen',
  'risk.password.ready': 'Du hast einen Weg zurück: Halte ihn bereit. Die Änderung meldet deine anderen Geräte ab, und jedes fragt dann nach einem Code.',
  'risk.method.ready': 'Du hast einen Weg zurück: Halte ihn für die nächste Anmeldung bereit.',

  'message.subject': 'Durch Zwei-Faktor-Authentifizierung ausgesperrt: {username}',
  'message.greeting': 'Hallo X-Support-Team,',
  'message.account': 'Account: {username}',
  'message.email': 'Registrierte E-Mail-Adresse: {email}',
  'message.happened': 'Was passiert ist: {text}',
  'message.tried': 'Was ich versucht habe: {text}',
  'message.ask': 'Meine Bitte: {text}',
  'message.thanks': 'Vielen Dank für Ihre Hilfe.',
  'message.default.happened': 'Ich bekomme meinen Zwei-Faktor-Code zum Anmelden nicht mehr.',
  'message.default.tried': 'Ich habe keinen anderen Weg gefunden, einen Code zu bekommen.',
  'message.default.ask':
    'Bitte bestätigen Sie, dass der Account mir gehört, und helfen Sie mir, wieder Zugriff zu erhalten, zum Beispiel indem Sie die Zwei-Faktor-Authentifizierung ausschalten.',
  'message.unknown': '(keine Angabe)',
  'message.english-follows': '---------- Dasselbe auf Englisch ----------',
};

/** Die Texte der Anleitungen. */
export const deGuide: Record<GuideKey, string> = {
  'guide.label': 'Anleitung von 2FA Rescue',
  'guide.step-count': 'Schritt {n} von {total}',
  'guide.open-more': 'Öffne „{label}“ im Menü links.',
  'guide.open-drawer': 'Tippe oben links auf dein Profilbild, um das Menü zu öffnen.',
  'guide.choose': 'Wähle „{label}“.',
  'guide.password': 'X fragt zuerst nach deinem Passwort. Gib es in das Feld von X selbst ein: Diese Erweiterung liest es nicht. Die Anleitung wartet hier.',
  'guide.done.backup-code':
    'Am Ziel: Das ist dein Backup-Code. Schreib ihn auf oder mach einen Screenshot und bewahre ihn an einem anderen Ort als diesem Gerät auf. Er funktioniert einmal, auf dem Gerät, das nach einem Code fragt.',
  'guide.done.temporary-password':
    'Am Ziel: Erstelle hier ein vorläufiges Passwort und melde dich damit auf dem anderen Gerät an. Es gilt nur eine Weile, nutze es also bald.',
  'guide.done.two-factor-methods':
    'Das sind deine Zwei-Faktor-Methoden. Um dich auf dem ausgesperrten Gerät anzumelden, entferne das Häkchen bei der Methode, die du dort nicht nutzen kannst (ist es deine einzige, schaltet sich die Zwei-Faktor-Authentifizierung aus). Melde dich an und komm dann zurück: Schalte die Methode wieder ein und speichere neue Backup-Codes. Das Pop-up erinnert dich daran.',
  'guide.fallback': 'Diese Seite zeigt es nicht an der erwarteten Stelle. Suche selbst danach:',
  'guide.found': 'Gefunden',
  'guide.skip': 'Schritt überspringen',
  'guide.end': 'Anleitung beenden',
  'guide.finish': 'Fertig',
  'guide.return': 'Zurück zur vorherigen Seite (neuer Tab)',
  'guide.needs-login': 'Diese Anleitung ist für ein Gerät, auf dem du noch bei X angemeldet bist. Nutze sie dort oder melde dich zuerst hier an.',
  'guide.leave-method-off':
    'Das Fenster von X hier schaltet eine Methode aus. Brich zuerst ab oder schließe das Fenster: Nichts ändert sich, solange du dort nicht bestätigst. Die Anleitung geht auf der Einstellungsseite weiter.',
  'guide.temporary-password-missing':
    'Dieser Account hat keinen Punkt „Vorläufiges Passwort“: X bietet ihn nur manchen Accounts an. Ein Backup-Code erfüllt denselben Zweck.',
  'guide.switch.backup-code': 'Stattdessen einen Backup-Code holen',
  'guide.title.backup-code': 'Backup-Code holen',
  'guide.title.temporary-password': 'Vorläufiges Passwort holen',
  'guide.title.two-factor-methods': 'Zwei-Faktor-Methode wechseln',
};
