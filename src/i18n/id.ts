/** Bahasa Indonesia: keys mirror en.ts; standard, polite ("Anda"). */
import type { AssistantKey, PageKey, PopupKey, GuideKey } from './en';

export const idPage: Record<PageKey, string> = {
  'panel.title': 'Tidak bisa mendapatkan kode?',
  'panel.title.notice': 'Tentang pesan dari X',
  'panel.title.choose-method': 'Pilih metode yang masih bisa Anda gunakan',
  'panel.title.settings': 'Dapatkan kode untuk perangkat yang tidak bisa masuk',
  'panel.title.password-change': 'Ingin mengubah kata sandi? Siapkan cara untuk masuk kembali',
  'panel.title.method-off': 'Ingin menonaktifkan metode? Siapkan cara untuk masuk kembali',
  'panel.more.places': 'Tempat lain yang bisa diperiksa',
  'panel.more.device': 'Yang perlu diklik di perangkat itu',
  'panel.more-below': 'Selengkapnya di bawah',
  'panel.close': 'Tutup panel bantuan',
  'panel.intro.choose-method':
    'X menampilkan metode autentikasi dua faktor yang Anda aktifkan. Pilih salah satu yang masih bisa Anda gunakan. Kode cadangan yang Anda simpan juga bisa digunakan.',
  'panel.intro.settings':
    'Anda sudah masuk di sini. Lewat halaman-halaman ini, Anda bisa mendapatkan kode cadangan atau kata sandi sementara untuk perangkat yang tidak bisa masuk.',
  'notice.limited.title': 'X membatasi proses masuk dari perangkat ini untuk sementara',
  'notice.limited.body':
    'Pesan ini bukan soal kode atau kata sandi yang salah. Tunggu beberapa saat, seperti yang diminta X, lalu masuk dari perangkat atau jaringan yang dikenal X: ponsel atau komputer yang biasa Anda gunakan, atau Wi-Fi di rumah Anda. Jangan terus mencoba di sini.',
  'notice.unread':
    'Jika pesan X menyebutkan bahwa X membatasi proses masuk untuk sementara, pesan itu bukan soal kode atau kata sandi yang salah: tunggu beberapa saat, lalu masuk dari perangkat atau jaringan yang dikenal X, misalnya ponsel yang biasa Anda gunakan atau Wi-Fi di rumah Anda.',

  'places.title': 'Tempat kode Anda mungkin berada',
  'places.app.title': 'Aplikasi autentikasi',
  'places.app.body':
    'Buka Google Authenticator, Microsoft Authenticator, Authy, 1Password, atau aplikasi serupa, lalu cari X atau Twitter. Di iPhone, periksa juga aplikasi Kata Sandi (iOS 18 ke atas) atau Pengaturan → Kata Sandi (versi sebelumnya): x.com atau twitter.com → Kode Verifikasi.',
  'places.app.note': 'Memasang ulang aplikasi tidak mengembalikan kode, kecuali kode itu sudah dicadangkan.',
  'places.sms.title': 'Pesan teks',
  'places.sms.body': 'Dengan X Premium, X mengirim kode lewat pesan teks ke nomor telepon di akun Anda.',
  'places.sms.resend': 'Jika pesan tidak datang, tautan milik X di langkah ini bisa mengirimkannya lagi.',
  'places.sms.digits':
    'Menurut halaman ini, nomor itu berakhiran {digits}. Apakah nomor itu masih milik Anda? Jika tidak, pesan teks tidak akan sampai ke Anda.',
  'places.sms.note': 'Tanpa X Premium, pesan tidak akan datang: sejak 2023, X hanya mengirim kode lewat pesan teks ke akun Premium.',
  'places.backup.title': 'Kode cadangan',
  'places.backup.body':
    'X menampilkan kode cadangan saat Anda mengaktifkan autentikasi dua faktor. Cari di tangkapan layar, pengelola kata sandi, catatan, atau cetakan. Setiap kode hanya berlaku satu kali.',
  'places.key.title': 'Kunci keamanan',
  'places.key.body': 'Colokkan atau sentuh kunci yang Anda daftarkan, lalu ikuti petunjuk di browser Anda.',
  'places.passkey':
    'Apakah Anda menyimpan kunci sandi (passkey) untuk X? Di perangkat yang memilikinya, halaman masuk X mungkin menawarkannya di awal, sebelum kata sandi: patut dicoba.',

  'device.title': 'Perangkat yang masih masuk ke X',
  'device.body':
    'Apakah Anda masih masuk ke X di tempat lain? Jika Anda mengubah kata sandi, coba dulu ponsel atau komputer tempat Anda mengubahnya: X membiarkan perangkat itu tetap masuk. Lalu ponsel lama, tablet, browser lain, atau profil browser lain (jendela pribadi tidak menyimpan sesi). Di sana, X dapat menampilkan kode yang bisa Anda gunakan di sini.',
  'device.web': 'Di browser:',
  'device.narrow': 'Di layar sempit, mulai dari {profileMenu}, bukan dari “{more}”.',
  'device.or': 'atau',
  'device.app': 'Di aplikasi X:',
  'device.password': 'X mungkin meminta kata sandi Anda sebelum menampilkan kode.',
  'device.warning': 'Jangan ubah kata sandi di sana: X akan mengeluarkan Anda dari semua perangkat lain, dan setiap perangkat akan meminta kode lagi.',

  'method.title': 'Metode lain',
  'method.present': 'Di bawah kotak kode, “{chooseMethod}” menampilkan metode lain yang Anda aktifkan, misalnya kode cadangan.',
  'method.absent': 'Jika X menawarkan cara verifikasi lain di bawah kotak kode, di situ tercantum metode lain yang Anda aktifkan, misalnya kode cadangan.',
  'method.show': 'Tunjukkan',
  'method.hide': 'Sembunyikan penanda',

  'support.title': 'Dukungan X',
  'support.body':
    'Jika tidak ada cara lain yang berhasil, hubungi X lewat formulir akses akunnya. Anda perlu akses ke email yang terdaftar di akun: tanpa itu, X biasanya tidak bisa memastikan bahwa akun itu milik Anda, dan X tidak menerima dokumen identitas. Balasan bisa memakan waktu beberapa hari.',
  'support.link': 'Buka formulir akses akun X',
  'support.new-tab': '(dibuka di tab baru)',
  'support.form-trouble': 'Jika formulir tidak bisa dimuat atau menyatakan bahwa browser ini tidak didukung, coba browser lain atau jendela pribadi.',
  'support.scams':
    'Abaikan siapa pun yang menawarkan untuk “memulihkan” akun Anda dengan bayaran atau yang meminta kata sandi Anda: hanya X yang bisa memulihkan akses.',

  'path.title': 'Langkah menuju kode cadangan Anda',
  'path.here': 'Anda di sini',
  'path.item.profile-menu': 'foto profil Anda (kiri atas)',
  'path.item.login-code': 'Kode masuk (“Show login code”)',
  'path.section': '(di bawah “{section}”)',

  'launcher.label': 'Buka 2FA Rescue: bantuan kode autentikasi dua faktor',
  'launcher.glyph': '2FA',
  'assistant.open': 'Susun rencana untuk masuk kembali',
  'composer.open': 'Tulis permintaan ke Dukungan X',
  'assistant.load-failed': 'Bagian ini tidak bisa dimuat. Muat ulang halaman, atau gunakan daftar periksa lewat tombol ekstensi di bilah alat.',
};

export const idPopup: Record<PopupKey, string> = {
  'popup.new-tab': '(dibuka di tab baru)',
  'popup.title': '2FA Rescue for X',
  'popup.intro':
    'Tidak bisa masuk karena kode autentikasi dua faktor X? Coba langkah-langkah ini dari atas ke bawah. Centang Anda hanya tersimpan di perangkat ini.',
  'popup.progress': '{done} dari {total} selesai',
  'popup.reset': 'Hapus semua centang',
  'popup.save-failed': 'Centang Anda tidak bisa disimpan dan akan hilang saat jendela ini ditutup.',
  'popup.support-link': 'Formulir akses akun',
  'popup.form-trouble': 'Jika formulir tidak bisa dimuat atau menyatakan bahwa browser ini tidak didukung, coba browser lain atau jendela pribadi.',
  'popup.scams':
    'Abaikan siapa pun yang menawarkan untuk “memulihkan” akun Anda dengan bayaran atau yang meminta kata sandi Anda: hanya X yang bisa memulihkan akses.',

  'popup.guides.intro': 'Di perangkat tempat Anda masih masuk: setiap panduan menunjukkan apa yang perlu diklik di pengaturan X.',
  'popup.guide.backup-code': 'Dapatkan kode cadangan',
  'popup.guide.temporary-password': 'Dapatkan kata sandi sementara',
  'popup.guide.two-factor-methods': 'Ganti metode dua faktor',
  'popup.guide.resume': 'Lanjutkan: {guide}',
  'popup.guide.failed': 'Panduan tidak bisa dimulai. Buka x.com di tab, lalu coba lagi.',
  'checkup.title': 'Sudah bisa masuk lagi? Pastikan ini tidak terulang',
  'checkup.backup.title': 'Simpan kode cadangan baru',
  'checkup.backup.body': 'Cetak kode itu atau simpan di pengelola kata sandi, jangan hanya di ponsel Anda.',
  'checkup.contact.title': 'Pastikan email dan nomor telepon di akun X Anda masih berlaku',
  'checkup.contact.body':
    'Dukungan X menghubungi Anda lewat email itu dan memakainya untuk memastikan akun itu milik Anda. Kode lewat pesan teks hanya sampai ke akun X Premium.',
  'checkup.app.title': 'Siapkan cara kedua untuk mendapatkan kode verifikasi',
  'checkup.app.body':
    'Gunakan fitur cadangan atau ekspor dari aplikasi autentikasi Anda, atau tambahkan X ke aplikasi itu di perangkat kedua. Kunci keamanan kedua yang terdaftar di X juga bisa digunakan.',
  'checkup.guide': 'Tunjukkan',
  'checkup.ticked-on': 'Dicentang pada {date}',
  'popup.reminder.title': 'Aktifkan kembali metode autentikasi dua faktor Anda',
  'popup.reminder.body':
    'Setelah Anda masuk di perangkat lain itu, aktifkan kembali metodenya di pengaturan X dan simpan kode cadangan baru. Lalu centang ini.',

  'check.app.title': 'Periksa aplikasi autentikasi Anda',
  'check.app.body':
    'Google Authenticator, Microsoft Authenticator, Authy, 1Password; di iPhone, aplikasi Kata Sandi atau Pengaturan → Kata Sandi (x.com atau twitter.com).',
  'check.backup.title': 'Cari kode cadangan yang tersimpan',
  'check.backup.body': 'Tangkapan layar, pengelola kata sandi, catatan, cetakan.',
  'check.key.title': 'Coba kunci keamanan Anda',
  'check.key.body': 'Jika Anda pernah mendaftarkannya: di langkah kode X, pilih kunci keamanan di antara metode lain, lalu colokkan atau sentuh kunci itu.',
  'check.sms.title': 'Periksa pesan teks',
  'check.sms.body': 'Hanya dengan X Premium: X mengirim kode lewat pesan teks ke nomor telepon di akun Anda, jika nomor itu masih milik Anda.',
  'check.device.title': 'Cari perangkat yang masih masuk ke X',
  'check.device.body':
    'Pertama, ponsel atau komputer tempat Anda mengubah kata sandi (X membiarkannya tetap masuk), lalu ponsel lama, tablet, browser lain, atau profil browser lain.',
  'check.code.title': 'Di sana, dapatkan kode cadangan atau kata sandi sementara',
  'check.code.body': 'Pengaturan dan privasi → Keamanan dan akses akun → Keamanan → Autentikasi dua faktor.',
  'check.switch.title': 'Atau ganti metode selagi masih masuk',
  'check.switch.body': 'Nonaktifkan metode yang tidak bisa Anda gunakan, masuk di sini, lalu aktifkan kembali dan simpan kode cadangan baru.',
  'check.support.title': 'Hubungi Dukungan X',
  'check.support.body': 'Gunakan formulir akses akun. Anda perlu email yang terdaftar; balasan bisa memakan waktu beberapa hari.',
  'check.save.title': 'Sudah bisa masuk lagi? Simpan kode cadangan baru',
  'check.save.body': 'Cetak kode itu atau simpan di pengelola kata sandi, jangan hanya di ponsel Anda.',
};

export const idAssistant: Record<AssistantKey, string> = {
  'assistant.title': 'Apa yang masih Anda miliki?',
  'assistant.intro':
    'Centang apa yang masih bisa Anda gunakan. Rencana di bawah mendahulukan langkah yang paling mungkin berhasil. Jawaban Anda tetap tersimpan di perangkat ini sampai Anda menghapusnya.',
  'assistant.clear': 'Hapus jawaban saya',
  'have.email': 'Kotak masuk alamat email yang terdaftar di X',
  'have.phone': 'Nomor telepon yang terdaftar di X',
  'have.device': 'Ponsel, tablet, atau browser yang masih masuk ke X',
  'have.backup': 'Kode cadangan yang tersimpan',
  'have.app': 'Aplikasi autentikasi yang berisi X',
  'have.key': 'Kunci keamanan yang terdaftar di X',
  'plan.title': 'Rencana Anda',
  'plan.next': 'Lakukan ini dulu',
  'plan.backup': 'Gunakan kode cadangan: di bawah kotak kode, pilih “{chooseMethod}”, lalu pilih kode cadangan.',
  'plan.backup.described': 'Gunakan kode cadangan: di bawah kotak kode, pilih tautan yang menawarkan cara verifikasi lain, lalu pilih kode cadangan.',
  'plan.app': 'Buka aplikasi autentikasi, lalu ketik kode yang ditampilkannya untuk X atau Twitter sebelum kode itu berganti.',
  'plan.key': 'Gunakan kunci keamanan Anda: di bawah kotak kode, pilih “{chooseMethod}”, lalu pilih kunci keamanan.',
  'plan.key.described': 'Gunakan kunci keamanan Anda: di bawah kotak kode, pilih tautan yang menawarkan cara verifikasi lain, lalu pilih kunci keamanan.',
  'plan.device':
    'Di perangkat yang masih masuk, dapatkan kode cadangan atau kata sandi sementara (panduan lewat tombol ekstensi ini di bilah alat menunjukkan caranya), atau nonaktifkan untuk sementara metode yang tidak bisa Anda gunakan.',
  'plan.phone': 'Jika akun Anda memiliki X Premium dan pesan teks aktif, pilih pesan teks di antara metode yang ada. Tanpa Premium, pesan tidak akan datang.',
  'plan.support':
    'Hubungi Dukungan X lewat formulir akses akun, lalu tunggu balasannya di kotak masuk yang terdaftar (periksa juga folder spam). Permintaan di bawah siap disalin.',
  'plan.recover-email': 'Pertama, coba masuk kembali ke akun email itu lewat fitur pemulihan dari penyedia email Anda sendiri: Dukungan X membalas ke sana.',
  'plan.scams':
    'Abaikan siapa pun yang menawarkan untuk “memulihkan” akun Anda dengan bayaran atau yang meminta kata sandi Anda: hanya X yang bisa memulihkan akses.',
  'plan.second-account': 'Sementara itu, akun kedua bisa memberi tahu pengikut Anda apa yang terjadi.',
  'outlook.good': 'Dengan ini, kemungkinan besar Anda bisa masuk kembali sendiri.',
  'outlook.support': 'Dukungan X adalah jalan Anda untuk masuk kembali. Balasan bisa memakan waktu beberapa hari.',
  'outlook.hard':
    'Terus terang, ini keadaan yang paling sulit: tanpa email yang terdaftar, kode yang berfungsi, atau perangkat yang masih masuk, X biasanya tidak bisa memastikan bahwa akun itu milik Anda, dan X tidak menerima dokumen identitas. Mendapatkan kembali email itu adalah peluang terbaik Anda.',

  'composer.title': 'Permintaan Anda ke Dukungan X',
  'composer.intro': 'Isi apa yang Anda ketahui, lalu kami menyusun permintaan singkat. Tidak ada yang dikirim: salin, lalu tempel ke formulir X.',
  'composer.page-sees': 'Halaman X dapat melihat apa yang Anda ketik di sini, seperti semua yang diketik di x.com. Permintaan ini memang ditujukan untuk X.',
  'composer.tip': 'X paling mudah memahami bahasa Inggris. Jika bisa, tulis kata-kata Anda sendiri dalam bahasa Inggris; terjemahan mesin pun tidak apa-apa.',
  'composer.username': 'Nama pengguna X Anda',
  'composer.email': 'Alamat email yang terdaftar di akun',
  'composer.email-missing': 'Jika bisa, isi alamat email yang terdaftar di akun: tanpa itu, X biasanya tidak bisa memastikan bahwa akun ini milik Anda.',
  'composer.happened': 'Apa yang terjadi',
  'composer.tried': 'Apa yang sudah Anda coba',
  'composer.ask': 'Apa yang Anda minta dari X',
  'composer.empty-hint': 'Jika dikosongkan, kalimat standar akan digunakan.',
  'composer.cut': 'Kolom ini menampung paling banyak {max} karakter. Isian Anda dipotong agar muat: periksa bagian akhirnya.',
  'composer.english': 'Dalam bahasa Inggris: tempel ini',
  'composer.both': 'Bahasa Indonesia dulu (untuk Anda periksa), lalu bahasa Inggris untuk X: tempel semuanya',
  'composer.count': '{count} karakter',
  'composer.copy': 'Salin permintaan',
  'composer.copied': 'Disalin. Tempel ke formulir X.',
  'composer.copy-failed': 'Penyalinan diblokir. Teksnya sudah dipilih: tekan Ctrl+C (⌘C di Mac), atau tekan lama teksnya dan pilih Salin.',
  'composer.form-tip':
    'Di formulir, pilih opsi tentang masuk atau autentikasi dua faktor, isi alamat email yang terdaftar, lalu tempel permintaan di kolom yang meminta detail.',

  'risk.password.title': 'Sebelum Anda mengubah kata sandi',
  'risk.password.body':
    'Mengubah kata sandi akan mengeluarkan Anda dari perangkat lain, dan setiap perangkat akan meminta kode autentikasi dua faktor. Pastikan Anda akan punya kode itu.',
  'risk.method.title': 'Sebelum Anda menonaktifkan sebuah metode',
  'risk.method.body':
    'Saat masuk berikutnya, X meminta salah satu metode yang tetap aktif; jika ini metode terakhir Anda, autentikasi dua faktor akan nonaktif dan X hanya meminta kata sandi Anda. Pastikan Anda bisa menggunakan metode yang tersisa.',
  'ready.backup-saved': 'Saya menyimpan kode cadangan di tempat selain perangkat ini',
  'ready.methods-known': 'Saya bisa membuka aplikasi autentikasi atau memakai kunci keamanan (atau menerima pesan teks, jika akun memiliki X Premium)',
  'ready.contact-checked': 'Saya bisa membaca kotak masuk email yang terdaftar di X',
  'risk.get-backup': 'Dapatkan kode cadangan dulu',
  'risk.password.ready':
    'Anda punya cara untuk masuk kembali: pastikan tetap siap digunakan. Perubahan ini akan mengeluarkan Anda dari perangkat lain, dan setiap perangkat akan meminta kode.',
  'risk.method.ready': 'Anda punya cara untuk masuk kembali: pastikan tetap siap digunakan saat masuk berikutnya.',

  'message.subject': 'Tidak bisa masuk karena autentikasi dua faktor: {username}',
  'message.greeting': 'Yth. Tim Dukungan X,',
  'message.account': 'Akun: {username}',
  'message.email': 'Email terdaftar: {email}',
  'message.happened': 'Yang terjadi: {text}',
  'message.tried': 'Yang sudah saya coba: {text}',
  'message.ask': 'Permintaan saya: {text}',
  'message.thanks': 'Terima kasih atas bantuan Anda.',
  'message.default.happened': 'Saya tidak bisa lagi mendapatkan kode autentikasi dua faktor untuk masuk.',
  'message.default.tried': 'Saya belum menemukan cara lain untuk mendapatkan kode.',
  'message.default.ask': 'Mohon verifikasi bahwa akun ini milik saya dan bantu saya memulihkan akses, misalnya dengan menonaktifkan autentikasi dua faktor.',
  'message.unknown': '(tidak diisi)',
  'message.english-follows': '---------- Isi yang sama dalam bahasa Inggris (English) ----------',
};

export const idGuide: Record<GuideKey, string> = {
  'guide.label': 'Panduan 2FA Rescue',
  'guide.step-count': 'Langkah {n} dari {total}',
  'guide.open-more': 'Buka “{label}” di menu sebelah kiri.',
  'guide.open-drawer': 'Ketuk foto profil Anda di kiri atas untuk membuka menu.',
  'guide.choose': 'Pilih “{label}”.',
  'guide.password':
    'X meminta kata sandi Anda terlebih dahulu. Ketik kata sandi di kolom milik X sendiri: ekstensi ini tidak membacanya. Panduan menunggu di sini.',
  'guide.done.backup-code':
    'Selesai: ini kode cadangan Anda. Catat atau ambil tangkapan layarnya, lalu simpan di tempat selain perangkat ini. Kode ini berlaku satu kali, di perangkat yang meminta kode.',
  'guide.done.temporary-password':
    'Selesai: buat kata sandi sementara di sini, lalu gunakan untuk masuk di perangkat lain itu. Kata sandi ini berhenti berlaku setelah beberapa waktu, jadi gunakan segera.',
  'guide.done.two-factor-methods':
    'Ini metode autentikasi dua faktor Anda. Untuk masuk di perangkat yang terkunci, hapus centang metode yang tidak bisa Anda gunakan di sana (jika itu satu-satunya metode, autentikasi dua faktor akan nonaktif), masuk, lalu kembali ke sini: aktifkan lagi dan simpan kode cadangan baru. Popup ekstensi akan mengingatkan Anda.',
  'guide.fallback': 'Halaman ini tidak menampilkannya di tempat yang diharapkan. Cari sendiri:',
  'guide.found': 'Sudah saya temukan',
  'guide.skip': 'Lewati langkah ini',
  'guide.end': 'Akhiri panduan',
  'guide.finish': 'Selesai',
  'guide.return': 'Kembali ke halaman sebelumnya (tab baru)',
  'guide.needs-login': 'Panduan ini untuk perangkat tempat Anda masih masuk ke X. Gunakan di sana, atau masuk dulu di sini.',
  'guide.leave-method-off':
    'Jendela X ini menonaktifkan sebuah metode. Batalkan atau tutup dulu jendela itu: tidak ada yang berubah sampai Anda mengonfirmasinya di sana. Panduan berlanjut dari halaman pengaturan.',
  'guide.temporary-password-missing':
    'Akun ini tidak punya item “Kata sandi sementara”: X hanya menyediakannya untuk sebagian akun. Kode cadangan punya fungsi yang sama.',
  'guide.switch.backup-code': 'Dapatkan kode cadangan sebagai gantinya',
  'guide.title.backup-code': 'Dapatkan kode cadangan',
  'guide.title.temporary-password': 'Dapatkan kata sandi sementara',
  'guide.title.two-factor-methods': 'Ganti metode dua faktor',
};
