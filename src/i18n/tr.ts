/** Türkçe: keys mirror en.ts; the compiler and a unit test keep them in step. */
import type { AssistantKey, PageKey, PopupKey, GuideKey } from './en';

export const trPage: Record<PageKey, string> = {
  'panel.title': 'Kodunuzu alamıyor musunuz?',
  'panel.title.notice': 'X’in mesajı hakkında',
  'panel.title.choose-method': 'Hâlâ kullanabildiğiniz bir yöntem seçin',
  'panel.title.settings': 'Giriş yapamayan cihazınız için kod alın',
  'panel.title.password-change': 'Şifrenizi mi değiştiriyorsunuz? Geri dönüş yolunuzu hazır tutun',
  'panel.title.method-off': 'Bir yöntemi mi kapatıyorsunuz? Geri dönüş yolunuzu hazır tutun',
  'panel.more.places': 'Bakabileceğiniz diğer yerler',
  'panel.more.device': 'O cihazda tıklanacak yerler',
  'panel.more-below': 'Devamı aşağıda',
  'panel.close': 'Yardım panelini kapat',
  'panel.intro.choose-method': 'X, açtığınız doğrulama yöntemlerini listeler. Hâlâ kullanabildiğiniz birini seçin; kaydettiğiniz bir yedek kod da işe yarar.',
  'panel.intro.settings': 'Burada oturumunuz açık. Bu sayfalardan, giriş yapamayan cihaz için bir yedek kod veya geçici şifre alabilirsiniz.',
  'notice.limited.title': 'X bu cihazdan yapılan girişleri şimdilik kısıtladı',
  'notice.limited.body':
    'Bu mesaj yanlış bir kod ya da şifreyle ilgili değil. X’in istediği gibi bir süre bekleyin, sonra X’in tanıdığı bir cihazdan ya da ağdan giriş yapın: her zamanki telefonunuz veya bilgisayarınız ya da evinizdeki Wi-Fi. Burada denemeye devam etmeyin.',
  'notice.unread':
    'X’in mesajı girişlerin şimdilik kısıtlandığını söylüyorsa mesaj yanlış bir kod ya da şifreyle ilgili değildir: bir süre bekleyin, sonra her zamanki telefonunuz ya da evinizdeki Wi-Fi gibi X’in tanıdığı bir cihazdan veya ağdan giriş yapın.',

  'places.title': 'Kodunuz nerede olabilir?',
  'places.app.title': 'Kimlik doğrulama uygulaması',
  'places.app.body':
    'Google Authenticator, Microsoft Authenticator, Authy, 1Password veya benzeri bir uygulamayı açın ve X ya da Twitter kaydını arayın. iPhone’da ayrıca Parolalar uygulamasına (iOS 18 ve sonrası) ya da Ayarlar → Parolalar bölümüne (önceki sürümler) bakın: x.com veya twitter.com → Doğrulama Kodu.',
  'places.app.note': 'Kodlar yedeklenmediyse uygulamayı yeniden yüklemek onları geri getirmez.',
  'places.sms.title': 'Kısa mesaj',
  'places.sms.body': 'X Premium varsa X, kodu hesabınızdaki telefon numarasına kısa mesajla gönderir.',
  'places.sms.resend': 'Mesaj gelmezse X’in bu adımdaki kendi bağlantısı onu yeniden gönderebilir.',
  'places.sms.digits': 'Bu sayfaya göre numara {digits} ile bitiyor. Bu numara hâlâ sizin mi? Değilse kısa mesaj size ulaşamaz.',
  'places.sms.note': 'X Premium yoksa kısa mesaj gelmez: X, 2023’ten beri kodları kısa mesajla yalnızca Premium hesaplara gönderiyor.',
  'places.backup.title': 'Yedek kod',
  'places.backup.body':
    'İki faktörlü kimlik doğrulamayı açtığınızda X size yedek kodlar gösterdi. Ekran görüntülerinize, şifre yöneticinize, notlarınıza veya çıktılarınıza bakın. Her kod yalnızca bir kez kullanılabilir.',
  'places.key.title': 'Güvenlik anahtarı',
  'places.key.body': 'Kaydettiğiniz anahtarı takın ya da ona dokunun, sonra tarayıcınızdaki yönergeleri izleyin.',
  'places.passkey':
    'X için bir geçiş anahtarı kaydettiniz mi? Geçiş anahtarının bulunduğu bir cihazda X’in giriş ekranı bunu en başta, şifreden önce sunabilir: denemeye değer.',

  'device.title': 'Oturumu hâlâ açık bir cihaz',
  'device.body':
    'X’te hâlâ bir yerde oturumunuz açık mı? Şifrenizi değiştirdiyseniz önce şifreyi değiştirdiğiniz telefonu ya da bilgisayarı deneyin: X o cihazda oturumu açık tutar. Sonra eski bir telefon, tablet, başka bir tarayıcı ya da tarayıcı profili (gizli pencereler oturum saklamaz). Orada X, burada kullanabileceğiniz bir kod gösterebilir.',
  'device.web': 'Tarayıcıda:',
  'device.narrow': 'Dar bir ekranda “{more}” yerine şuradan başlayın: {profileMenu}.',
  'device.or': 'veya',
  'device.app': 'X uygulamasında:',
  'device.password': 'X, kodu göstermeden önce şifrenizi isteyebilir.',
  'device.warning': 'Orada şifrenizi değiştirmeyin: X diğer tüm cihazlarınızda oturumunuzu kapatır ve her cihaz yeniden kod ister.',

  'method.title': 'Başka bir yöntem',
  'method.present': 'Kod kutusunun altındaki “{chooseMethod}” seçeneği, açtığınız diğer yöntemleri (örneğin yedek kod) listeler.',
  'method.absent': 'X kod kutusunun altında başka bir doğrulama yolu sunuyorsa, orada açtığınız diğer yöntemler (örneğin yedek kod) listelenir.',
  'method.show': 'Göster',
  'method.hide': 'Vurguyu gizle',

  'support.title': 'X Destek',
  'support.body':
    'Başka hiçbir yol işe yaramazsa hesap erişimi formuyla X’e başvurun. Hesapta kayıtlı e-postaya erişiminiz olmalıdır: bu olmadan X genellikle hesabın size ait olduğunu doğrulayamaz ve kimlik belgesi kabul etmez. Yanıt gelmesi günler sürebilir.',
  'support.link': 'X’in hesap erişimi formunu aç',
  'support.new-tab': '(yeni sekmede açılır)',
  'support.form-trouble': 'Form yüklenmezse ya da bu tarayıcının desteklenmediğini söylerse başka bir tarayıcı veya gizli pencere deneyin.',
  'support.scams': 'Hesabınızı para karşılığında “kurtarmayı” teklif eden ya da şifrenizi isteyen herkesi görmezden gelin: erişimi yalnızca X geri verebilir.',

  'path.title': 'Yedek kodunuza giden yol',
  'path.here': 'Buradasınız',
  'path.item.profile-menu': 'profil fotoğrafınız (sol üstte)',
  'path.item.login-code': 'Giriş kodu (“Show login code”)',
  'path.section': '(“{section}” altında)',

  'launcher.label': '2FA Rescue’yu aç: iki faktörlü kimlik doğrulama kodları için yardım',
  'launcher.glyph': '2FA',
  'assistant.open': 'Geri dönüş planımı oluştur',
  'composer.open': 'X Destek’e talebimi yaz',
  'assistant.load-failed': 'Bu bölüm yüklenemedi. Sayfayı yeniden yükleyin veya uzantının araç çubuğu düğmesindeki kontrol listesini kullanın.',
};

export const trPopup: Record<PopupKey, string> = {
  'popup.new-tab': '(yeni sekmede açılır)',
  'popup.title': '2FA Rescue for X',
  'popup.intro':
    'X’in iki faktörlü kimlik doğrulama kodu yüzünden hesabınıza giriş yapamıyor musunuz? Bu adımları yukarıdan aşağıya deneyin. İşaretleriniz bu cihazda kalır.',
  'popup.progress': '{total} adımdan {done} tanesi tamamlandı',
  'popup.reset': 'Tüm işaretleri kaldır',
  'popup.save-failed': 'İşaretleriniz kaydedilemedi; bu pencere kapanınca kaybolacaklar.',
  'popup.support-link': 'Hesap erişimi formu',
  'popup.form-trouble': 'Form yüklenmezse ya da bu tarayıcının desteklenmediğini söylerse başka bir tarayıcı veya gizli pencere deneyin.',
  'popup.scams': 'Hesabınızı para karşılığında “kurtarmayı” teklif eden ya da şifrenizi isteyen herkesi görmezden gelin: erişimi yalnızca X geri verebilir.',

  'popup.guides.intro': 'Oturumunuzun hâlâ açık olduğu bir cihazda: her rehber, X’in ayarlarında neye tıklayacağınızı gösterir.',
  'popup.guide.backup-code': 'Yedek kod al',
  'popup.guide.temporary-password': 'Geçici şifre al',
  'popup.guide.two-factor-methods': 'Doğrulama yöntemini değiştir',
  'popup.guide.resume': 'Devam et: {guide}',
  'popup.guide.failed': 'Rehber başlatılamadı. Bir sekmede x.com’u açıp yeniden deneyin.',
  'checkup.title': 'Hesabınıza geri döndünüz mü? Bunun bir daha yaşanmamasını sağlayın',
  'checkup.backup.title': 'Yeni yedek kodları kaydedin',
  'checkup.backup.body': 'Kodları yazdırın ya da bir şifre yöneticisinde saklayın; yalnızca telefonunuzda tutmayın.',
  'checkup.contact.title': 'X hesabınızdaki e-posta ve telefonun güncel olduğunu kontrol edin',
  'checkup.contact.body':
    'X Destek size bu e-posta üzerinden ulaşır ve hesabın size ait olduğunu bununla doğrular. Kısa mesajla kodlar yalnızca X Premium hesaplarına gelir.',
  'checkup.app.title': 'Doğrulama kodlarınıza ulaşmanın ikinci bir yolunu hazır tutun',
  'checkup.app.body':
    'Kimlik doğrulama uygulamanızın kendi yedekleme veya dışa aktarma özelliğini kullanın ya da X’i ikinci bir cihazdaki uygulamaya ekleyin. X’e kayıtlı ikinci bir güvenlik anahtarı da işe yarar.',
  'checkup.guide': 'Göster',
  'checkup.ticked-on': 'İşaretlendiği tarih: {date}',
  'popup.reminder.title': 'Doğrulama yönteminizi yeniden açın',
  'popup.reminder.body': 'Diğer cihazda giriş yaptıktan sonra yöntemi X’in ayarlarında yeniden açın ve yeni yedek kodları kaydedin. Sonra bunu işaretleyin.',

  'check.app.title': 'Kimlik doğrulama uygulamalarınıza bakın',
  'check.app.body':
    'Google Authenticator, Microsoft Authenticator, Authy, 1Password; iPhone’da Parolalar uygulaması ya da Ayarlar → Parolalar (x.com veya twitter.com).',
  'check.backup.title': 'Kaydettiğiniz yedek kodları arayın',
  'check.backup.body': 'Ekran görüntüleri, şifre yöneticisi, notlar, çıktılar.',
  'check.key.title': 'Güvenlik anahtarınızı deneyin',
  'check.key.body':
    'Bir anahtar kaydettiyseniz: X’in kod adımında diğer yöntemler arasından güvenlik anahtarını seçin, sonra anahtarı takın ya da ona dokunun.',
  'check.sms.title': 'Kısa mesajlarınızı kontrol edin',
  'check.sms.body': 'Yalnızca X Premium ile: numara hâlâ sizinse X, kodu hesabınızdaki telefon numarasına kısa mesajla gönderir.',
  'check.device.title': 'Oturumu hâlâ açık bir cihaz bulun',
  'check.device.body':
    'Önce şifrenizi değiştirdiğiniz telefon ya da bilgisayar (X orada oturumu açık tutar), sonra eski bir telefon, tablet, başka bir tarayıcı veya tarayıcı profili.',
  'check.code.title': 'Orada bir yedek kod veya geçici şifre alın',
  'check.code.body': 'Ayarlar ve gizlilik → Güvenlik ve hesap erişimi → Güvenlik → İki faktörlü kimlik doğrulaması.',
  'check.switch.title': 'Ya da oturumunuz açıkken yöntemi değiştirin',
  'check.switch.body': 'Kullanamadığınız yöntemi kapatın, burada giriş yapın, sonra yöntemi yeniden açıp yeni yedek kodları kaydedin.',
  'check.support.title': 'X Destek’e başvurun',
  'check.support.body': 'Hesap erişimi formunu kullanın. Kayıtlı e-postanıza erişiminiz olmalı; yanıt gelmesi günler sürebilir.',
  'check.save.title': 'Hesabınıza döndünüz mü? Yeni yedek kodları kaydedin',
  'check.save.body': 'Kodları yazdırın ya da bir şifre yöneticisinde saklayın; yalnızca telefonunuzda tutmayın.',
};

export const trAssistant: Record<AssistantKey, string> = {
  'assistant.title': 'Elinizde hâlâ ne var?',
  'assistant.intro':
    'Hâlâ kullanabildiklerinizi işaretleyin. Aşağıdaki plan, en çok işe yarayabilecek adımı başa koyar. Yanıtlarınız, siz silene kadar bu cihazda kalır.',
  'assistant.clear': 'Yanıtlarımı sil',
  'have.email': 'X’te kayıtlı e-posta adresinin gelen kutusu',
  'have.phone': 'X’te kayıtlı telefon numarası',
  'have.device': 'X’te oturumu hâlâ açık bir telefon, tablet veya tarayıcı',
  'have.backup': 'Kaydedilmiş yedek kodlar',
  'have.app': 'İçinde X kaydı olan kimlik doğrulama uygulaması',
  'have.key': 'X’te kayıtlı güvenlik anahtarı',
  'plan.title': 'Planınız',
  'plan.next': 'Önce bunu yapın',
  'plan.backup': 'Yedek kod kullanın: kod kutusunun altındaki “{chooseMethod}” seçeneğine basın, ardından yedek kodu seçin.',
  'plan.backup.described': 'Yedek kod kullanın: kod kutusunun altında başka bir doğrulama yolu sunan bağlantıya basın, ardından yedek kodu seçin.',
  'plan.app': 'Kimlik doğrulama uygulamasını açın ve X ya da Twitter için gösterdiği kodu, kod değişmeden önce yazın.',
  'plan.key': 'Güvenlik anahtarınızı kullanın: kod kutusunun altındaki “{chooseMethod}” seçeneğine basın, ardından güvenlik anahtarını seçin.',
  'plan.key.described':
    'Güvenlik anahtarınızı kullanın: kod kutusunun altında başka bir doğrulama yolu sunan bağlantıya basın, ardından güvenlik anahtarını seçin.',
  'plan.device':
    'Oturumu hâlâ açık olan cihazda bir yedek kod veya geçici şifre alın (bu uzantının araç çubuğu düğmesindeki rehberler yolu gösterir) ya da kullanamadığınız yöntemi kısa bir süreliğine kapatın.',
  'plan.phone': 'Hesabınızda X Premium varsa ve kısa mesaj açıksa, yöntemler arasından kısa mesajı seçin. Premium yoksa mesaj gelmez.',
  'plan.support':
    'Hesap erişimi formu üzerinden X Destek’e başvurun, sonra yanıt için kayıtlı gelen kutunuzu (ve spam klasörünü) takip edin. Aşağıdaki talep kopyalanmaya hazır.',
  'plan.recover-email': 'Önce o e-posta hesabına, e-posta sağlayıcınızın kendi kurtarma yöntemiyle yeniden girmeyi deneyin: X Destek yanıtını oraya gönderir.',
  'plan.scams': 'Hesabınızı para karşılığında “kurtarmayı” teklif eden ya da şifrenizi isteyen herkesi görmezden gelin: erişimi yalnızca X geri verebilir.',
  'plan.second-account': 'Bu arada, ikinci bir hesapla takipçilerinize neler olduğunu anlatabilirsiniz.',
  'outlook.good': 'Bununla büyük olasılıkla hesabınıza kendiniz yeniden girebilirsiniz.',
  'outlook.support': 'Geri dönüş yolunuz X Destek. Yanıt gelmesi birkaç gün sürebilir.',
  'outlook.hard':
    'Açık konuşmak gerekirse bu en zor durum: kayıtlı e-posta, çalışan bir kod veya oturumu açık bir cihaz olmadan X genellikle hesabın size ait olduğunu doğrulayamaz ve kimlik belgesi kabul etmez. En iyi şansınız o e-postaya yeniden erişmek.',

  'composer.title': 'X Destek için talebiniz',
  'composer.intro': 'Bildiklerinizi doldurun, kısa bir talep metni yazalım. Hiçbir şey gönderilmez: metni kopyalayıp X’in formuna yapıştırın.',
  'composer.page-sees': 'Buraya yazdıklarınızı, x.com’da yazılan her şey gibi X’in sayfası da görebilir. Bu talep zaten X için.',
  'composer.tip': 'X en iyi İngilizceyi anlar. Yapabiliyorsanız kendi cümlelerinizi İngilizce yazın; makine çevirisi de yeterlidir.',
  'composer.username': 'X kullanıcı adınız',
  'composer.email': 'Hesapta kayıtlı e-posta adresi',
  'composer.email-missing': 'Mümkünse hesapta kayıtlı e-posta adresini yazın: bu adres olmadan X, hesabın size ait olduğunu genellikle doğrulayamaz.',
  'composer.happened': 'Ne oldu?',
  'composer.tried': 'Neleri denediniz?',
  'composer.ask': 'X’ten ne yapmasını istiyorsunuz?',
  'composer.empty-hint': 'Boş bırakırsanız standart bir cümle kullanılır.',
  'composer.cut': 'Bu alana en fazla {max} karakter girilebilir. Yazdığınız metin sığması için kısaltıldı: sonunu kontrol edin.',
  'composer.english': 'İngilizcesi: bunu yapıştırın',
  'composer.both': 'Önce kontrol etmeniz için Türkçesi, sonra X için İngilizcesi: tamamını yapıştırın',
  'composer.count': '{count} karakter',
  'composer.copy': 'Talebi kopyala',
  'composer.copied': 'Kopyalandı. X’in formuna yapıştırın.',
  'composer.copy-failed': 'Kopyalama engellendi. Metin seçili: Ctrl+C tuşlarına (Mac’te ⌘C) basın ya da metne uzun basıp “Kopyala” seçeneğini seçin.',
  'composer.form-tip':
    'Formda giriş yapma veya iki faktörlü kimlik doğrulama ile ilgili seçenekleri seçin, kayıtlı e-posta adresini yazın ve talebi, ayrıntıların istendiği alana yapıştırın.',

  'risk.password.title': 'Şifrenizi değiştirmeden önce',
  'risk.password.body':
    'Şifreyi değiştirmek diğer cihazlarınızdaki oturumları kapatır ve her cihaz bir doğrulama kodu ister. Bir kodunuz olacağından emin olun.',
  'risk.method.title': 'Bir yöntemi kapatmadan önce',
  'risk.method.body':
    'Bir sonraki girişte X, açık kalan yöntemlerden birini ister; bu son yönteminizse iki faktörlü kimlik doğrulaması kapanır ve X yalnızca şifrenizi sorar. Kalan yöntemi kullanabildiğinizden emin olun.',
  'ready.backup-saved': 'Bu cihaz dışında bir yerde kayıtlı bir yedek kodum var',
  'ready.methods-known':
    'Kimlik doğrulama uygulamamı açabiliyor ya da güvenlik anahtarımı kullanabiliyorum (hesapta X Premium varsa kısa mesaj da alabiliyorum)',
  'ready.contact-checked': 'X’te kayıtlı e-postanın gelen kutusunu okuyabiliyorum',
  'risk.get-backup': 'Önce yedek kod al',
  'risk.password.ready':
    'Hesabınıza yeniden girmenin bir yolu var: onu elinizin altında tutun. Değişiklik diğer cihazlarınızdaki oturumları kapatacak ve her cihaz kod isteyecek.',
  'risk.method.ready': 'Hesabınıza yeniden girmenin bir yolu var: bir sonraki giriş için onu elinizin altında tutun.',

  'message.subject': 'İki faktörlü kimlik doğrulama nedeniyle hesabıma erişemiyorum: {username}',
  'message.greeting': 'Sayın X Destek Ekibi,',
  'message.account': 'Hesap: {username}',
  'message.email': 'Kayıtlı e-posta: {email}',
  'message.happened': 'Yaşanan sorun: {text}',
  'message.tried': 'Denediklerim: {text}',
  'message.ask': 'Talebim: {text}',
  'message.thanks': 'Yardımınız için teşekkür ederim.',
  'message.default.happened': 'Giriş yapmak için gereken iki faktörlü kimlik doğrulama kodumu artık alamıyorum.',
  'message.default.tried': 'Kod almanın başka bir yolunu bulamadım.',
  'message.default.ask':
    'Lütfen hesabın bana ait olduğunu doğrulayın ve örneğin iki faktörlü kimlik doğrulamayı kapatarak hesabıma yeniden erişmeme yardımcı olun.',
  'message.unknown': '(belirtilmedi)',
  'message.english-follows': '---------- Aynı metin İngilizce (English) ----------',
};

export const trGuide: Record<GuideKey, string> = {
  'guide.label': '2FA Rescue rehberi',
  'guide.step-count': 'Adım {n} / {total}',
  'guide.open-more': 'Soldaki menüde “{label}” öğesini açın.',
  'guide.open-drawer': 'Menüyü açmak için sol üstteki profil fotoğrafınıza dokunun.',
  'guide.choose': '“{label}” öğesini seçin.',
  'guide.password': 'X önce şifrenizi istiyor. Şifrenizi X’in kendi alanına yazın: bu uzantı onu okumaz. Rehber burada bekliyor.',
  'guide.done.backup-code':
    'Tamamlandı: yedek kodunuz bu. Bir yere yazın ya da ekran görüntüsünü alın ve bu cihaz dışında bir yerde saklayın. Kod yalnızca bir kez, kod isteyen cihazda kullanılabilir.',
  'guide.done.temporary-password':
    'Tamamlandı: burada geçici bir şifre oluşturun ve diğer cihazda giriş yapmak için kullanın. Şifre bir süre sonra geçersiz olur; bu yüzden kısa süre içinde kullanın.',
  'guide.done.two-factor-methods':
    'Bunlar doğrulama yöntemleriniz. Diğer cihazda giriş yapabilmek için orada kullanamadığınız yöntemin işaretini kaldırın (tek yönteminiz buysa iki faktörlü kimlik doğrulaması kapanır), giriş yapın, sonra buraya dönün: yöntemi yeniden açın ve yeni yedek kodları kaydedin. Açılır pencere size bunu hatırlatacak.',
  'guide.fallback': 'Bu sayfa onu beklenen yerde göstermiyor. Kendiniz arayın:',
  'guide.found': 'Buldum',
  'guide.skip': 'Bu adımı atla',
  'guide.end': 'Rehberden çık',
  'guide.finish': 'Bitir',
  'guide.return': 'Önceki sayfaya dön (yeni sekme)',
  'guide.needs-login': 'Bu rehber, X’te oturumunuzun hâlâ açık olduğu bir cihaz içindir. Rehberi orada kullanın ya da önce burada giriş yapın.',
  'guide.leave-method-off':
    'X’in buradaki penceresi bir yöntemi kapatır. Önce işlemi iptal edin ya da pencereyi kapatın: orada onaylamadığınız sürece hiçbir şey değişmez. Rehber, ayarlar sayfasından devam eder.',
  'guide.temporary-password-missing': 'Bu hesapta “Geçici şifre” öğesi yok: X bunu yalnızca bazı hesaplara sunuyor. Yedek kod da aynı işi görür.',
  'guide.switch.backup-code': 'Bunun yerine yedek kod al',
  'guide.title.backup-code': 'Yedek kod al',
  'guide.title.temporary-password': 'Geçici şifre al',
  'guide.title.two-factor-methods': 'Doğrulama yöntemini değiştir',
};
