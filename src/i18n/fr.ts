/** Français : les clés suivent en.ts ; le compilateur et un test unitaire les gardent alignées. */
import type { AssistantKey, PageKey, PopupKey, GuideKey } from './en';

export const frPage: Record<PageKey, string> = {
  'panel.title': 'Impossible d’obtenir votre code ?',
  'panel.title.notice': 'À propos du message de X',
  'panel.title.choose-method': 'Choisissez une méthode encore utilisable',
  'panel.title.settings': 'Obtenez un code pour votre appareil bloqué',
  'panel.title.password-change': 'Vous changez de mot de passe ? Gardez un moyen de vous reconnecter',
  'panel.title.method-off': 'Vous désactivez une méthode ? Gardez un moyen de vous reconnecter',
  'panel.more.places': 'Autres endroits où chercher',
  'panel.more.device': 'Où cliquer sur cet appareil',
  'panel.more-below': 'Suite ci-dessous',
  'panel.close': 'Fermer le panneau d’aide',
  'panel.intro.choose-method':
    'X affiche les méthodes d’authentification à deux facteurs que vous avez activées. Choisissez-en une que vous pouvez encore utiliser ; un code de secours enregistré fonctionne aussi.',
  'panel.intro.settings':
    'Vous êtes connecté ici. Depuis ces pages, vous pouvez obtenir un code de secours ou un mot de passe temporaire pour l’appareil bloqué.',
  'notice.limited.title': 'X limite pour l’instant les connexions depuis cet appareil',
  'notice.limited.body':
    'Ce message ne signale pas un code ou un mot de passe faux. Patientez un moment, comme X le demande, puis connectez-vous depuis un appareil ou un réseau que X connaît : le téléphone ou l’ordinateur que vous utilisez d’habitude, ou le Wi-Fi de chez vous. Ne réessayez pas sans cesse ici.',
  'notice.unread':
    'Si le message de X dit qu’il limite les connexions pour l’instant, le problème ne vient pas d’un code ou d’un mot de passe faux : patientez un moment, puis connectez-vous depuis un appareil ou un réseau que X connaît, comme votre téléphone habituel ou le Wi-Fi de chez vous.',

  'places.title': 'Où peut se trouver votre code',
  'places.app.title': 'Application d’authentification',
  'places.app.body':
    'Ouvrez Google Authenticator, Microsoft Authenticator, Authy, 1Password ou une application similaire, et cherchez X ou Twitter. Sur iPhone, regardez aussi dans l’application Mots de passe (à partir d’iOS 18) ou dans Réglages → Mots de passe (versions antérieures) : x.com ou twitter.com → Code de validation.',
  'places.app.note': 'Réinstaller l’application ne restaure pas les codes, sauf s’ils avaient été sauvegardés.',
  'places.sms.title': 'SMS',
  'places.sms.body': 'Avec X Premium, X envoie le code par SMS au numéro de téléphone de votre compte.',
  'places.sms.resend': 'Si rien n’arrive, le lien de X à cette étape peut renvoyer le code.',
  'places.sms.digits': 'D’après cette page, ce numéro se termine par {digits}. Est-il toujours le vôtre ? Sinon, aucun SMS ne pourra vous parvenir.',
  'places.sms.note': 'Sans X Premium, aucun SMS n’arrivera : depuis 2023, X n’envoie de codes par SMS qu’aux comptes Premium.',
  'places.backup.title': 'Code de secours',
  'places.backup.body':
    'X a affiché des codes de secours quand vous avez activé l’authentification à deux facteurs. Cherchez dans vos captures d’écran, votre gestionnaire de mots de passe, vos notes ou sur une feuille imprimée. Chaque code ne fonctionne qu’une fois.',
  'places.key.title': 'Clé de sécurité',
  'places.key.body': 'Insérez ou touchez la clé que vous avez enregistrée, puis suivez les instructions de votre navigateur.',
  'places.passkey':
    'Vous avez enregistré une clé d’identification pour X ? Sur un appareil qui la contient, la connexion à X peut vous la proposer dès le début, avant le mot de passe : cela vaut la peine d’essayer.',

  'device.title': 'Un appareil encore connecté',
  'device.body':
    'Êtes-vous encore connecté à X quelque part ? Si vous avez changé votre mot de passe, essayez d’abord le téléphone ou l’ordinateur où vous l’avez changé : X vous y laisse connecté. Ensuite, un ancien téléphone, une tablette, un autre navigateur ou profil de navigateur (les fenêtres de navigation privée ne gardent aucune session). Sur cet appareil, X peut afficher un code que vous pourrez utiliser ici.',
  'device.web': 'Dans un navigateur :',
  'device.narrow': 'Sur un écran étroit, commencez par {profileMenu} au lieu de « {more} ».',
  'device.or': 'ou',
  'device.app': 'Dans l’application X :',
  'device.password': 'X peut demander votre mot de passe avant d’afficher un code.',
  'device.warning': 'Ne changez pas votre mot de passe sur cet appareil : X déconnecterait tous vos autres appareils, et chacun redemanderait un code.',

  'method.title': 'Une autre méthode',
  'method.present': 'Sous le champ du code, « {chooseMethod} » affiche les autres méthodes que vous avez activées, par exemple un code de secours.',
  'method.absent':
    'Si X propose, sous le champ du code, une autre façon de confirmer votre identité, vous y trouverez les autres méthodes que vous avez activées, par exemple un code de secours.',
  'method.show': 'Me le montrer',
  'method.hide': 'Masquer le repère',

  'support.title': 'Assistance X',
  'support.body':
    'Si rien d’autre ne fonctionne, contactez X via son formulaire d’accès au compte. Vous devez avoir accès à l’adresse email enregistrée sur le compte : sans elle, X ne peut généralement pas confirmer que le compte est à vous, et X n’accepte pas les pièces d’identité. La réponse peut prendre plusieurs jours.',
  'support.link': 'Ouvrir le formulaire d’accès au compte de X',
  'support.new-tab': '(s’ouvre dans un nouvel onglet)',
  'support.form-trouble':
    'Si le formulaire ne se charge pas ou indique que ce navigateur n’est pas pris en charge, essayez un autre navigateur ou une fenêtre de navigation privée.',
  'support.scams':
    'Ignorez toute personne qui propose de « récupérer » votre compte contre de l’argent ou qui demande votre mot de passe : seul X peut rétablir l’accès.',

  'path.title': 'Le chemin vers votre code de secours',
  'path.here': 'Vous êtes ici',
  'path.item.profile-menu': 'votre photo de profil (en haut à gauche)',
  'path.item.login-code': 'Code de connexion (« Show login code »)',
  'path.section': '(sous « {section} »)',

  'launcher.label': 'Ouvrir 2FA Rescue : aide pour les codes à deux facteurs',
  'launcher.glyph': '2FA',
  'assistant.open': 'Planifier mon retour sur X',
  'composer.open': 'Rédiger ma demande à l’assistance X',
  'assistant.load-failed':
    'Cette partie n’a pas pu se charger. Rechargez la page ou utilisez la liste de vérification du bouton de l’extension, dans la barre d’outils.',
};

export const frPopup: Record<PopupKey, string> = {
  'popup.new-tab': '(s’ouvre dans un nouvel onglet)',
  'popup.title': '2FA Rescue for X',
  'popup.intro': 'Le code à deux facteurs de X vous bloque ? Essayez ces étapes, de haut en bas. Vos cases cochées restent sur cet appareil.',
  'popup.progress': 'Fait : {done} sur {total}',
  'popup.reset': 'Tout décocher',
  'popup.save-failed': 'Vos cases cochées n’ont pas pu être enregistrées ; elles seront perdues à la fermeture de cette fenêtre.',
  'popup.support-link': 'Formulaire d’accès au compte',
  'popup.form-trouble':
    'Si le formulaire ne se charge pas ou indique que ce navigateur n’est pas pris en charge, essayez un autre navigateur ou une fenêtre de navigation privée.',
  'popup.scams':
    'Ignorez toute personne qui propose de « récupérer » votre compte contre de l’argent ou qui demande votre mot de passe : seul X peut rétablir l’accès.',

  'popup.guides.intro': 'Sur un appareil où vous êtes encore connecté : chaque guide vous montre où cliquer dans les paramètres de X.',
  'popup.guide.backup-code': 'Obtenir un code de secours',
  'popup.guide.temporary-password': 'Créer un mot de passe temporaire',
  'popup.guide.two-factor-methods': 'Changer de méthode',
  'popup.guide.resume': 'Reprendre : {guide}',
  'popup.guide.failed': 'Le guide n’a pas pu démarrer. Ouvrez x.com dans un onglet et réessayez.',
  'checkup.title': 'Accès récupéré ? Évitez que cela se reproduise',
  'checkup.backup.title': 'Enregistrez de nouveaux codes de secours',
  'checkup.backup.body': 'Imprimez-les ou gardez-les dans un gestionnaire de mots de passe, pas seulement sur votre téléphone.',
  'checkup.contact.title': 'Vérifiez que l’email et le téléphone de votre compte X sont à jour',
  'checkup.contact.body':
    'L’assistance X vous écrit à cette adresse email et s’en sert pour confirmer que le compte est à vous. Les codes par SMS n’arrivent qu’aux comptes X Premium.',
  'checkup.app.title': 'Gardez un second accès à vos codes à deux facteurs',
  'checkup.app.body':
    'Utilisez la sauvegarde ou l’export de votre application d’authentification, ou ajoutez X à cette application sur un second appareil. Une seconde clé de sécurité enregistrée sur X convient aussi.',
  'checkup.guide': 'Me guider',
  'checkup.ticked-on': 'Coché le {date}',
  'popup.reminder.title': 'Réactivez votre méthode à deux facteurs',
  'popup.reminder.body':
    'Une fois connecté sur l’autre appareil, réactivez la méthode dans les paramètres de X et enregistrez de nouveaux codes de secours. Cochez ensuite cette case.',

  'check.app.title': 'Regardez dans vos applications d’authentification',
  'check.app.body':
    'Google Authenticator, Microsoft Authenticator, Authy, 1Password ; sur iPhone, l’application Mots de passe ou Réglages → Mots de passe (x.com ou twitter.com).',
  'check.backup.title': 'Cherchez des codes de secours enregistrés',
  'check.backup.body': 'Captures d’écran, gestionnaire de mots de passe, notes, feuilles imprimées.',
  'check.key.title': 'Essayez votre clé de sécurité',
  'check.key.body':
    'Si vous en avez enregistré une : à l’étape du code de X, choisissez la clé de sécurité parmi les autres méthodes, puis insérez-la ou touchez-la.',
  'check.sms.title': 'Vérifiez vos SMS',
  'check.sms.body': 'Uniquement avec X Premium : X envoie le code par SMS au numéro de votre compte, si ce numéro est toujours le vôtre.',
  'check.device.title': 'Trouvez un appareil encore connecté',
  'check.device.body':
    'D’abord le téléphone ou l’ordinateur où vous avez changé votre mot de passe (X le garde connecté), puis un ancien téléphone, une tablette, un autre navigateur ou profil de navigateur.',
  'check.code.title': 'Sur cet appareil, obtenez un code de secours ou un mot de passe temporaire',
  'check.code.body': 'Paramètres et confidentialité → Sécurité et accès au compte → Sécurité → Authentification à deux facteurs.',
  'check.switch.title': 'Ou changez de méthode pendant que vous êtes connecté',
  'check.switch.body':
    'Désactivez la méthode que vous ne pouvez pas utiliser, connectez-vous ici, puis réactivez-la et enregistrez de nouveaux codes de secours.',
  'check.support.title': 'Contactez l’assistance X',
  'check.support.body':
    'Utilisez le formulaire d’accès au compte. Vous avez besoin de votre adresse email enregistrée ; la réponse peut prendre plusieurs jours.',
  'check.save.title': 'Accès récupéré ? Enregistrez de nouveaux codes de secours',
  'check.save.body': 'Imprimez-les ou gardez-les dans un gestionnaire de mots de passe, pas seulement sur votre téléphone.',
};

/** L’assistant de récupération et le rédacteur de demande à l’assistance X. */
export const frAssistant: Record<AssistantKey, string> = {
  'assistant.title': 'Que vous reste-t-il ?',
  'assistant.intro':
    'Cochez ce que vous pouvez encore utiliser. Le plan ci-dessous commence par l’étape la plus prometteuse. Vos réponses restent sur cet appareil jusqu’à ce que vous les effaciez.',
  'assistant.clear': 'Effacer mes réponses',
  'have.email': 'La boîte de réception de l’adresse email enregistrée sur X',
  'have.phone': 'Le numéro de téléphone enregistré sur X',
  'have.device': 'Un téléphone, une tablette ou un navigateur encore connecté à X',
  'have.backup': 'Des codes de secours enregistrés',
  'have.app': 'L’application d’authentification qui contient X',
  'have.key': 'La clé de sécurité enregistrée sur X',
  'plan.title': 'Votre plan',
  'plan.next': 'À faire en premier',
  'plan.backup': 'Utilisez un code de secours : sous le champ du code, choisissez « {chooseMethod} », puis le code de secours.',
  'plan.backup.described':
    'Utilisez un code de secours : sous le champ du code, choisissez le lien qui propose une autre façon de confirmer votre identité, puis le code de secours.',
  'plan.app': 'Ouvrez l’application d’authentification et saisissez le code affiché pour X ou Twitter avant qu’il ne change.',
  'plan.key': 'Utilisez votre clé de sécurité : sous le champ du code, choisissez « {chooseMethod} », puis la clé de sécurité.',
  'plan.key.described':
    'Utilisez votre clé de sécurité : sous le champ du code, choisissez le lien qui propose une autre façon de confirmer votre identité, puis la clé de sécurité.',
  'plan.device':
    'Sur l’appareil encore connecté, obtenez un code de secours ou un mot de passe temporaire (les guides du bouton de cette extension, dans la barre d’outils, vous montrent le chemin), ou désactivez un moment la méthode que vous ne pouvez pas utiliser.',
  'plan.phone': 'Si votre compte a X Premium et que les SMS sont activés, choisissez « SMS » parmi les méthodes. Sans Premium, aucun SMS n’arrivera.',
  'plan.support':
    'Contactez l’assistance X via le formulaire d’accès au compte, puis attendez la réponse dans la boîte de réception enregistrée (regardez aussi dans les spams). La demande ci-dessous est prête à copier.',
  'plan.recover-email':
    'Essayez d’abord de retrouver l’accès à ce compte email via la procédure de récupération de votre fournisseur : c’est là que l’assistance X répond.',
  'plan.scams':
    'Ignorez toute personne qui propose de « récupérer » votre compte contre de l’argent ou qui demande votre mot de passe : seul X peut rétablir l’accès.',
  'plan.second-account': 'En attendant, vous pouvez expliquer à vos abonnés, depuis un second compte, ce qui s’est passé.',
  'outlook.good': 'Avec cela, vous pouvez très probablement récupérer l’accès par vous-même.',
  'outlook.support': 'C’est l’assistance X qui peut vous rendre l’accès. La réponse peut prendre plusieurs jours.',
  'outlook.hard':
    'Pour être honnête, c’est le cas le plus difficile : sans l’adresse email enregistrée, ni code valide, ni appareil connecté, X ne peut généralement pas confirmer que le compte est à vous, et X n’accepte pas les pièces d’identité. Retrouver l’accès à cette adresse email est votre meilleure chance.',

  'composer.title': 'Votre demande à l’assistance X',
  'composer.intro': 'Indiquez ce que vous savez : nous rédigeons une courte demande. Rien n’est envoyé : copiez-la et collez-la dans le formulaire de X.',
  'composer.page-sees': 'La page de X peut voir ce que vous tapez ici, comme tout ce qui est saisi sur x.com. Cette demande est de toute façon destinée à X.',
  'composer.tip': 'X comprend mieux l’anglais. Si vous le pouvez, rédigez vos propres phrases en anglais ; une traduction automatique fait l’affaire.',
  'composer.username': 'Votre nom d’utilisateur X',
  'composer.email': 'Adresse email enregistrée sur le compte',
  'composer.email-missing':
    'Si vous le pouvez, indiquez l’adresse email enregistrée sur le compte : sans elle, X ne peut généralement pas confirmer que le compte est à vous.',
  'composer.happened': 'Ce qui s’est passé',
  'composer.tried': 'Ce que vous avez essayé',
  'composer.ask': 'Ce que vous demandez à X',
  'composer.empty-hint': 'Si ce champ reste vide, une phrase standard est utilisée.',
  'composer.cut': 'Ce champ accepte {max} caractères au maximum. Votre texte a été raccourci : vérifiez-en la fin.',
  'composer.english': 'En anglais : collez ceci',
  'composer.both': 'D’abord votre langue, pour relire, puis l’anglais pour X : collez le tout',
  'composer.count': '{count} caractères',
  'composer.copy': 'Copier la demande',
  'composer.copied': 'Copiée. Collez-la dans le formulaire de X.',
  'composer.copy-failed':
    'La copie a été bloquée. Le texte est sélectionné : appuyez sur Ctrl+C (⌘C sur Mac), ou maintenez le doigt dessus et choisissez « Copier ».',
  'composer.form-tip':
    'Dans le formulaire, choisissez les options sur la connexion ou l’authentification à deux facteurs, indiquez l’adresse email enregistrée et collez la demande là où des détails sont demandés.',

  'risk.password.title': 'Avant de changer votre mot de passe',
  'risk.password.body': 'Ce changement déconnecte vos autres appareils, et chacun vous demandera un code à deux facteurs. Vérifiez que vous en aurez un.',
  'risk.method.title': 'Avant de désactiver une méthode',
  'risk.method.body':
    'À la prochaine connexion, X demandera l’une des méthodes restées activées ; si c’est votre dernière méthode, l’authentification à deux facteurs se désactive et X ne demandera que votre mot de passe. Vérifiez que vous pouvez utiliser ce qui reste.',
  'ready.backup-saved': 'J’ai un code de secours enregistré ailleurs que sur cet appareil',
  'ready.methods-known': 'Je peux ouvrir mon application d’authentification ou utiliser ma clé de sécurité (ou recevoir des SMS, si le compte a X Premium)',
  'ready.contact-checked': 'Je peux lire la boîte de réception de l’adresse email enregistrée sur X',
  'risk.get-backup': 'Obtenir d’abord un code de secours',
  'risk.password.ready':
    'Vous avez un moyen de vous reconnecter : gardez-le à portée de main. Le changement déconnectera vos autres appareils, et chacun vous demandera un code.',
  'risk.method.ready': 'Vous avez un moyen de vous reconnecter : gardez-le à portée de main pour la prochaine connexion.',

  'message.subject': 'Accès bloqué par l’authentification à deux facteurs : {username}',
  'message.greeting': 'Bonjour,',
  'message.account': 'Compte : {username}',
  'message.email': 'Adresse email enregistrée : {email}',
  'message.happened': 'Ce qui s’est passé : {text}',
  'message.tried': 'Ce que j’ai essayé : {text}',
  'message.ask': 'Ma demande : {text}',
  'message.thanks': 'Merci pour votre aide.',
  'message.default.happened': 'Je ne parviens plus à obtenir mon code d’authentification à deux facteurs pour me connecter.',
  'message.default.tried': 'Je n’ai pas trouvé d’autre moyen d’obtenir un code.',
  'message.default.ask':
    'Merci de confirmer que le compte m’appartient et de m’aider à en récupérer l’accès, par exemple en désactivant l’authentification à deux facteurs.',
  'message.unknown': '(non précisé)',
  'message.english-follows': '---------- Le même texte en anglais ----------',
};

/** Les textes des guides. */
export const frGuide: Record<GuideKey, string> = {
  'guide.label': 'Guide 2FA Rescue',
  'guide.step-count': 'Étape {n} sur {total}',
  'guide.open-more': 'Ouvrez « {label} » dans le menu de gauche.',
  'guide.open-drawer': 'Appuyez sur votre photo de profil en haut à gauche pour ouvrir le menu.',
  'guide.choose': 'Choisissez « {label} ».',
  'guide.password': 'X demande d’abord votre mot de passe. Saisissez-le dans le champ prévu par X : cette extension ne le lit pas. Le guide vous attend ici.',
  'guide.done.backup-code':
    'Vous y êtes : voici votre code de secours. Notez-le ou faites une capture d’écran, et gardez-le ailleurs que sur cet appareil. Il ne fonctionne qu’une fois, sur l’appareil qui demande un code.',
  'guide.done.temporary-password':
    'Vous y êtes : générez ici un mot de passe temporaire et utilisez-le pour vous connecter sur l’autre appareil. Il cesse de fonctionner au bout d’un moment : utilisez-le rapidement.',
  'guide.done.two-factor-methods':
    'Voici vos méthodes d’authentification à deux facteurs. Pour vous connecter sur l’appareil bloqué, décochez celle que vous ne pouvez pas y utiliser (si c’est la seule, l’authentification à deux facteurs se désactive), connectez-vous, puis revenez ici : réactivez-la et enregistrez de nouveaux codes de secours. La fenêtre de l’extension vous le rappellera.',
  'guide.fallback': 'Cette page ne l’affiche pas à l’endroit prévu. Cherchez-le vous-même :',
  'guide.found': 'Je l’ai trouvé',
  'guide.skip': 'Passer cette étape',
  'guide.end': 'Quitter le guide',
  'guide.finish': 'Terminer',
  'guide.return': 'Revenir là où vous étiez (nouvel onglet)',
  'guide.needs-login': 'Ce guide est fait pour un appareil où vous êtes encore connecté à X. Utilisez-le sur cet appareil, ou connectez-vous d’abord ici.',
  'guide.leave-method-off':
    'Cette fenêtre de X sert à désactiver une méthode. Annulez ou fermez-la d’abord : rien ne change tant que vous n’y confirmez pas. Le guide reprend à partir de la page des paramètres.',
  'guide.temporary-password-missing':
    'Ce compte n’a pas d’option « Mot de passe temporaire » : X ne la propose qu’à certains comptes. Un code de secours remplit le même rôle.',
  'guide.switch.backup-code': 'Obtenir plutôt un code de secours',
  'guide.title.backup-code': 'Obtenir un code de secours',
  'guide.title.temporary-password': 'Créer un mot de passe temporaire',
  'guide.title.two-factor-methods': 'Changer de méthode',
};
