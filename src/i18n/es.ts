/** Español: keys mirror en.ts; the compiler and a unit test keep them in step. */
import type { AssistantKey, PageKey, PopupKey, GuideKey } from './en';

export const esPage: Record<PageKey, string> = {
  'panel.title': '¿No puedes obtener tu código?',
  'panel.title.notice': 'Sobre el mensaje de X',
  'panel.title.choose-method': 'Elige un método que todavía puedas usar',
  'panel.title.settings': 'Obtén un código para el dispositivo sin acceso',
  'panel.title.password-change': '¿Vas a cambiar tu contraseña? Asegúrate de poder volver a entrar',
  'panel.title.method-off': '¿Vas a desactivar un método? Asegúrate de poder volver a entrar',
  'panel.more.places': 'Otros lugares donde buscar',
  'panel.more.device': 'Dónde hacer clic en ese dispositivo',
  'panel.more-below': 'Hay más abajo',
  'panel.close': 'Cerrar el panel de ayuda',
  'panel.intro.choose-method':
    'X muestra los métodos de autenticación en dos fases que activaste. Elige uno que todavía puedas usar; un código de respaldo guardado también sirve.',
  'panel.intro.settings':
    'Aquí tienes la sesión iniciada. Desde estas páginas puedes obtener un código de respaldo o una contraseña temporal para el dispositivo sin acceso.',
  'notice.limited.title': 'X ha limitado por ahora los inicios de sesión desde este dispositivo',
  'notice.limited.body':
    'Este mensaje no se debe a un código o una contraseña incorrectos. Espera un rato, como pide X, y luego inicia sesión desde un dispositivo o una red que X conozca: el teléfono o la computadora que sueles usar, o el wifi de tu casa. No sigas intentándolo aquí.',
  'notice.unread':
    'Si el mensaje de X dice que ha limitado por ahora los inicios de sesión, no se debe a un código o una contraseña incorrectos: espera un rato y luego inicia sesión desde un dispositivo o una red que X conozca, como tu teléfono de siempre o el wifi de tu casa.',

  'places.title': 'Dónde puede estar tu código',
  'places.app.title': 'App de autentificación',
  'places.app.body':
    'Abre Google Authenticator, Microsoft Authenticator, Authy, 1Password u otra app similar y busca X o Twitter. En un iPhone, busca también en la app Contraseñas (iOS 18 o posterior) o en Ajustes → Contraseñas (versiones anteriores): x.com o twitter.com → Código de verificación.',
  'places.app.note': 'Reinstalar la app no recupera los códigos, a menos que se hayan guardado en una copia de seguridad.',
  'places.sms.title': 'Mensaje de texto',
  'places.sms.body': 'Con X Premium, X envía el código por mensaje de texto al número de teléfono de tu cuenta.',
  'places.sms.resend': 'Si no llega, el propio enlace de X en este paso puede volver a enviarlo.',
  'places.sms.digits': 'Según esta página, ese número termina en {digits}. ¿Sigue siendo tuyo? Si no, no te llegará ningún mensaje.',
  'places.sms.note': 'Sin X Premium no llegará ningún mensaje: desde 2023, X solo envía códigos por mensaje de texto a las cuentas Premium.',
  'places.backup.title': 'Código de respaldo',
  'places.backup.body':
    'X te mostró códigos de respaldo cuando activaste la autenticación en dos fases. Busca en capturas de pantalla, en tu administrador de contraseñas, en notas o en una copia impresa. Cada código funciona una sola vez.',
  'places.key.title': 'Llave de seguridad',
  'places.key.body': 'Inserta o toca la llave que registraste y sigue las indicaciones de tu navegador.',
  'places.passkey':
    '¿Guardaste una llave de acceso para X? En un dispositivo que la tenga, el inicio de sesión de X puede ofrecértela al principio, antes de la contraseña. Vale la pena intentarlo.',

  'device.title': 'Un dispositivo con la sesión todavía iniciada',
  'device.body':
    '¿Sigues con la sesión de X iniciada en algún lugar? Si cambiaste la contraseña, prueba primero en el teléfono o la computadora donde la cambiaste: X mantiene esa sesión iniciada. Después, en un teléfono viejo, una tableta, otro navegador u otro perfil del navegador (las ventanas privadas no guardan la sesión). Allí, X puede mostrarte un código que puedes usar aquí.',
  'device.web': 'En un navegador:',
  'device.narrow': 'En una pantalla estrecha, empieza por {profileMenu} en lugar de “{more}”.',
  'device.or': 'o',
  'device.app': 'En la app de X:',
  'device.password': 'X puede pedirte la contraseña antes de mostrarte un código.',
  'device.warning': 'No cambies la contraseña allí: X cerraría la sesión en todos tus demás dispositivos, y cada uno te volvería a pedir un código.',

  'method.title': 'Otro método',
  'method.present': 'Debajo del campo del código, “{chooseMethod}” muestra los demás métodos que activaste, como un código de respaldo.',
  'method.absent':
    'Si X ofrece otra forma de verificación debajo del campo del código, esa opción muestra los demás métodos que activaste, como un código de respaldo.',
  'method.show': 'Mostrar dónde',
  'method.hide': 'Ocultar el indicador',

  'support.title': 'Soporte de X',
  'support.body':
    'Si nada de esto funciona, pide ayuda a X con su formulario de acceso a la cuenta. Necesitas acceso al correo electrónico registrado en la cuenta: sin él, por lo general X no puede confirmar que la cuenta es tuya, y no acepta documentos de identidad. Las respuestas pueden tardar días.',
  'support.link': 'Abrir el formulario de acceso a la cuenta de X',
  'support.new-tab': '(se abre en una pestaña nueva)',
  'support.form-trouble': 'Si el formulario no carga o dice que este navegador no es compatible, prueba con otro navegador o con una ventana privada.',
  'support.scams': 'No hagas caso a quien te ofrezca “recuperar” tu cuenta a cambio de dinero o te pida la contraseña: solo X puede devolverte el acceso.',

  'path.title': 'Cómo llegar a tu código de respaldo',
  'path.here': 'Estás aquí',
  'path.item.profile-menu': 'tu foto de perfil (arriba a la izquierda)',
  'path.item.login-code': 'Código de inicio de sesión (“Show login code”)',
  'path.section': '(en la sección “{section}”)',

  'launcher.label': 'Abrir 2FA Rescue: ayuda con los códigos de autenticación en dos fases',
  'launcher.glyph': '2FA',
  'assistant.open': 'Planear cómo volver a entrar',
  'composer.open': 'Escribir mi solicitud al Soporte de X',
  'assistant.load-failed': 'No se pudo cargar esta parte. Recarga la página o usa la lista de pasos del botón de la extensión en la barra de herramientas.',
};

export const esPopup: Record<PopupKey, string> = {
  'popup.new-tab': '(se abre en una pestaña nueva)',
  'popup.title': '2FA Rescue for X',
  'popup.intro':
    '¿No puedes entrar por el código de autenticación en dos fases de X? Prueba estos pasos, de arriba abajo. Tus marcas se guardan en este dispositivo.',
  'popup.progress': '{done} de {total} completados',
  'popup.reset': 'Desmarcar todo',
  'popup.save-failed': 'No se pudieron guardar tus marcas; se perderán al cerrar esta ventana.',
  'popup.support-link': 'Formulario de acceso a la cuenta',
  'popup.form-trouble': 'Si el formulario no carga o dice que este navegador no es compatible, prueba con otro navegador o con una ventana privada.',
  'popup.scams': 'No hagas caso a quien te ofrezca “recuperar” tu cuenta a cambio de dinero o te pida la contraseña: solo X puede devolverte el acceso.',

  'popup.guides.intro': 'En un dispositivo donde sigas con la sesión iniciada, cada guía señala dónde hacer clic en la configuración de X.',
  'popup.guide.backup-code': 'Obtener un código de respaldo',
  'popup.guide.temporary-password': 'Obtener una contraseña temporal',
  'popup.guide.two-factor-methods': 'Cambiar de método',
  'popup.guide.resume': 'Continuar: {guide}',
  'popup.guide.failed': 'No se pudo iniciar la guía. Abre x.com en una pestaña y vuelve a intentarlo.',
  'checkup.title': '¿Ya tienes acceso? Evita que vuelva a pasar',
  'checkup.backup.title': 'Guarda códigos de respaldo nuevos',
  'checkup.backup.body': 'Imprímelos o guárdalos en un administrador de contraseñas, no solo en tu teléfono.',
  'checkup.contact.title': 'Revisa que el correo y el teléfono de tu cuenta de X estén actualizados',
  'checkup.contact.body':
    'El Soporte de X te escribe a ese correo y lo usa para confirmar que la cuenta es tuya. Los códigos por mensaje de texto solo llegan a cuentas con X Premium.',
  'checkup.app.title': 'Ten una segunda forma de obtener tus códigos de autenticación en dos fases',
  'checkup.app.body':
    'Usa la copia de seguridad o la exportación que ofrece tu app de autentificación, o agrega X a esa app en un segundo dispositivo. Una segunda llave de seguridad registrada en X también sirve.',
  'checkup.guide': 'Mostrar cómo',
  'checkup.ticked-on': 'Marcado el {date}',
  'popup.reminder.title': 'Vuelve a activar tu método de autenticación en dos fases',
  'popup.reminder.body':
    'Cuando hayas iniciado sesión en el otro dispositivo, vuelve a activar el método en la configuración de X y guarda códigos de respaldo nuevos. Después, marca esta casilla.',

  'check.app.title': 'Busca en tus apps de autentificación',
  'check.app.body':
    'Google Authenticator, Microsoft Authenticator, Authy, 1Password; en un iPhone, la app Contraseñas o Ajustes → Contraseñas (x.com o twitter.com).',
  'check.backup.title': 'Busca códigos de respaldo guardados',
  'check.backup.body': 'Capturas de pantalla, administrador de contraseñas, notas, copias impresas.',
  'check.key.title': 'Prueba tu llave de seguridad',
  'check.key.body': 'Si registraste una, en el paso del código de X elige la llave de seguridad entre los demás métodos y luego insértala o tócala.',
  'check.sms.title': 'Revisa los mensajes de texto',
  'check.sms.body': 'Solo con X Premium: X envía el código por mensaje de texto al número de teléfono de tu cuenta, si ese número sigue siendo tuyo.',
  'check.device.title': 'Busca un dispositivo con la sesión todavía iniciada',
  'check.device.body':
    'Primero, el teléfono o la computadora donde cambiaste la contraseña (X mantiene esa sesión iniciada); después, un teléfono viejo, una tableta, otro navegador u otro perfil del navegador.',
  'check.code.title': 'En ese dispositivo, obtén un código de respaldo o una contraseña temporal',
  'check.code.body': 'Configuración y privacidad → Seguridad y acceso a la cuenta → Seguridad → Autenticación en dos fases.',
  'check.switch.title': 'O cambia de método mientras tienes la sesión iniciada',
  'check.switch.body': 'Desactiva el método que no puedes usar e inicia sesión aquí; luego vuelve a activarlo y guarda códigos de respaldo nuevos.',
  'check.support.title': 'Pide ayuda al Soporte de X',
  'check.support.body': 'Usa el formulario de acceso a la cuenta. Necesitas tu correo registrado; las respuestas pueden tardar días.',
  'check.save.title': '¿Ya tienes acceso? Guarda códigos de respaldo nuevos',
  'check.save.body': 'Imprímelos o guárdalos en un administrador de contraseñas, no solo en tu teléfono.',
};

export const esAssistant: Record<AssistantKey, string> = {
  'assistant.title': '¿Qué tienes todavía?',
  'assistant.intro':
    'Marca lo que todavía puedes usar. El plan de abajo pone primero el paso más prometedor. Tus respuestas se guardan en este dispositivo hasta que las borres.',
  'assistant.clear': 'Borrar mis respuestas',
  'have.email': 'La bandeja de entrada del correo registrado en X',
  'have.phone': 'El número de teléfono registrado en X',
  'have.device': 'Un teléfono, una tableta o un navegador con la sesión de X todavía iniciada',
  'have.backup': 'Códigos de respaldo guardados',
  'have.app': 'La app de autentificación donde tienes X',
  'have.key': 'La llave de seguridad registrada en X',
  'plan.title': 'Tu plan',
  'plan.next': 'Haz esto primero',
  'plan.backup': 'Usa un código de respaldo: debajo del campo del código, elige “{chooseMethod}” y luego el código de respaldo.',
  'plan.backup.described':
    'Usa un código de respaldo: debajo del campo del código, elige el enlace que ofrece otra forma de verificación y luego el código de respaldo.',
  'plan.app': 'Abre la app de autentificación y escribe el código que muestra para X o Twitter antes de que cambie.',
  'plan.key': 'Usa tu llave de seguridad: debajo del campo del código, elige “{chooseMethod}” y luego la llave de seguridad.',
  'plan.key.described':
    'Usa tu llave de seguridad: debajo del campo del código, elige el enlace que ofrece otra forma de verificación y luego la llave de seguridad.',
  'plan.device':
    'En el dispositivo que sigue con la sesión iniciada, obtén un código de respaldo o una contraseña temporal (las guías del botón de esta extensión en la barra de herramientas te muestran cómo), o desactiva por un momento el método que no puedes usar.',
  'plan.phone':
    'Si tu cuenta tiene X Premium y los mensajes de texto están activados, elige “Mensaje de texto” entre los métodos. Sin Premium, no llegará ningún mensaje.',
  'plan.support':
    'Pide ayuda al Soporte de X con el formulario de acceso a la cuenta y luego espera la respuesta en la bandeja de entrada del correo registrado (revisa también la carpeta de spam). La solicitud de abajo está lista para copiar.',
  'plan.recover-email':
    'Primero intenta recuperar esa cuenta de correo con las opciones de recuperación de tu proveedor de correo: el Soporte de X te responde allí.',
  'plan.scams': 'No hagas caso a quien te ofrezca “recuperar” tu cuenta a cambio de dinero o te pida la contraseña: solo X puede devolverte el acceso.',
  'plan.second-account': 'Mientras tanto, desde una segunda cuenta puedes contarles a tus seguidores lo que pasó.',
  'outlook.good': 'Con esto, lo más probable es que puedas volver a entrar sin ayuda.',
  'outlook.support': 'Para volver a entrar, tu opción es el Soporte de X. Las respuestas pueden tardar varios días.',
  'outlook.hard':
    'Para ser sinceros, este es el caso más difícil: sin el correo registrado, un código que funcione o un dispositivo con la sesión iniciada, por lo general X no puede confirmar que la cuenta es tuya, y no acepta documentos de identidad. Recuperar ese correo es tu mejor opción.',

  'composer.title': 'Tu solicitud al Soporte de X',
  'composer.intro': 'Completa lo que sepas y te redactamos una solicitud breve. No se envía nada: cópiala y pégala en el formulario de X.',
  'composer.page-sees': 'La página de X puede ver lo que escribes aquí, como todo lo que se escribe en x.com. De todos modos, la solicitud es para X.',
  'composer.tip': 'X entiende mejor el inglés. Si puedes, escribe con tus propias palabras en inglés; una traducción automática sirve.',
  'composer.username': 'Tu nombre de usuario de X',
  'composer.email': 'Correo electrónico registrado en la cuenta',
  'composer.email-missing':
    'Si puedes, agrega el correo electrónico registrado en la cuenta: sin él, por lo general X no puede confirmar que la cuenta es tuya.',
  'composer.happened': 'Qué pasó',
  'composer.tried': 'Qué has intentado',
  'composer.ask': 'Qué le pides a X',
  'composer.empty-hint': 'Si lo dejas vacío, se usa una frase estándar.',
  'composer.cut': 'Este campo admite hasta {max} caracteres. Lo que escribiste se recortó para que quepa: revisa cómo termina.',
  'composer.english': 'En inglés: pega esto',
  'composer.both': 'Primero en tu idioma, para que lo revises, y luego en inglés para X: pégalo todo',
  'composer.count': '{count} caracteres',
  'composer.copy': 'Copiar la solicitud',
  'composer.copied': 'Texto copiado. Pégalo en el formulario de X.',
  'composer.copy-failed': 'Se bloqueó la copia. El texto está seleccionado: presiona Ctrl+C (⌘C en Mac) o mantenlo presionado y elige Copiar.',
  'composer.form-tip':
    'En el formulario, elige las opciones sobre el inicio de sesión o la autenticación en dos fases, indica el correo registrado y pega la solicitud donde se piden los detalles.',

  'risk.password.title': 'Antes de cambiar tu contraseña',
  'risk.password.body':
    'Al cambiarla, se cierra la sesión en tus demás dispositivos, y cada uno te pedirá un código de autenticación en dos fases. Asegúrate de que tendrás uno.',
  'risk.method.title': 'Antes de desactivar un método',
  'risk.method.body':
    'El próximo inicio de sesión te pedirá uno de los métodos que sigan activados; si este es el último, la autenticación en dos fases se desactiva y X solo te pedirá la contraseña. Asegúrate de que puedes usar lo que queda.',
  'ready.backup-saved': 'Tengo un código de respaldo guardado en otro lugar, fuera de este dispositivo',
  'ready.methods-known': 'Puedo abrir mi app de autentificación o usar mi llave de seguridad (o recibir mensajes de texto, si la cuenta tiene X Premium)',
  'ready.contact-checked': 'Puedo leer la bandeja de entrada del correo registrado en X',
  'risk.get-backup': 'Obtener primero un código de respaldo',
  'risk.password.ready':
    'Tienes una forma de volver a entrar: tenla a mano. El cambio cerrará la sesión en tus demás dispositivos, y cada uno te pedirá un código.',
  'risk.method.ready': 'Tienes una forma de volver a entrar: tenla a mano para el próximo inicio de sesión.',

  'message.subject': 'No puedo acceder a mi cuenta por la autenticación en dos fases: {username}',
  'message.greeting': 'Estimado equipo de Soporte de X:',
  'message.account': 'Cuenta: {username}',
  'message.email': 'Correo electrónico registrado: {email}',
  'message.happened': 'Lo que ocurrió: {text}',
  'message.tried': 'Lo que he intentado: {text}',
  'message.ask': 'Mi solicitud: {text}',
  'message.thanks': 'Muchas gracias por su ayuda.',
  'message.default.happened': 'Ya no puedo obtener mi código de autenticación en dos fases para iniciar sesión.',
  'message.default.tried': 'No he encontrado otra forma de obtener un código.',
  'message.default.ask':
    'Les pido que confirmen que la cuenta es mía y me ayuden a recuperar el acceso, por ejemplo, desactivando la autenticación en dos fases.',
  'message.unknown': '(no indicado)',
  'message.english-follows': '---------- El mismo texto en inglés ----------',
};

export const esGuide: Record<GuideKey, string> = {
  'guide.label': 'Guía de 2FA Rescue',
  'guide.step-count': 'Paso {n} de {total}',
  'guide.open-more': 'Abre “{label}” en el menú de la izquierda.',
  'guide.open-drawer': 'Toca tu foto de perfil, arriba a la izquierda, para abrir el menú.',
  'guide.choose': 'Elige “{label}”.',
  'guide.password': 'X te pide primero la contraseña. Escríbela en el propio campo de X: esta extensión no la lee. La guía te espera aquí.',
  'guide.done.backup-code':
    'Listo: este es tu código de respaldo. Anótalo o haz una captura de pantalla, y guárdalo en otro lugar, fuera de este dispositivo. Funciona una sola vez, en el dispositivo que te pide un código.',
  'guide.done.temporary-password':
    'Listo: genera aquí una contraseña temporal y úsala para iniciar sesión en el otro dispositivo. Deja de funcionar después de un tiempo, así que úsala pronto.',
  'guide.done.two-factor-methods':
    'Estos son tus métodos de autenticación en dos fases. Para iniciar sesión en el dispositivo sin acceso, desmarca el que no puedes usar allí (si es el único, la autenticación en dos fases se desactiva), inicia sesión y luego vuelve aquí: actívalo de nuevo y guarda códigos de respaldo nuevos. La ventana de la extensión te lo recordará.',
  'guide.fallback': 'Esta página no lo muestra donde se esperaba. Búscalo tú:',
  'guide.found': 'Lo encontré',
  'guide.skip': 'Omitir este paso',
  'guide.end': 'Salir de la guía',
  'guide.finish': 'Finalizar',
  'guide.return': 'Volver a donde estabas (pestaña nueva)',
  'guide.needs-login': 'Esta guía es para un dispositivo con la sesión de X todavía iniciada. Úsala allí o, primero, inicia sesión aquí.',
  'guide.leave-method-off':
    'Esta ventana de X desactiva un método. Primero, cancela o cierra la ventana: nada cambia hasta que confirmes en ella. La guía continúa desde la página de configuración.',
  'guide.temporary-password-missing':
    'Esta cuenta no tiene la opción “Contraseña temporal”: X solo la ofrece a algunas cuentas. Un código de respaldo sirve para lo mismo.',
  'guide.switch.backup-code': 'Obtener un código de respaldo en su lugar',
  'guide.title.backup-code': 'Obtener un código de respaldo',
  'guide.title.temporary-password': 'Obtener una contraseña temporal',
  'guide.title.two-factor-methods': 'Cambiar de método',
};
