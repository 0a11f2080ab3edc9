"""Module 2 of "Literasi Digital Dasar untuk ASN": aman digital (digital safety)."""

from learning.curriculum.build import (
    assignment,
    callout,
    checklist,
    do_dont,
    heading,
    image,
    lesson,
    module,
    multiple,
    p,
    quiz,
    regulation,
    single,
    social_post,
    takeaways,
    true_false,
)

UU_PDP = "UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi"

# --- Pelajaran 1: kata sandi dan autentikasi dua faktor --------------------------

LESSON_AKUN = [
    p("<p>Akun surel dinas, aplikasi kepegawaian, aplikasi naskah dinas, dan akun admin "
      "media sosial instansi adalah kunci menuju data warga dan nama baik instansi. Bila "
      "satu akun dibobol, pelaku bisa membaca surat dinas, menyamar sebagai Anda untuk "
      "menipu rekan, atau memakai akun resmi instansi untuk menyebarkan promosi judi daring "
      "dan penipuan, seperti yang beberapa kali menimpa situs dan akun pemerintah.</p>"
      "<p>Kabar baiknya, sebagian besar pembobolan akun bisa dicegah dengan kebiasaan "
      "sederhana: kata sandi yang panjang dan unik, autentikasi dua faktor, dan tidak pernah "
      "membagikan kode OTP.</p>"),
    image("ld-m2-lapisan-pengaman.svg",
          alt_text="Diagram empat lapis pengaman akun yang melingkari ikon akun ASN: kata sandi "
                   "panjang dan unik, autentikasi dua faktor, pembaruan perangkat, dan "
                   "kewaspadaan terhadap penipuan.",
          caption="Keamanan akun bekerja berlapis: bila satu lapis jebol, lapis berikutnya "
                  "masih melindungi."),
    heading("Kata sandi yang kuat: panjang, unik, tidak tertebak"),
    p("<p>Kata sandi pendek yang “rumit” seperti <em>P@ssw0rd1</em> justru "
      "mudah ditebak mesin, karena pola penggantian huruf dengan angka atau simbol sudah "
      "dikenal. Yang lebih penting adalah <strong>panjang</strong> dan "
      "<strong>keunikan</strong>:</p>"
      "<ul>"
      "<li>Pakai <strong>frasa sandi</strong> minimal 12–15 karakter, misalnya gabungan "
      "empat kata acak yang tidak berhubungan dan hanya Anda yang tahu.</li>"
      "<li>Satu akun, satu kata sandi. Bila satu layanan bocor, pelaku akan mencoba kata "
      "sandi yang sama di surel dan aplikasi lain.</li>"
      "<li>Jangan pakai data yang mudah dicari: tanggal lahir, nama anak, nama instansi, "
      "atau <strong>NIP</strong>. Ingat, delapan digit pertama NIP adalah tanggal lahir "
      "Anda.</li>"
      "<li>Jangan menempel kata sandi di monitor atau menyimpannya di catatan ponsel tanpa "
      "pengaman.</li>"
      "</ul>"),
    heading("Pengelola kata sandi"),
    p("<p>Mengingat puluhan kata sandi unik itu mustahil. Di sinilah <strong>pengelola kata "
      "sandi</strong> (password manager) membantu: aplikasi ini membuat kata sandi acak yang "
      "kuat, menyimpannya dalam brankas terenkripsi, dan mengisikannya otomatis hanya di "
      "situs yang benar. Anda cukup mengingat satu frasa sandi utama yang panjang.</p>"
      "<p>Untuk perangkat dan akun kedinasan, ikuti kebijakan unit TI instansi tentang "
      "pengelola kata sandi yang boleh dipakai. Untuk akun pribadi, pilih aplikasi yang "
      "bereputasi baik, lindungi dengan frasa sandi utama yang kuat, dan aktifkan "
      "autentikasi dua faktornya.</p>"),
    heading("Autentikasi dua faktor (2FA)"),
    p("<p>Autentikasi dua faktor meminta bukti kedua selain kata sandi, biasanya kode dari "
      "aplikasi autentikator, kode SMS, atau kunci keamanan fisik. Dengan 2FA, pelaku yang "
      "sudah mengetahui kata sandi Anda tetap tidak bisa masuk tanpa faktor kedua.</p>"
      "<ul>"
      "<li>Prioritaskan 2FA untuk surel (karena surel dipakai untuk mengatur ulang akun "
      "lain), akun media sosial instansi, dan aplikasi keuangan.</li>"
      "<li>Aplikasi autentikator lebih aman daripada SMS, yang bisa dialihkan lewat "
      "penggantian kartu SIM secara curang.</li>"
      "<li>Di WhatsApp, aktifkan <strong>verifikasi dua langkah</strong> berupa PIN enam "
      "digit, agar akun tidak bisa diambil alih hanya dengan kode SMS.</li>"
      "<li>Simpan <strong>kode cadangan</strong> di tempat aman untuk berjaga-jaga bila ponsel "
      "hilang.</li>"
      "</ul>"),
    callout(
        "warning", "OTP itu rahasia, titik",
        "<p>Kode OTP atau kode verifikasi adalah kunci terakhir akun Anda. Tidak ada petugas "
        "bank, operator seluler, unit TI, atau pimpinan yang perlu meminta kode itu. Siapa "
        "pun yang memintanya, dengan alasan apa pun, sedang mencoba membobol akun Anda.</p>",
    ),
    do_dont(
        "Menjaga akun",
        [
            "Memakai frasa sandi panjang yang berbeda untuk setiap akun.",
            "Menyimpan kata sandi di pengelola kata sandi yang diizinkan.",
            "Mengaktifkan 2FA di surel, media sosial instansi, dan aplikasi keuangan.",
            "Mengganti kata sandi segera bila ada kabar kebocoran di layanan yang Anda pakai.",
        ],
        [
            "Memakai NIP, tanggal lahir, atau nama instansi sebagai kata sandi.",
            "Memakai satu kata sandi untuk surel dinas dan akun belanja daring.",
            "Berbagi akun admin media sosial instansi lewat pesan grup.",
            "Menyebutkan kode OTP kepada siapa pun, termasuk yang mengaku petugas.",
        ],
    ),
    takeaways([
        "Kata sandi yang baik itu panjang dan unik, bukan sekadar penuh simbol.",
        "Pengelola kata sandi membuat dan menyimpan kata sandi unik untuk setiap akun.",
        "Aktifkan 2FA, terutama di surel dan akun media sosial instansi.",
        "Jangan pernah membagikan kode OTP kepada siapa pun.",
    ]),
]

# --- Pelajaran 2: phishing dan rekayasa sosial ---------------------------------

LESSON_PHISHING = [
    p("<p>Penjahat siber sering tidak membobol sistem, melainkan membujuk manusianya. "
      "Teknik ini disebut <strong>rekayasa sosial</strong>: memanfaatkan rasa percaya, "
      "takut, penasaran, atau ingin menolong. <strong>Phishing</strong> adalah bentuknya "
      "yang paling umum, yaitu pesan atau situs palsu yang memancing korban menyerahkan "
      "kata sandi, OTP, data pribadi, atau uang.</p>"
      "<p>ASN menjadi sasaran menarik karena punya akses ke sistem pemerintahan, dikenal "
      "patuh pada pimpinan, dan namanya bisa dipakai untuk menipu warga.</p>"),
    heading("Modus yang sering muncul"),
    p("<ul>"
      "<li><strong>Surat palsu berlogo instansi.</strong> Undangan kegiatan, permintaan "
      "dana, atau pengumuman seleksi dengan kop dan logo yang disalin dari situs resmi. "
      "Sering disertai nomor rekening pribadi atau tautan formulir yang bukan milik "
      "instansi.</li>"
      "<li><strong>Menyamar sebagai pimpinan.</strong> “Ini nomor baru saya, tolong "
      "bantu transfer dulu, nanti diganti.” Foto profil diambil dari media sosial "
      "pimpinan.</li>"
      "<li><strong>Permintaan OTP.</strong> “Maaf, kode verifikasi saya salah kirim ke "
      "nomor Anda, tolong kirim balik.” Begitu dikirim, akun WhatsApp Anda diambil "
      "alih dan dipakai menipu kontak Anda.</li>"
      "<li><strong>Berkas APK berkedok undangan.</strong> Pesan berisi berkas bernama "
      "“Undangan Pernikahan”, “Foto Paket Kurir”, “Surat "
      "Tilang”, atau “Tagihan” yang ternyata aplikasi Android (.apk). "
      "Setelah dipasang, aplikasi itu bisa membaca SMS, termasuk OTP perbankan, lalu "
      "menguras rekening.</li>"
      "<li><strong>Tautan login palsu.</strong> Halaman yang meniru tampilan surel dinas "
      "atau aplikasi kepegawaian, dengan alamat situs yang sedikit berbeda.</li>"
      "</ul>"),
    social_post(
        "whatsapp", "Nomor tidak dikenal", "",
        "Assalamualaikum Bapak/Ibu, mohon maaf mengganggu. Kami mengundang Bapak/Ibu ke "
        "acara pernikahan putra kami. Detail undangan silakan dibuka di sini 🙏\n"
        "[Lampiran] Undangan Pernikahan Digital.apk",
        verdict="bad",
        comment="Nomor tidak dikenal, bahasa sopan untuk menurunkan kewaspadaan, dan "
                "lampirannya berakhiran .apk. Undangan digital asli berupa gambar, PDF, atau "
                "tautan situs, tidak pernah meminta Anda memasang aplikasi. Jangan dibuka; "
                "hapus pesannya dan blokir nomornya.",
    ),
    social_post(
        "whatsapp", "Kepala Dinas (nomor baru)", "",
        "Selamat siang. Ini nomor baru saya, yang lama sedang bermasalah. Saya sedang rapat "
        "di provinsi, tolong bantu dulu transfer Rp4.500.000 untuk keperluan kegiatan ke "
        "rekening panitia di bawah ini, sore nanti saya ganti. Jangan telepon dulu, saya "
        "masih di ruang rapat.",
        verdict="bad",
        comment="Ciri khas penyamaran: nomor baru, memakai wibawa pimpinan, mendesak, "
                "meminta uang ke rekening yang tidak dikenal, dan melarang Anda menelepon "
                "untuk mengecek. Hubungi pimpinan lewat nomor lama yang Anda simpan atau "
                "lewat ajudan/sekretariat sebelum melakukan apa pun.",
    ),
    image("ld-m2-anatomi-phishing.svg",
          alt_text="Contoh pesan penipuan dengan lima tanda bahaya yang diberi label: pengirim "
                   "tidak dikenal, nada mendesak, mengatasnamakan pimpinan atau instansi, "
                   "lampiran berakhiran .apk atau tautan aneh, serta permintaan OTP, kata "
                   "sandi, atau transfer.",
          caption="Anatomi pesan phishing: kenali tanda bahayanya sebelum menekan apa pun."),
    heading("Tanda bahaya dan cara mengeceknya"),
    checklist("Curigai pesan yang …", [
        "Datang dari nomor atau alamat surel yang tidak Anda kenal, walau memakai nama dan "
        "foto orang yang Anda kenal.",
        "Mendesak: harus sekarang, hari ini, atau akun akan diblokir.",
        "Memakai wibawa pimpinan, instansi, bank, atau aparat untuk menekan.",
        "Berisi lampiran .apk atau tautan yang alamatnya tidak sesuai dengan instansi "
        "pengirim.",
        "Meminta OTP, kata sandi, data pribadi, atau transfer uang.",
    ]),
    p("<p>Bila ragu, <strong>verifikasi lewat jalur lain</strong> yang sudah Anda ketahui "
      "benar: telepon nomor lama pimpinan, hubungi sekretariat, atau cek situs resmi "
      "instansi dengan mengetik alamatnya sendiri, bukan menekan tautan dalam pesan. Surat "
      "resmi dapat dicek ke unit pengirimnya, dan banyak instansi kini membubuhkan tanda "
      "tangan elektronik atau kode QR verifikasi pada naskah dinas.</p>"),
    social_post(
        "instagram", "Diskominfo Kabupaten Contoh", "diskominfo.kabcontoh",
        "WASPADA PENIPUAN ATAS NAMA PEMKAB. Beredar surat berlogo Pemerintah Kabupaten Contoh "
        "yang meminta kepala desa mentransfer \"biaya pelatihan\" ke rekening pribadi. Surat "
        "itu PALSU. Pemkab tidak pernah memungut biaya lewat rekening pribadi. Cek keaslian "
        "surat ke Bagian Umum Setda (jam kerja) atau lewat kode QR pada surat elektronik "
        "resmi. #WaspadaPenipuan",
        verdict="good",
        comment="Peringatan yang baik: menyebut modusnya dengan jelas, menegaskan apa yang "
                "tidak pernah dilakukan instansi, dan memberi cara mengecek keaslian lewat "
                "kanal resmi.",
    ),
    callout(
        "tip", "Sudah telanjur menekan atau memasang?",
        "<p>Jangan malu dan jangan menunggu. Putuskan koneksi internet perangkat, hapus "
        "aplikasi yang baru dipasang, segera hubungi bank bila ada aplikasi perbankan di "
        "ponsel itu, dan laporkan ke unit TI instansi. Langkah lengkapnya ada di pelajaran "
        "berikutnya.</p>",
    ),
    takeaways([
        "Rekayasa sosial menyerang rasa percaya, takut, dan ingin menolong, bukan sistemnya.",
        "Waspadai surat berlogo palsu, penyamaran pimpinan, permintaan OTP, dan berkas .apk.",
        "Verifikasi lewat jalur lain yang sudah Anda ketahui benar, bukan lewat pesan itu.",
        "Bantu warga dengan menyebarkan peringatan resmi yang jelas, bukan kabar yang panik.",
    ]),
]

# --- Pelajaran 3: perangkat, Wi-Fi, data pribadi, insiden -------------------------

LESSON_DATA = [
    p("<p>Ponsel dan laptop ASN menyimpan banyak hal: surel dinas, grup koordinasi, foto "
      "dokumen, bahkan data warga yang dilayani. Perangkat yang tidak diperbarui, "
      "tersambung ke Wi-Fi sembarangan, atau hilang tanpa kunci layar bisa membuka semuanya. "
      "Pelajaran ini membahas kebiasaan menjaga perangkat, kewajiban melindungi data pribadi, "
      "dan apa yang harus dilakukan saat insiden terjadi.</p>"),
    heading("Perangkat: perbarui, kunci, pasang dari sumber resmi"),
    p("<ul>"
      "<li><strong>Pasang pembaruan</strong> sistem operasi, peramban, dan aplikasi segera. "
      "Banyak pembaruan menambal celah keamanan yang sudah dieksploitasi penjahat.</li>"
      "<li><strong>Kunci layar</strong> dengan PIN, pola yang tidak mudah ditebak, atau "
      "biometrik, dan aktifkan fitur pelacak perangkat hilang.</li>"
      "<li><strong>Pasang aplikasi hanya dari toko resmi</strong>, dan matikan izin "
      "pemasangan dari sumber tidak dikenal.</li>"
      "<li>Jangan mencolokkan flashdisk temuan atau pemberian yang tidak jelas ke komputer "
      "kantor.</li>"
      "</ul>"),
    heading("Wi-Fi publik"),
    p("<p>Wi-Fi gratis di hotel tempat rapat koordinasi, bandara, atau kafe nyaman tetapi "
      "tidak bisa Anda kendalikan. Pelaku bisa memasang jaringan palsu dengan nama yang "
      "mirip, misalnya “Hotel_Rakor_Free”.</p>"
      "<ul>"
      "<li>Tanyakan nama jaringan resmi ke petugas dan matikan fitur sambung otomatis.</li>"
      "<li>Hindari masuk ke aplikasi kepegawaian, perbankan, atau akun admin media sosial "
      "instansi lewat Wi-Fi publik. Pakai paket data atau tethering dari ponsel sendiri.</li>"
      "<li>Bila instansi menyediakan VPN, aktifkan sebelum membuka sistem internal.</li>"
      "<li>Pastikan alamat situs diawali https dan tidak ada peringatan sertifikat.</li>"
      "</ul>"),
    heading("Melindungi data pribadi: kewajiban, bukan sekadar sopan santun"),
    regulation(
        UU_PDP, "Pasal 1 angka 1",
        "Data Pribadi adalah data tentang orang perseorangan yang teridentifikasi atau dapat "
        "diidentifikasi secara tersendiri atau dikombinasi dengan informasi lainnya baik "
        "secara langsung maupun tidak langsung melalui Sistem Elektronik atau nonelektronik.",
    ),
    p("<p>UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi (UU PDP) berlaku juga bagi "
      "badan publik. Instansi pemerintah yang menentukan tujuan dan mengendalikan pemrosesan "
      "data warga berkedudukan sebagai <strong>Pengendali Data Pribadi</strong>, dan masa "
      "penyesuaian dua tahun sejak undang-undang ini diundangkan pada Oktober 2022 telah "
      "berakhir. Beberapa hal pokok yang perlu diketahui setiap ASN:</p>"
      "<ul>"
      "<li>Pasal 4 membagi data pribadi menjadi <strong>data yang bersifat spesifik</strong> "
      "(antara lain data kesehatan, biometrik, genetika, catatan kejahatan, data anak, dan "
      "data keuangan pribadi) dan <strong>data yang bersifat umum</strong> (antara lain nama "
      "lengkap, jenis kelamin, kewarganegaraan, agama, status perkawinan, serta data yang "
      "dikombinasikan untuk mengidentifikasi seseorang).</li>"
      "<li>Pemilik data (subjek data pribadi) punya hak, antara lain mendapat informasi "
      "tentang tujuan pemrosesan, mengakses, dan memperbaiki datanya.</li>"
      "<li>Bila terjadi kegagalan pelindungan data pribadi, Pasal 46 mewajibkan pengendali "
      "data memberi tahu subjek data dan lembaga penyelenggara pelindungan data pribadi "
      "secara tertulis paling lambat 3 × 24 jam.</li>"
      "<li>UU PDP memuat sanksi administratif dan ketentuan pidana, antara lain bagi orang "
      "yang dengan sengaja dan melawan hukum memperoleh, mengungkapkan, atau menggunakan "
      "data pribadi yang bukan miliknya.</li>"
      "</ul>"),
    do_dont(
        "Data warga dalam pekerjaan sehari-hari",
        [
            "Meminta dan menyimpan data seperlunya untuk layanan yang sedang diurus.",
            "Menyamarkan NIK dan nomor telepon saat data harus ditampilkan.",
            "Menyimpan berkas data warga di sistem resmi dengan akses terbatas.",
            "Menghapus salinan di ponsel setelah berkas dipindahkan ke sistem resmi.",
        ],
        [
            "Memotret KTP atau KK warga dengan ponsel pribadi lalu menyimpannya di galeri.",
            "Mengunggah foto kegiatan yang memperlihatkan daftar hadir lengkap dengan NIK.",
            "Meneruskan data penerima bansos ke grup yang tidak berhak.",
            "Memberikan data warga kepada pihak luar hanya karena dimintai tolong.",
        ],
    ),
    heading("Setelah insiden: bertindak cepat dan melapor"),
    p("<p>Insiden bisa berupa akun yang diambil alih, aplikasi berbahaya yang telanjur "
      "terpasang, laptop yang hilang, atau data yang terkirim ke pihak yang salah. Yang "
      "paling merugikan adalah <strong>diam dan menunggu</strong>. Ikuti urutan ini:</p>"
      "<ol>"
      "<li><strong>Batasi kerusakan:</strong> putuskan koneksi internet perangkat yang "
      "terdampak; jangan menghapus pesan atau berkas yang bisa menjadi bukti.</li>"
      "<li><strong>Amankan akun:</strong> dari perangkat lain yang aman, ganti kata sandi, "
      "keluarkan semua sesi yang aktif, dan aktifkan 2FA.</li>"
      "<li><strong>Laporkan</strong> ke unit TI atau tim tanggap insiden siber (CSIRT) "
      "instansi; di pemerintah daerah biasanya melalui Diskominfo. Secara nasional, "
      "penanganan insiden siber pemerintah dikoordinasikan Badan Siber dan Sandi Negara "
      "(BSSN).</li>"
      "<li><strong>Beri tahu pihak terdampak:</strong> kabari kontak Anda bila akun dipakai "
      "menipu, dan hubungi bank bila ada risiko keuangan.</li>"
      "<li><strong>Catat kronologi:</strong> waktu kejadian, apa yang Anda tekan atau "
      "kirim, dan tangkapan layar pesan terkait.</li>"
      "</ol>"),
    image("ld-m2-alur-insiden.svg",
          alt_text="Alur lima langkah setelah insiden keamanan: batasi kerusakan, amankan "
                   "akun, laporkan ke unit TI atau CSIRT instansi, beri tahu pihak terdampak, "
                   "dan catat kronologi.",
          caption="Lima langkah setelah insiden. Melapor cepat bukan aib; menunda yang "
                  "memperbesar kerugian."),
    assignment(
        "Rencana pengamanan akun dan peringatan untuk rekan",
        "<p>Susun rencana pengamanan digital pribadi Anda dalam tiga bagian:</p>"
        "<ol>"
        "<li><strong>Daftar lima akun terpenting</strong> yang Anda pakai untuk bekerja "
        "(misalnya surel dinas, aplikasi kepegawaian, WhatsApp, akun media sosial instansi "
        "bila Anda admin). Untuk masing-masing, tulis apakah 2FA sudah aktif dan langkah apa "
        "yang akan Anda lakukan minggu ini. <strong>Jangan menuliskan kata sandi, kode OTP, "
        "atau kode cadangan apa pun.</strong></li>"
        "<li><strong>Kontak insiden:</strong> nama unit yang harus Anda hubungi bila terjadi "
        "insiden di instansi Anda (misalnya unit TI, CSIRT, atau Diskominfo) dan kanal "
        "resminya.</li>"
        "<li><strong>Pesan peringatan</strong> singkat (maksimal 100 kata) untuk grup "
        "WhatsApp unit kerja Anda tentang penipuan berkas APK berkedok undangan atau "
        "penyamaran pimpinan: apa modusnya, ciri-cirinya, dan apa yang harus dilakukan.</li>"
        "</ol>"
        "<p>Jawaban yang baik bersifat konkret dan bisa langsung dijalankan, tidak membuka "
        "informasi rahasia, dan pesan peringatannya tenang, jelas, serta tidak menakut-nakuti "
        "berlebihan.</p>",
        allow_link=False,
    ),
    takeaways([
        "Perbarui perangkat, kunci layar, dan pasang aplikasi hanya dari toko resmi.",
        "Hindari membuka sistem penting lewat Wi-Fi publik; pakai data seluler atau VPN "
        "instansi.",
        "UU PDP berlaku bagi instansi pemerintah: kumpulkan data seperlunya dan lindungi.",
        "Saat insiden: batasi kerusakan, amankan akun, lapor ke unit TI/CSIRT, beri tahu "
        "pihak terdampak, dan catat kronologi.",
    ]),
]

# --- Kuis ------------------------------------------------------------------------

QUESTIONS = [
    single(
        "ld-m2-q1",
        "Manakah kata sandi yang paling aman untuk surel dinas?",
        [
            ("P@ssw0rd2024", False,
             "Pola penggantian huruf dengan simbol sudah dikenal mesin penebak, dan kata "
             "dasarnya sangat umum."),
            ("NIP Anda ditambah tanda seru", False,
             "NIP mudah diketahui orang lain dan delapan digit pertamanya adalah tanggal "
             "lahir."),
            ("Frasa panjang dari beberapa kata acak yang hanya dipakai untuk akun itu", True,
             "Tepat. Panjang dan keunikan adalah kunci kekuatan kata sandi."),
            ("Kata sandi yang sama dengan akun media sosial agar mudah diingat", False,
             "Bila satu layanan bocor, pelaku akan mencoba kata sandi yang sama di akun "
             "lain."),
        ],
        explanation="Kata sandi kuat itu panjang, unik per akun, dan tidak memakai data "
                    "pribadi yang mudah dicari. Pengelola kata sandi membantu mengingatnya.",
    ),
    single(
        "ld-m2-q2",
        "Seseorang menelepon, mengaku dari unit TI instansi, dan meminta kode yang baru saja "
        "masuk ke ponsel Anda \"untuk sinkronisasi akun\". Apa yang sebaiknya Anda lakukan?",
        [
            ("Memberikan kodenya karena penelepon tahu nama dan jabatan Anda.", False,
             "Informasi nama dan jabatan mudah didapat dari internet. Itu bukan bukti "
             "penelepon asli."),
            ("Menolak, menutup telepon, lalu menghubungi unit TI lewat kanal resmi yang Anda "
             "ketahui.", True,
             "Benar. Kode OTP tidak pernah perlu dibagikan, dan verifikasi dilakukan lewat "
             "jalur yang sudah pasti benar."),
            ("Memberikan setengah kodenya saja.", False,
             "Sebagian kode pun bisa membantu pelaku, dan niat penelepon sudah jelas "
             "mencurigakan."),
            ("Meminta penelepon mengirim permintaan lewat WhatsApp dulu, lalu mengirim "
             "kodenya di sana.", False,
             "Memindahkan kanal tidak membuat permintaan OTP menjadi sah."),
        ],
        explanation="Tidak ada pihak sah yang meminta OTP. Permintaan OTP adalah tanda "
                    "pasti upaya pembobolan akun.",
    ),
    multiple(
        "ld-m2-q3",
        "Pesan WhatsApp dari nomor tak dikenal berisi berkas \"Undangan Pernikahan.apk\". "
        "Mana tindakan yang tepat? (Pilih semua yang benar.)",
        [
            ("Tidak membuka atau memasang berkas itu.", True,
             "Benar. Berkas .apk adalah aplikasi Android yang bisa membaca SMS dan OTP."),
            ("Menghapus pesan dan memblokir nomornya.", True,
             "Benar. Ini mencegah Anda atau anggota keluarga yang memakai ponsel itu "
             "membukanya tanpa sengaja."),
            ("Meneruskannya ke grup kantor dengan pesan \"ini asli atau bukan ya?\".", False,
             "Meneruskan berkas berbahaya justru membuka peluang orang lain memasangnya. "
             "Kirim peringatan tanpa melampirkan berkasnya."),
            ("Memasangnya di ponsel lama yang jarang dipakai untuk melihat isinya.", False,
             "Ponsel lama pun bisa berisi akun aktif, dan aplikasi itu dapat menyebar ke "
             "kontak Anda."),
        ],
        explanation="Undangan asli tidak meminta Anda memasang aplikasi. Jangan buka, hapus, "
                    "blokir, dan bila perlu beri peringatan tanpa menyertakan berkasnya.",
    ),
    single(
        "ld-m2-q4",
        "Anda menerima pesan dari nomor baru yang memakai foto kepala dinas dan meminta "
        "transfer dana kegiatan secepatnya, disertai permintaan \"jangan telepon dulu\". "
        "Langkah terbaik adalah …",
        [
            ("Mentransfer segera karena perintah pimpinan harus dilaksanakan.", False,
             "Loyal kepada pimpinan tidak berarti menuruti pesan yang belum jelas "
             "pengirimnya."),
            ("Menghubungi kepala dinas melalui nomor lama yang tersimpan atau lewat "
             "sekretariat untuk memastikan.", True,
             "Tepat. Verifikasi lewat jalur lain yang sudah Anda ketahui benar adalah "
             "pertahanan terbaik terhadap penyamaran."),
            ("Membalas dengan menanyakan nomor rekeningnya sekali lagi.", False,
             "Bertanya di kanal yang sama tidak memverifikasi apa pun; pelaku akan menjawab "
             "dengan meyakinkan."),
            ("Mentransfer setengah dulu sebagai jalan tengah.", False,
             "Uang yang terkirim ke penipu sulit kembali, berapa pun jumlahnya."),
        ],
        explanation="Penyamaran pimpinan memanfaatkan rasa hormat dan desakan waktu. Selalu "
                    "verifikasi lewat kanal lain sebelum bertindak.",
    ),
    true_false(
        "ld-m2-q5",
        "Saat rapat koordinasi di hotel, aman membuka aplikasi kepegawaian dan akun admin "
        "media sosial instansi lewat Wi-Fi gratis asalkan jaringannya memakai nama hotel.",
        False,
        "Kurang tepat. Nama jaringan mudah ditiru; pelaku bisa memasang Wi-Fi palsu dengan "
        "nama yang sama atau mirip.",
        "Tepat, pernyataan ini salah. Untuk sistem penting, pakai data seluler, tethering "
        "dari ponsel sendiri, atau VPN instansi.",
        explanation="Wi-Fi publik tidak bisa Anda kendalikan. Hindari membuka sistem sensitif "
                    "lewat jaringan itu.",
    ),
    multiple(
        "ld-m2-q6",
        "Menurut UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi, mana yang termasuk "
        "data pribadi yang bersifat spesifik? (Pilih semua yang benar.)",
        [
            ("Data dan informasi kesehatan, misalnya hasil pemeriksaan di puskesmas.", True,
             "Benar. Data kesehatan termasuk data pribadi spesifik menurut Pasal 4."),
            ("Data biometrik, misalnya sidik jari dan rekaman wajah untuk KTP-el.", True,
             "Benar. Data biometrik termasuk data pribadi spesifik."),
            ("Data anak.", True,
             "Benar. Data anak disebut tersendiri sebagai data pribadi spesifik."),
            ("Jenis kelamin dan kewarganegaraan.", False,
             "Keduanya termasuk data pribadi yang bersifat umum, tetap wajib dilindungi tetapi "
             "bukan kategori spesifik."),
        ],
        explanation="Pasal 4 UU PDP membedakan data spesifik (kesehatan, biometrik, "
                    "genetika, catatan kejahatan, data anak, keuangan pribadi, dan lainnya "
                    "sesuai peraturan) dan data umum.",
    ),
    single(
        "ld-m2-q7",
        "Petugas loket sebuah kantor kecamatan terbiasa memotret KK warga dengan ponsel "
        "pribadi \"supaya cepat\". Apa saran terbaik bagi petugas itu?",
        [
            ("Tetap boleh, asalkan galeri ponselnya dikunci.", False,
             "Kunci galeri tidak mencegah sinkronisasi otomatis ke awan pribadi atau "
             "kebocoran saat ponsel hilang."),
            ("Memproses dokumen lewat sistem resmi layanan, meminta data seperlunya, dan "
             "tidak menyimpan salinan di perangkat pribadi.", True,
             "Tepat. Instansi adalah pengendali data pribadi; data warga harus diproses "
             "seperlunya di sistem yang aman."),
            ("Mengunggah fotonya ke grup kantor agar semua petugas bisa membantu.", False,
             "Ini memperluas akses ke data pribadi tanpa keperluan dan meningkatkan risiko "
             "bocor."),
            ("Meminta warga mengirim foto KK ke nomor WhatsApp pribadi petugas.", False,
             "Kanal pribadi tidak terkendali dan tidak tercatat; data bisa tersimpan di banyak "
             "tempat."),
        ],
        explanation="UU PDP menuntut pemrosesan data pribadi yang terbatas, sah, dan aman. "
                    "Perangkat pribadi bukan tempat menyimpan data warga.",
    ),
    single(
        "ld-m2-q8",
        "Anda telanjur memasang aplikasi dari sebuah pesan, lalu sadar ponsel Anda berisi "
        "surel dinas dan aplikasi bank. Urutan tindakan yang paling tepat adalah …",
        [
            ("Diam saja dan berharap tidak terjadi apa-apa, karena malu bila ketahuan.", False,
             "Menunda memberi pelaku waktu lebih banyak. Melapor cepat bukan aib."),
            ("Memutus koneksi internet ponsel, mengamankan akun dari perangkat lain, "
             "menghubungi bank, dan melapor ke unit TI atau CSIRT instansi.", True,
             "Benar. Batasi kerusakan, amankan akun, beri tahu pihak terkait, dan laporkan "
             "agar tim dapat membantu dan mencegah korban lain."),
            ("Mengatur ulang ponsel ke setelan pabrik, lalu tidak memberi tahu siapa pun.",
             False,
             "Setel ulang mungkin perlu, tetapi tanpa melapor dan mengganti kata sandi, akun "
             "yang sudah bocor tetap bisa disalahgunakan, dan bukti ikut hilang."),
            ("Mengganti kata sandi dari ponsel yang terinfeksi itu juga.", False,
             "Aplikasi berbahaya bisa merekam kata sandi baru. Ganti dari perangkat lain yang "
             "aman."),
        ],
        explanation="Saat insiden: batasi kerusakan, amankan akun dari perangkat aman, lapor "
                    "ke unit TI/CSIRT, beri tahu pihak terdampak, dan catat kronologi.",
    ),
    true_false(
        "ld-m2-q9",
        "Mengaktifkan verifikasi dua langkah (PIN) di WhatsApp membantu mencegah akun diambil "
        "alih walau pelaku berhasil mendapatkan kode SMS Anda.",
        True,
        "Tepat. Tanpa PIN verifikasi dua langkah, kode SMS saja tidak cukup untuk memasang "
        "akun Anda di perangkat lain.",
        "Kurang tepat. Verifikasi dua langkah menambahkan PIN yang diminta saat akun "
        "didaftarkan di perangkat baru, sehingga kode SMS saja tidak cukup.",
        explanation="Autentikasi dua faktor menambah lapisan pengaman di luar kata sandi atau "
                    "kode SMS.",
    ),
]

MODULE = module(
    "Modul 2: Aman Digital",
    "modul-2-aman-digital",
    "Menjaga akun dengan kata sandi kuat dan 2FA, mengenali phishing dan rekayasa sosial, "
    "mengamankan perangkat dan data pribadi sesuai UU PDP, serta bertindak tepat saat "
    "insiden.",
    lessons=[
        lesson("Kata sandi kuat dan autentikasi dua faktor", "m2-kata-sandi-2fa", 11,
               LESSON_AKUN),
        lesson("Mengenali phishing dan rekayasa sosial", "m2-phishing-rekayasa-sosial", 12,
               LESSON_PHISHING),
        lesson("Perangkat, data pribadi, dan langkah setelah insiden",
               "m2-perangkat-data-insiden", 14, LESSON_DATA),
    ],
    quiz_spec=quiz(
        "Kuis Modul 2: Aman Digital", "kuis-modul-2-aman-digital", QUESTIONS,
        intro="<p>Sembilan soal berbentuk kasus tentang kata sandi, 2FA, phishing, data "
              "pribadi, dan penanganan insiden. Nilai lulus 70. Anda boleh mengulang.</p>",
        pass_mark=70,
    ),
)
