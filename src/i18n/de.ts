/** Deutsch: Die Schlüssel folgen en.ts; Compiler und ein Unit-Test halten sie im Gleichschritt. */
import type { AssistantKey, PageKey, PopupKey, GuideKey } from './en';

export const dePage: Record<PageKey, string> = {
  'panel.title': 'Sie kommen nicht an Ihren Code?',
  'panel.title.notice': 'Zur Meldung von X',
  'panel.title.choose-method': 'Wählen Sie eine Methode, die noch funktioniert',
  'panel.title.settings': 'Einen Code für das ausgesperrte Gerät holen',
  'panel.title.password-change': 'Passwort ändern? Sichern Sie sich einen Weg zurück',
  'panel.title.method-off': 'Methode ausschalten? Sichern Sie sich einen Weg zurück',
  'panel.more.places': 'Weitere Stellen zum Nachsehen',
  'panel.more.device': 'Wo Sie auf diesem Gerät klicken',
  'panel.more-below': 'Weiter unten geht es weiter',
  'panel.close': 'Hilfebereich schließen',
  'panel.intro.choose-method':
    'X zeigt die Zwei-Faktor-Methoden, die Sie aktiviert haben. Wählen Sie eine, die Sie noch nutzen können. Ein gespeicherter Backup-Code funktioniert auch.',
  'panel.intro.settings':
    'Hier sind Sie angemeldet. Auf diesen Seiten bekommen Sie einen Backup-Code oder ein vorläufiges Passwort für das ausgesperrte Gerät.',
  'notice.limited.title': 'X hat Anmeldungen von diesem Gerät vorübergehend eingeschränkt',
  'notice.limited.body':
    'Die Meldung heißt nicht, dass Code oder Passwort falsch sind. Warten Sie eine Weile, wie X es verlangt, und melden Sie sich dann von einem Gerät oder Netzwerk an, das X kennt – etwa mit Ihrem gewohnten Handy oder Computer oder über Ihr WLAN zu Hause. Versuchen Sie es hier nicht immer wieder.',
  'notice.unread':
    'Steht in der Meldung von X, dass Anmeldungen vorübergehend eingeschränkt sind, liegt es nicht an einem falschen Code oder Passwort: Warten Sie eine Weile und melden Sie sich dann von einem Gerät oder Netzwerk an, das X kennt – etwa mit Ihrem gewohnten Handy oder über Ihr WLAN zu Hause.',

  'places.title': 'Wo Ihr Code sein kann',
  'places.app.title': 'Authentifizierungs-App',
  'places.app.body':
    'Öffnen Sie Google Authenticator, Microsoft Authenticator, Authy, 1Password oder eine ähnliche App und suchen Sie nach X oder Twitter. Sehen Sie auf dem iPhone auch in der App „Passwörter“ (ab iOS 18) oder unter Einstellungen → Passwörter (ältere Versionen) nach: x.com oder twitter.com → Bestätigungscode.',
  'places.app.note': 'Wenn Sie die App neu installieren, kommen die Codes nur zurück, wenn sie gesichert waren.',
  'places.sms.title': 'SMS',
  'places.sms.body': 'Mit X Premium schickt X den Code per SMS an die Telefonnummer Ihres Accounts.',
  'places.sms.resend': 'Kommt keine an, kann der Link von X auf diesem Schritt sie erneut senden.',
  'places.sms.digits': 'Laut dieser Seite endet diese Nummer auf {digits}. Gehört sie noch Ihnen? Wenn nicht, kann Sie keine SMS erreichen.',
  'places.sms.note': 'Ohne X Premium kommt keine SMS: Seit 2023 schickt X Codes per SMS nur an Premium-Accounts.',
  'places.backup.title': 'Backup-Code',
  'places.backup.body':
    'X hat Ihnen Backup-Codes angezeigt, als Sie die Zwei-Faktor-Authentifizierung aktiviert haben. Suchen Sie in Screenshots, in Ihrem Passwort-Manager, in Notizen oder auf einem Ausdruck. Jeder Code funktioniert nur einmal.',
  'places.key.title': 'Sicherheitsschlüssel',
  'places.key.body': 'Stecken Sie den registrierten Schlüssel ein oder tippen Sie ihn an. Folgen Sie dann den Hinweisen Ihres Browsers.',
  'places.passkey':
    'Haben Sie einen Passkey für X gespeichert? Auf einem Gerät, das ihn hat, bietet X ihn bei der Anmeldung eventuell gleich zu Beginn an, noch vor dem Passwort. Einen Versuch ist es wert.',

  'device.title': 'Ein Gerät, das noch angemeldet ist',
  'device.body':
    'Ist X noch irgendwo angemeldet? Wenn Sie Ihr Passwort geändert haben, sehen Sie zuerst auf dem Handy oder Computer nach, auf dem Sie es geändert haben: Dort bleibt X angemeldet. Sonst auf einem alten Handy, einem Tablet, in einem anderen Browser oder Browserprofil (private Fenster speichern keine Sitzung). Dort kann X einen Code anzeigen, den Sie hier verwenden können.',
  'device.web': 'Im Browser:',
  'device.narrow': 'Auf einem schmalen Bildschirm beginnen Sie bei {profileMenu} statt bei „{more}“.',
  'device.or': 'oder',
  'device.app': 'In der X-App:',
  'device.password': 'X fragt eventuell nach Ihrem Passwort, bevor ein Code erscheint.',
  'device.warning': 'Ändern Sie dort nicht Ihr Passwort: X würde alle Ihre anderen Geräte abmelden, und jedes würde wieder nach einem Code fragen.',

  'method.title': 'Eine andere Methode',
  'method.present': 'Unter dem Codefeld zeigt „{chooseMethod}“ die anderen Methoden, die Sie aktiviert haben, zum Beispiel einen Backup-Code.',
  'method.absent':
    'Bietet X unter dem Codefeld einen anderen Weg zur Bestätigung an, finden Sie dort die anderen Methoden, die Sie aktiviert haben, zum Beispiel einen Backup-Code.',
  'method.show': 'Stelle zeigen',
  'method.hide': 'Markierung ausblenden',

  'support.title': 'X-Support',
  'support.body':
    'Wenn nichts anderes hilft, wenden Sie sich über das Formular für den Account-Zugriff an X. Sie brauchen Zugriff auf die registrierte E-Mail-Adresse des Accounts: Ohne sie kann X meist nicht bestätigen, dass der Account Ihnen gehört, und Ausweisdokumente nimmt X nicht an. Antworten können Tage dauern.',
  'support.link': 'Formular von X für den Account-Zugriff öffnen',
  'support.new-tab': '(öffnet sich in einem neuen Tab)',
  'support.form-trouble':
    'Lädt das Formular nicht oder meldet es, dass dieser Browser nicht unterstützt wird? Dann versuchen Sie es mit einem anderen Browser oder in einem privaten Fenster.',
  'support.scams':
    'Ignorieren Sie alle, die anbieten, Ihren Account gegen Geld „wiederherzustellen“, oder die nach Ihrem Passwort fragen: Nur X kann den Zugriff wiederherstellen.',

  'path.title': 'Der Weg zu Ihrem Backup-Code',
  'path.here': 'Sie sind hier',
  'path.item.profile-menu': 'Ihr Profilbild (oben links)',
  'path.item.login-code': 'Anmeldecode („Show login code“)',
  'path.section': '(unter „{section}“)',

  'launcher.label': '2FA Rescue öffnen: Hilfe bei Zwei-Faktor-Codes',
  'launcher.glyph': '2FA',
  'assistant.open': 'Meinen Weg zurück planen',
  'composer.open': 'Meine Anfrage an den X-Support schreiben',
  'assistant.load-failed':
    'Dieser Teil konnte nicht geladen werden. Laden Sie die Seite neu, oder nutzen Sie die Checkliste hinter der Schaltfläche der Erweiterung in der Symbolleiste.',
};

export const dePopup: Record<PopupKey, string> = {
  'popup.new-tab': '(öffnet sich in einem neuen Tab)',
  'popup.title': '2FA Rescue for X',
  'popup.intro': 'Der Zwei-Faktor-Code von X sperrt Sie aus? Gehen Sie diese Schritte von oben nach unten durch. Ihre Häkchen bleiben auf diesem Gerät.',
  'popup.progress': '{done} von {total} erledigt',
  'popup.reset': 'Alle Häkchen entfernen',
  'popup.save-failed': 'Ihre Häkchen konnten nicht gespeichert werden. Sie gehen verloren, wenn dieses Fenster geschlossen wird.',
  'popup.support-link': 'Formular für den Account-Zugriff',
  'popup.form-trouble':
    'Lädt das Formular nicht oder meldet es, dass dieser Browser nicht unterstützt wird? Dann versuchen Sie es mit einem anderen Browser oder in einem privaten Fenster.',
  'popup.scams':
    'Ignorieren Sie alle, die anbieten, Ihren Account gegen Geld „wiederherzustellen“, oder die nach Ihrem Passwort fragen: Nur X kann den Zugriff wiederherstellen.',

  'popup.guides.intro': 'Auf einem Gerät, auf dem Sie noch angemeldet sind: Jede Anleitung zeigt, was Sie in den Einstellungen von X anklicken müssen.',
  'popup.guide.backup-code': 'Backup-Code holen',
  'popup.guide.temporary-password': 'Vorläufiges Passwort holen',
  'popup.guide.two-factor-methods': 'Zwei-Faktor-Methode wechseln',
  'popup.guide.resume': 'Fortsetzen: {guide}',
  'popup.guide.failed': 'Die Anleitung konnte nicht starten. Öffnen Sie x.com in einem Tab und versuchen Sie es noch einmal.',
  'checkup.title': 'Wieder drin? Sorgen Sie vor, damit es nicht wieder passiert',
  'checkup.backup.title': 'Neue Backup-Codes speichern',
  'checkup.backup.body': 'Drucken Sie sie aus oder bewahren Sie sie in einem Passwort-Manager auf, nicht nur auf Ihrem Handy.',
  'checkup.contact.title': 'Prüfen, ob E-Mail-Adresse und Telefonnummer Ihres X-Accounts aktuell sind',
  'checkup.contact.body':
    'Der X-Support schreibt Ihnen an diese E-Mail-Adresse und prüft darüber, ob der Account Ihnen gehört. Codes per SMS bekommen nur Accounts mit X Premium.',
  'checkup.app.title': 'Einen zweiten Weg zu Ihren Bestätigungscodes sichern',
  'checkup.app.body':
    'Nutzen Sie die Sicherung oder den Export Ihrer Authentifizierungs-App, oder fügen Sie X auf einem zweiten Gerät hinzu. Ein zweiter bei X registrierter Sicherheitsschlüssel hilft ebenso.',
  'checkup.guide': 'Weg zeigen',
  'checkup.ticked-on': 'Abgehakt am {date}',
  'popup.reminder.title': 'Zwei-Faktor-Methode wieder aktivieren',
  'popup.reminder.body':
    'Sobald Sie auf dem anderen Gerät angemeldet sind, aktivieren Sie die Methode in den Einstellungen von X wieder und speichern neue Backup-Codes. Haken Sie dann diesen Punkt ab.',

  'check.app.title': 'In Ihren Authentifizierungs-Apps nachsehen',
  'check.app.body':
    'Google Authenticator, Microsoft Authenticator, Authy, 1Password; auf dem iPhone die App „Passwörter“ oder Einstellungen → Passwörter (x.com oder twitter.com).',
  'check.backup.title': 'Nach gespeicherten Backup-Codes suchen',
  'check.backup.body': 'Screenshots, Passwort-Manager, Notizen, Ausdrucke.',
  'check.key.title': 'Ihren Sicherheitsschlüssel versuchen',
  'check.key.body':
    'Falls Sie einen registriert haben: Wählen Sie beim Code-Schritt von X unter den anderen Methoden den Sicherheitsschlüssel, und stecken Sie ihn ein oder tippen Sie ihn an.',
  'check.sms.title': 'SMS prüfen',
  'check.sms.body': 'Nur mit X Premium: X schickt den Code per SMS an die Telefonnummer Ihres Accounts, sofern die Nummer noch Ihnen gehört.',
  'check.device.title': 'Ein Gerät finden, das noch angemeldet ist',
  'check.device.body':
    'Zuerst das Handy oder der Computer, auf dem Sie Ihr Passwort geändert haben (dort bleibt X angemeldet), dann ein altes Handy, ein Tablet, ein anderer Browser oder ein anderes Browserprofil.',
  'check.code.title': 'Dort einen Backup-Code oder ein vorläufiges Passwort holen',
  'check.code.body': 'Einstellungen und Datenschutz → Sicherheit und Account-Zugriff → Sicherheit → Zwei-Faktor-Authentifizierung.',
  'check.switch.title': 'Oder die Methode wechseln, solange Sie angemeldet sind',
  'check.switch.body':
    'Deaktivieren Sie die Methode, die Sie nicht nutzen können, und melden Sie sich hier an. Aktivieren Sie sie dann wieder und speichern Sie neue Backup-Codes.',
  'check.support.title': 'Den X-Support fragen',
  'check.support.body': 'Nutzen Sie das Formular für den Account-Zugriff. Sie brauchen Ihre registrierte E-Mail-Adresse. Antworten können Tage dauern.',
  'check.save.title': 'Wieder drin? Neue Backup-Codes speichern',
  'check.save.body': 'Drucken Sie sie aus oder bewahren Sie sie in einem Passwort-Manager auf, nicht nur auf Ihrem Handy.',
};

/** Der Wiederherstellungs-Assistent und der Editor für die Anfrage an den X-Support. */
export const deAssistant: Record<AssistantKey, string> = {
  'assistant.title': 'Was haben Sie noch?',
  'assistant.intro':
    'Haken Sie ab, was Sie noch nutzen können. Der Plan unten nennt den aussichtsreichsten Schritt zuerst. Ihre Antworten bleiben auf diesem Gerät, bis Sie sie löschen.',
  'assistant.clear': 'Meine Antworten löschen',
  'have.email': 'Das Postfach der bei X registrierten E-Mail-Adresse',
  'have.phone': 'Die bei X registrierte Telefonnummer',
  'have.device': 'Ein Handy, Tablet oder Browser, auf dem Sie noch bei X angemeldet sind',
  'have.backup': 'Gespeicherte Backup-Codes',
  'have.app': 'Die Authentifizierungs-App, in der X eingetragen ist',
  'have.key': 'Der bei X registrierte Sicherheitsschlüssel',
  'plan.title': 'Ihr Plan',
  'plan.next': 'Das zuerst',
  'plan.backup': 'Verwenden Sie einen Backup-Code: Wählen Sie unter dem Codefeld „{chooseMethod}“ und dann den Backup-Code.',
  'plan.backup.described':
    'Verwenden Sie einen Backup-Code: Wählen Sie unter dem Codefeld den Link, der eine andere Art der Bestätigung anbietet, und dann den Backup-Code.',
  'plan.app': 'Öffnen Sie die Authentifizierungs-App und geben Sie den Code für X oder Twitter ein, bevor er wechselt.',
  'plan.key': 'Verwenden Sie Ihren Sicherheitsschlüssel: Wählen Sie unter dem Codefeld „{chooseMethod}“ und dann den Sicherheitsschlüssel.',
  'plan.key.described':
    'Verwenden Sie Ihren Sicherheitsschlüssel: Wählen Sie unter dem Codefeld den Link, der eine andere Art der Bestätigung anbietet, und dann den Sicherheitsschlüssel.',
  'plan.device':
    'Holen Sie sich auf dem Gerät, das noch angemeldet ist, einen Backup-Code oder ein vorläufiges Passwort (die Anleitungen hinter der Schaltfläche dieser Erweiterung in der Symbolleiste zeigen den Weg). Oder deaktivieren Sie kurz die Methode, die Sie nicht nutzen können.',
  'plan.phone': 'Wenn Ihr Account X Premium hat und SMS aktiviert ist, wählen Sie unter den Methoden „SMS“. Ohne Premium kommt keine SMS.',
  'plan.support':
    'Wenden Sie sich über das Formular für den Account-Zugriff an den X-Support. Achten Sie dann im registrierten Postfach (auch im Spam-Ordner) auf die Antwort. Die Anfrage unten ist fertig zum Kopieren.',
  'plan.recover-email':
    'Versuchen Sie zuerst, über die Wiederherstellung Ihres E-Mail-Anbieters wieder in dieses E-Mail-Konto zu kommen: Dorthin antwortet der X-Support.',
  'plan.scams':
    'Ignorieren Sie alle, die anbieten, Ihren Account gegen Geld „wiederherzustellen“, oder die nach Ihrem Passwort fragen: Nur X kann den Zugriff wiederherstellen.',
  'plan.second-account': 'In der Zwischenzeit können Sie Ihren Followern über einen zweiten Account sagen, was passiert ist.',
  'outlook.good': 'Damit kommen Sie sehr wahrscheinlich selbst wieder in Ihren Account.',
  'outlook.support': 'Ihr Weg zurück führt über den X-Support. Antworten können mehrere Tage dauern.',
  'outlook.hard':
    'Ehrlich gesagt ist das der schwierigste Fall: Ohne die registrierte E-Mail-Adresse, einen funktionierenden Code oder ein angemeldetes Gerät kann X meist nicht bestätigen, dass der Account Ihnen gehört, und Ausweisdokumente nimmt X nicht an. Diese E-Mail-Adresse zurückzubekommen ist Ihre beste Chance.',

  'composer.title': 'Ihre Anfrage an den X-Support',
  'composer.intro':
    'Füllen Sie aus, was Sie wissen, und wir schreiben eine kurze Anfrage. Nichts wird gesendet: Kopieren Sie die Anfrage und fügen Sie sie in das Formular von X ein.',
  'composer.tip': 'X versteht Englisch am besten. Schreiben Sie Ihre eigenen Worte nach Möglichkeit auf Englisch; eine maschinelle Übersetzung ist in Ordnung.',
  'composer.username': 'Ihr Nutzername bei X',
  'composer.email': 'Beim Account registrierte E-Mail-Adresse',
  'composer.email-missing':
    'Tragen Sie nach Möglichkeit die beim Account registrierte E-Mail-Adresse ein: Ohne sie kann X meist nicht bestätigen, dass der Account Ihnen gehört.',
  'composer.happened': 'Was passiert ist',
  'composer.tried': 'Was Sie schon versucht haben',
  'composer.ask': 'Worum Sie X bitten',
  'composer.empty-hint': 'Bleibt das Feld leer, wird ein Standardsatz verwendet.',
  'composer.cut': 'Dieses Feld fasst bis zu {max} Zeichen. Ihre Eingabe wurde passend gekürzt: Bitte prüfen Sie das Ende.',
  'composer.english': 'Auf Englisch: Fügen Sie dies ein',
  'composer.both': 'Zuerst Ihre Sprache zum Prüfen, dann Englisch für X: Fügen Sie alles ein',
  'composer.count': '{count} Zeichen',
  'composer.copy': 'Anfrage kopieren',
  'composer.copied': 'Kopiert. Fügen Sie die Anfrage in das Formular von X ein.',
  'composer.copy-failed':
    'Das Kopieren wurde blockiert. Der Text ist markiert: Drücken Sie Strg+C (⌘C auf dem Mac), oder drücken Sie lange auf den Text und wählen Sie „Kopieren“.',
  'composer.form-tip':
    'Wählen Sie im Formular die Optionen zur Anmeldung oder zur Zwei-Faktor-Authentifizierung, geben Sie die registrierte E-Mail-Adresse an und fügen Sie die Anfrage dort ein, wo nach Details gefragt wird.',

  'risk.password.title': 'Bevor Sie Ihr Passwort ändern',
  'risk.password.body': 'Eine Änderung meldet Ihre anderen Geräte ab, und jedes fragt dann nach einem Zwei-Faktor-Code. Prüfen Sie, ob Sie einen haben werden.',
  'risk.method.title': 'Bevor Sie eine Methode deaktivieren',
  'risk.method.body':
    'Bleiben andere Methoden aktiv, fragt X bei der nächsten Anmeldung nach einer davon; ist dies die letzte, schaltet sich die Zwei-Faktor-Authentifizierung aus, und X fragt nur nach dem Passwort. Prüfen Sie, ob Sie nutzen können, was bleibt.',
  'ready.backup-saved': 'Ich habe einen Backup-Code an einem anderen Ort als diesem Gerät gespeichert',
  'ready.methods-known':
    'Ich kann meine Authentifizierungs-App öffnen oder meinen Sicherheitsschlüssel nutzen (oder SMS empfangen, wenn der Account X Premium hat)',
  'ready.contact-checked': 'Ich kann das bei X registrierte E-Mail-Postfach lesen',
  'risk.get-backup': 'Zuerst einen Backup-Code holen',
  'risk.password.ready': 'Sie haben einen Weg zurück: Halten Sie ihn bereit. Die Änderung meldet Ihre anderen Geräte ab, und jedes fragt dann nach einem Code.',
  'risk.method.ready': 'Sie haben einen Weg zurück: Halten Sie ihn für die nächste Anmeldung bereit.',

  'message.subject': 'Durch Zwei-Faktor-Authentifizierung ausgesperrt: {username}',
  'message.greeting': 'Sehr geehrtes X-Support-Team,',
  'message.account': 'Account: {username}',
  'message.email': 'Registrierte E-Mail-Adresse: {email}',
  'message.happened': 'Was passiert ist: {text}',
  'message.tried': 'Was ich versucht habe: {text}',
  'message.ask': 'Meine Bitte: {text}',
  'message.thanks': 'Vielen Dank für Ihre Hilfe.',
  'message.default.happened': 'Ich kann meinen Zwei-Faktor-Code zum Anmelden nicht mehr erhalten.',
  'message.default.tried': 'Ich habe keinen anderen Weg gefunden, einen Code zu erhalten.',
  'message.default.ask':
    'Bitte bestätigen Sie, dass der Account mir gehört, und helfen Sie mir, wieder Zugriff zu erhalten, zum Beispiel indem Sie die Zwei-Faktor-Authentifizierung deaktivieren.',
  'message.unknown': '(keine Angabe)',
  'message.english-follows': '---------- Dasselbe auf Englisch ----------',
};

/** Die Texte der Anleitungen. */
export const deGuide: Record<GuideKey, string> = {
  'guide.label': 'Anleitung von 2FA Rescue',
  'guide.step-count': 'Schritt {n} von {total}',
  'guide.open-more': 'Öffnen Sie „{label}“ im Menü links.',
  'guide.open-drawer': 'Tippen Sie oben links auf Ihr Profilbild, um das Menü zu öffnen.',
  'guide.choose': 'Wählen Sie „{label}“.',
  'guide.password':
    'X fragt zuerst nach Ihrem Passwort. Geben Sie es in das Feld von X selbst ein: Diese Erweiterung liest es nicht. Die Anleitung wartet hier.',
  'guide.done.backup-code':
    'Geschafft: Das ist Ihr Backup-Code. Schreiben Sie ihn auf oder machen Sie einen Screenshot, und bewahren Sie ihn an einem anderen Ort als diesem Gerät auf. Er funktioniert einmal, auf dem Gerät, das nach einem Code fragt.',
  'guide.done.temporary-password':
    'Am Ziel: Erstellen Sie hier ein vorläufiges Passwort und melden Sie sich damit auf dem anderen Gerät an. Es gilt nur eine Weile, nutzen Sie es also bald.',
  'guide.done.two-factor-methods':
    'Das sind Ihre Zwei-Faktor-Methoden. Um sich auf dem ausgesperrten Gerät anzumelden, entfernen Sie das Häkchen bei der Methode, die Sie dort nicht nutzen können (ist es Ihre einzige, wird die Zwei-Faktor-Authentifizierung deaktiviert). Melden Sie sich an und kommen Sie dann zurück: Aktivieren Sie die Methode wieder und speichern Sie neue Backup-Codes. Das Pop-up erinnert Sie daran.',
  'guide.fallback': 'Diese Seite zeigt es nicht an der erwarteten Stelle. Suchen Sie selbst danach:',
  'guide.found': 'Gefunden',
  'guide.skip': 'Schritt überspringen',
  'guide.end': 'Anleitung beenden',
  'guide.finish': 'Fertig',
  'guide.return': 'Zurück zur vorherigen Stelle (neuer Tab)',
  'guide.needs-login': 'Diese Anleitung ist für ein Gerät, auf dem Sie noch bei X angemeldet sind. Nutzen Sie sie dort, oder melden Sie sich zuerst hier an.',
  'guide.leave-method-off':
    'Das Fenster von X hier deaktiviert eine Methode. Brechen Sie dort zuerst ab oder schließen Sie es: Nichts ändert sich, solange Sie dort nicht bestätigen. Die Anleitung geht auf der Einstellungsseite weiter.',
  'guide.temporary-password-missing':
    'Dieser Account hat keinen Punkt „Vorläufiges Passwort“: X bietet ihn nur manchen Accounts an. Ein Backup-Code erfüllt denselben Zweck.',
  'guide.switch.backup-code': 'Stattdessen einen Backup-Code holen',
  'guide.title.backup-code': 'Backup-Code holen',
  'guide.title.temporary-password': 'Vorläufiges Passwort holen',
  'guide.title.two-factor-methods': 'Zwei-Faktor-Methode wechseln',
};
