"""Modul 2: Mengelola akun resmi dan akun pribadi.

Bahan: saran Menkominfo agar pelaku humas menjalankan dua akun, resmi dan
pribadi, yang sama-sama aktif; aturan netralitas dan disiplin ASN; praktik
keamanan akun (verifikasi dua langkah, kata sandi, akses bersama akun resmi).
Semua kalimat ditulis sendiri.
"""

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

UU_ASN = "UU No. 20 Tahun 2023 tentang Aparatur Sipil Negara"

# --- Pelajaran 1 ------------------------------------------------------------------

LESSON_TWO_ACCOUNTS = [
    p("<p>Hampir setiap ASN punya akun media sosial pribadi, dan banyak unit kerja kini punya "
      "akun resmi: akun puskesmas, akun kecamatan, akun sekolah, akun dinas. Di antara "
      "keduanya sering terjadi kerancuan. Ada admin yang tanpa sengaja mengunggah foto "
      "liburan keluarga ke akun resmi, ada pula pegawai yang mengumumkan kebijakan kantor "
      "lewat akun pribadinya sebelum waktunya. Keduanya bisa membuat warga bingung dan "
      "instansi repot meluruskan.</p>"
      "<p>Pelajaran ini membantu Anda menempatkan setiap unggahan di akun yang tepat, "
      "dengan nada yang tepat.</p>"),
    heading("Saran Menteri: dua akun, keduanya hidup"),
    p("<p>Menteri Komunikasi dan Informatika kala itu, Rudiantara, meminta pejabat humas "
      "di kementerian dan lembaga memiliki dua akun Twitter: satu untuk urusan kantor, satu "
      "untuk pribadi, dan keduanya harus aktif. Alasannya, masyarakat membutuhkan pemerintah "
      "yang mudah dijangkau. Akun resmi memberi kepastian bahwa informasi datang dari "
      "instansi; akun pribadi memberi wajah manusia yang bisa diajak bercakap.</p>"
      "<p>Saran ini relevan bagi setiap ASN, bukan hanya pejabat humas. Kuncinya adalah "
      "<strong>memisahkan peran</strong>: akun resmi berbicara atas nama instansi, akun "
      "pribadi berbicara atas nama Anda sebagai individu yang kebetulan bekerja di "
      "pemerintahan.</p>"),
    image("hnh-m2-dua-akun.svg",
          alt_text="Dua kartu profil berdampingan. Akun resmi instansi: pengumuman "
                   "layanan dan jawaban atas nama instansi. Akun pribadi ASN: membagikan "
                   "ulang informasi resmi dengan santun dan netral. Panah bagikan ulang "
                   "menghubungkan keduanya.",
          caption="Akun resmi menjadi sumber; akun pribadi membantu menyebarkan dengan "
                  "sentuhan personal."),
    heading("Apa yang pantas di mana"),
    p("<p><strong>Akun resmi instansi</strong> cocok untuk:</p>"
      "<ul>"
      "<li>pengumuman layanan: jadwal, syarat, biaya, lokasi, perubahan jam buka;</li>"
      "<li>informasi kebijakan dan program yang sudah diputuskan;</li>"
      "<li>peringatan penting, misalnya cuaca ekstrem, banjir, atau gangguan layanan;</li>"
      "<li>klarifikasi atas kabar keliru tentang instansi;</li>"
      "<li>jawaban atas pertanyaan dan keluhan warga, atas nama instansi.</li>"
      "</ul>"
      "<p><strong>Akun pribadi ASN</strong> cocok untuk:</p>"
      "<ul>"
      "<li>membagikan ulang unggahan akun resmi, dengan pengantar singkat yang ramah;</li>"
      "<li>cerita di balik layar pekerjaan yang tidak memuat data warga atau dokumen "
      "internal, misalnya persiapan posyandu atau pengalaman melayani warga lansia;</li>"
      "<li>kehidupan pribadi Anda, dengan kesadaran bahwa publik tetap melihat Anda sebagai "
      "ASN.</li>"
      "</ul>"
      "<p>Yang <strong>tidak pantas di keduanya</strong>: data pribadi warga, dokumen yang "
      "belum final, rahasia jabatan, ujaran kebencian, dan muatan yang berpihak kepada "
      "peserta pemilu.</p>"),
    social_post(
        "instagram", "Kecamatan Sukamaju", "kec.sukamaju",
        "Layanan perekaman KTP-el di Kantor Kecamatan Sukamaju dibuka juga pada Sabtu, 14 "
        "dan 21 Juni 2025, pukul 08.00–12.00. Khusus bagi warga yang baru berusia 17 tahun "
        "dan yang belum pernah merekam. Bawa fotokopi Kartu Keluarga. Pertanyaan: kirim "
        "pesan langsung ke akun ini atau telepon 0800-000-000 (bebas pulsa) pada jam kerja.",
        verdict="good",
        comment="Akun resmi bekerja sebagaimana mestinya: informasi layanan lengkap, "
                "sasarannya jelas, dan ada kanal untuk bertanya."),
    social_post(
        "instagram", "Dewi Anggraini", "dewi.anggraini",
        "Teman-teman yang adik atau anaknya baru 17 tahun, Sabtu ini kecamatan kami buka "
        "layanan rekam KTP-el sampai pukul 12.00. Info lengkap di @kec.sukamaju ya. Saya "
        "ikut bertugas, sampai ketemu di sana!",
        verdict="good",
        comment="Akun pribadi yang membantu: nada akrab, informasi inti benar, dan pembaca "
                "diarahkan ke akun resmi untuk rincian. Sentuhan personal membuat pesan "
                "terasa dekat. (Nama dan akun dalam contoh ini rekaan.)"),
    social_post(
        "facebook", "Hendra Saputra", "",
        "Kabar dari rapat tadi: retribusi parkir di pasar kota NAIK jadi dua kali lipat "
        "mulai bulan depan. Siap-siap ya, warga!",
        verdict="bad",
        comment="Rencana yang belum diputuskan diumumkan lewat akun pribadi, dengan nada "
                "memancing keresahan. Bila keputusan akhirnya berbeda, warga dirugikan dan "
                "instansi harus meluruskan. Tunggu pengumuman resmi, lalu bagikan tautannya."),
    do_dont(
        "Memisahkan akun resmi dan akun pribadi",
        [
            "Masuk ke akun resmi lewat perangkat atau profil peramban kantor yang terpisah "
            "dari akun pribadi.",
            "Memeriksa sekali lagi akun mana yang sedang aktif sebelum menekan tombol "
            "unggah.",
            "Membagikan ulang unggahan resmi, bukan menulis versi sendiri yang bisa "
            "berbeda.",
            "Menulis di profil pribadi tempat kerja Anda secara wajar, bila Anda mau.",
        ],
        [
            "Memakai akun resmi untuk mengucapkan selamat ulang tahun kepada kerabat atau "
            "mempromosikan usaha pribadi.",
            "Menjawab keluhan warga atas nama instansi dari akun pribadi.",
            "Membuat akun \"resmi\" sendiri untuk unit Anda tanpa persetujuan "
            "pimpinan.",
            "Memakai logo instansi sebagai foto profil akun pribadi.",
        ],
    ),
    takeaways([
        "Jalankan dua akun yang sama-sama aktif, dengan peran berbeda: resmi untuk "
        "instansi, pribadi untuk Anda.",
        "Akun resmi adalah sumber informasi; akun pribadi membantu menyebarkannya dengan "
        "sentuhan personal.",
        "Jangan mengumumkan rencana yang belum resmi dari akun mana pun.",
        "Data pribadi warga, dokumen internal, dan muatan politik tidak pantas di kedua "
        "akun.",
    ]),
]

# --- Pelajaran 2 ------------------------------------------------------------------

LESSON_TONE_NEUTRALITY = [
    p("<p>Akun pribadi memang milik Anda, tetapi warganet tahu di mana Anda bekerja. "
      "Komentar sinis kepada warga yang mengeluh, atau satu tanda suka pada unggahan "
      "kampanye, dapat dibaca sebagai sikap seorang aparatur, bahkan sebagai sikap "
      "instansi. Tangkapan layar bertahan jauh lebih lama daripada unggahan yang sudah "
      "dihapus.</p>"
      "<p>Pelajaran ini membahas tiga hal yang menentukan apakah akun pribadi Anda "
      "menguatkan atau justru melemahkan kepercayaan kepada instansi: nada, netralitas, "
      "dan disiplin.</p>"),
    heading("Nada: ramah, jelas, tidak birokratis"),
    p("<p>Nada yang baik untuk ASN di media sosial adalah nada seorang petugas layanan "
      "yang sabar: sopan, hangat, dan mudah dipahami. Beberapa pegangan:</p>"
      "<ul>"
      "<li><strong>Pakai bahasa warga.</strong> Tulis &quot;syarat yang perlu dibawa&quot;, "
      "bukan &quot;kelengkapan persyaratan administratif&quot;.</li>"
      "<li><strong>Hindari sarkasme.</strong> Candaan yang lucu di antara teman bisa "
      "terbaca merendahkan oleh orang yang sedang kesal.</li>"
      "<li><strong>Jangan membalas emosi dengan emosi.</strong> Bila ada yang marah, "
      "akui keluhannya, lalu arahkan ke kanal resmi.</li>"
      "<li><strong>Hati-hati dengan huruf kapital dan tanda seru berlebihan.</strong> "
      "Keduanya terbaca seperti berteriak.</li>"
      "</ul>"),
    social_post(
        "x", "Andi Prasetyo", "andi_prasetyo",
        "Makanya baca pengumuman dulu, Bu, jangan asal datang terus marah-marah. Syaratnya "
        "kan sudah jelas di Instagram. 🙄",
        verdict="bad",
        comment="Membalas keluhan warga dengan menyalahkan dan menyindir. Walau ditulis "
                "dari akun pribadi, warga akan mengingatnya sebagai sikap petugas "
                "instansi. (Nama dalam contoh ini rekaan.)"),
    social_post(
        "x", "Andi Prasetyo", "andi_prasetyo",
        "Mohon maaf Ibu sampai harus bolak-balik. Syarat lengkapnya ada di unggahan "
        "@disdukcapil.kotacontoh yang disematkan. Bila masih ada kendala, Ibu bisa kirim "
        "pesan langsung ke akun itu agar petugas bisa membantu mengecek berkasnya.",
        verdict="good",
        comment="Mengakui kesulitan warga, menunjuk informasi resmi, dan mengarahkan ke "
                "kanal yang bisa menindaklanjuti, tanpa membuka data pribadi di kolom "
                "balasan."),
    heading("Netralitas: berlaku juga di media sosial"),
    regulation(UU_ASN, "Pasal 9 ayat (2)",
               "Pegawai ASN harus bebas dari pengaruh dan intervensi semua golongan dan "
               "partai politik."),
    p("<p>Netralitas bukan hanya soal tidak ikut kampanye di lapangan. PP No. 94 Tahun "
      "2021 tentang Disiplin PNS, Pasal 5 huruf n, melarang PNS memberikan dukungan kepada "
      "calon presiden dan wakil presiden, calon kepala daerah dan wakilnya, serta calon "
      "anggota DPR, DPD, dan DPRD dalam berbagai bentuk, antara lain ikut kampanye, "
      "memakai atribut partai atau atribut PNS dalam kampanye, dan mengadakan kegiatan yang "
      "mengarah pada keberpihakan kepada peserta pemilu.</p>"
      "<p>Untuk media sosial, pedoman bersama tentang pembinaan dan pengawasan netralitas "
      "ASN yang diterbitkan tahun 2022 oleh KemenPAN-RB, Kemendagri, BKN, KASN, dan "
      "Bawaslu menyebut contoh yang jelas: membuat unggahan, berkomentar, membagikan, "
      "menyukai, atau bergabung dan mengikuti grup maupun akun pemenangan bakal calon, "
      "serta mengunggah foto bersama bakal calon dengan simbol keberpihakan, termasuk "
      "pelanggaran netralitas. Satu ketukan tanda suka pun bisa dipersoalkan.</p>"),
    callout("warning", "Keterangan di bio tidak melindungi Anda",
            "<p>Tulisan &quot;opini pribadi, tidak mewakili instansi&quot; di profil "
            "tidak membebaskan ASN dari kewajiban netralitas, disiplin, dan hukum. "
            "Keterangan itu hanya menjelaskan bahwa Anda bukan juru bicara resmi; "
            "tanggung jawab atas isi unggahan tetap ada pada Anda.</p>"),
    heading("Disiplin: akun pribadi tetap akun seorang ASN"),
    p("<p>UU No. 20 Tahun 2023 tentang ASN menetapkan nilai dasar ASN yang dikenal dengan "
      "akronim BerAKHLAK: berorientasi pelayanan, akuntabel, kompeten, harmonis, loyal, "
      "adaptif, dan kolaboratif. Nilai-nilai itu dijabarkan dalam kode etik dan kode "
      "perilaku ASN. Dua di antaranya langsung terasa di media sosial: <em>loyal</em>, yang "
      "antara lain berarti menjaga nama baik sesama ASN, instansi, dan negara; dan "
      "<em>harmonis</em>, yang berarti menghargai setiap orang apa pun latar "
      "belakangnya.</p>"
      "<p>Dalam praktik, artinya:</p>"
      "<ul>"
      "<li>jangan membocorkan rahasia jabatan, surat yang belum ditandatangani, atau "
      "percakapan internal;</li>"
      "<li>jangan mengunggah data pribadi warga, termasuk foto berkas, KTP, atau daftar "
      "penerima bantuan;</li>"
      "<li>jangan menyebarkan ujaran kebencian atau merendahkan kelompok tertentu;</li>"
      "<li>sampaikan kritik terhadap kebijakan melalui jalur internal yang tersedia, bukan "
      "dengan menyindir pimpinan atau rekan di media sosial.</li>"
      "</ul>"),
    checklist("Sebelum mengunggah dari akun pribadi", [
        "Apakah saya nyaman bila unggahan ini dibaca pimpinan, warga, dan wartawan?",
        "Apakah ada data pribadi, dokumen internal, atau rahasia jabatan di dalamnya, "
        "termasuk di latar foto?",
        "Apakah unggahan ini bisa dibaca sebagai dukungan kepada peserta pemilu?",
        "Apakah nadanya tetap santun bila dibaca oleh orang yang sedang kesal?",
        "Bila menyangkut instansi, apakah sumbernya resmi dan sudah final?",
    ]),
    takeaways([
        "Nada ASN di media sosial: sopan, hangat, jelas, tanpa sarkasme.",
        "Pasal 9 ayat (2) UU 20/2023: ASN bebas dari pengaruh dan intervensi golongan dan "
        "partai politik, termasuk di media sosial.",
        "Menyukai, mengomentari, membagikan, atau mengikuti akun pemenangan calon dapat "
        "menjadi pelanggaran netralitas.",
        "Keterangan \"opini pribadi\" di bio tidak menghapus tanggung jawab Anda.",
    ]),
]

# --- Pelajaran 3 ------------------------------------------------------------------

LESSON_SECURITY = [
    p("<p>Akun resmi instansi yang dibajak bisa dipakai untuk menyebarkan tautan penipuan, "
      "pengumuman palsu tentang bansos, atau konten yang mempermalukan instansi, dan warga "
      "akan mempercayainya karena datang dari akun yang mereka kenal. Akun pribadi ASN "
      "yang dibajak juga berbahaya: pembajak bisa meminta uang kepada rekan kerja atau "
      "berpura-pura menjadi Anda untuk meminta data.</p>"
      "<p>Kebanyakan pembajakan tidak memakai teknik canggih. Pembajak memanfaatkan kata "
      "sandi yang lemah, kata sandi yang dipakai ulang, atau kode OTP yang diserahkan "
      "korbannya sendiri. Kabar baiknya, semua itu bisa dicegah.</p>"),
    heading("Lapisan 1: kata sandi yang kuat dan tidak dipakai ulang"),
    p("<ul>"
      "<li><strong>Panjang lebih penting daripada rumit.</strong> Frasa sandi dari empat "
      "atau lima kata acak (misalnya gabungan kata yang tidak berhubungan) lebih kuat dan "
      "lebih mudah diingat daripada &quot;Dinas@2024&quot;.</li>"
      "<li><strong>Satu akun, satu kata sandi.</strong> Bila satu situs bocor, pembajak "
      "akan mencoba kata sandi yang sama di akun-akun Anda yang lain.</li>"
      "<li><strong>Gunakan pengelola kata sandi</strong> (password manager) agar Anda tidak "
      "perlu menghafal semuanya. Untuk akun resmi, gunakan brankas bersama milik tim, bukan "
      "catatan di ponsel pribadi atau kertas yang ditempel di monitor.</li>"
      "<li>Hindari nama instansi, tanggal lahir, nomor induk pegawai, atau nama anak "
      "sebagai kata sandi.</li>"
      "</ul>"),
    heading("Lapisan 2: verifikasi dua langkah"),
    p("<p>Verifikasi dua langkah (2FA) meminta bukti kedua selain kata sandi. Walaupun "
      "kata sandi Anda bocor, pembajak tetap tidak bisa masuk tanpa bukti kedua itu. "
      "Urutan pilihannya, dari yang paling aman:</p>"
      "<ol>"
      "<li>kunci keamanan fisik atau <em>passkey</em>;</li>"
      "<li>aplikasi autentikator yang menghasilkan kode di perangkat Anda;</li>"
      "<li>kode lewat SMS, yang masih jauh lebih baik daripada tanpa 2FA, tetapi rawan "
      "bila kartu SIM diambil alih.</li>"
      "</ol>"
      "<p>Simpan kode cadangan (backup codes) di tempat aman, misalnya di brankas "
      "pengelola kata sandi tim, agar akun tetap bisa dipulihkan bila ponsel hilang.</p>"),
    callout("warning", "Jangan pernah membagikan kode OTP",
            "<p>Kode OTP atau kode verifikasi hanya untuk Anda. Platform, bank, dan tim TI "
            "instansi tidak akan pernah memintanya. Pesan yang meminta kode, walaupun "
            "tampak datang dari atasan atau rekan, hampir pasti upaya pembajakan. "
            "Waspadai juga tautan atau berkas APK yang dikirim lewat WhatsApp dengan dalih "
            "undangan, tagihan, atau surat tilang.</p>"),
    social_post(
        "instagram", "Meta Support Center", "meta.support.center0",
        "PERINGATAN: Akun Anda dilaporkan melanggar hak cipta dan akan dinonaktifkan dalam "
        "24 jam. Ajukan banding sekarang melalui tautan berikut dan masukkan kata sandi "
        "serta kode verifikasi Anda untuk konfirmasi kepemilikan akun.",
        verdict="bad",
        comment="Pola penipuan klasik yang sering menyasar akun instansi: nama mirip resmi, "
                "ancaman batas waktu, dan permintaan kata sandi serta kode verifikasi. "
                "Platform tidak pernah meminta keduanya lewat pesan langsung. Jangan klik; "
                "laporkan dan hapus pesannya."),
    heading("Lapisan 3: kebijakan akses bersama untuk akun resmi"),
    p("<p>Akun resmi biasanya dikelola beberapa orang, dan di sinilah banyak masalah "
      "bermula: kata sandi dibagikan lewat grup WhatsApp, nomor pemulihan masih memakai "
      "ponsel pribadi pegawai yang sudah pindah tugas, atau tidak ada yang tahu siapa saja "
      "yang masih bisa masuk. Akun resmi adalah aset instansi, bukan milik perorangan. "
      "Tuangkan pengelolaannya dalam kebijakan akses tertulis yang disetujui pimpinan.</p>"),
    image("hnh-m2-akses-bersama.svg",
          alt_text="Siklus empat langkah akses akun resmi: catat pemilik dan pengelola; "
                   "beri akses sesuai peran dengan 2FA; tinjau akses secara berkala; cabut "
                   "akses dan ganti kata sandi saat pegawai pindah tugas.",
          caption="Siklus akses akun resmi: setiap orang yang masuk tercatat, dan setiap "
                  "orang yang pergi dicabut aksesnya."),
    p("<p>Kebijakan akses bersama yang baik menjawab pertanyaan berikut:</p>"
      "<ul>"
      "<li><strong>Siapa pemiliknya?</strong> Akun didaftarkan dengan surel resmi "
      "instansi, dan nomor pemulihannya nomor dinas, bukan nomor pribadi pegawai.</li>"
      "<li><strong>Siapa memegang kredensial?</strong> Ada daftar pengelola yang "
      "diperbarui, dengan satu penanggung jawab (misalnya kepala subbagian yang membidangi "
      "humas) dan paling sedikit satu cadangan.</li>"
      "<li><strong>Bagaimana kata sandi disimpan?</strong> Di pengelola kata sandi tim, "
      "tidak pernah dikirim lewat obrolan atau surel biasa.</li>"
      "<li><strong>Peran apa yang diberikan?</strong> Bila platform menyediakan fitur "
      "peran (misalnya pengelola halaman atau akun bisnis), beri setiap orang akses lewat "
      "akunnya sendiri sesuai kebutuhan, alih-alih berbagi satu kata sandi.</li>"
      "<li><strong>Kapan akses dicabut?</strong> Pada hari yang sama ketika pengelola "
      "pindah tugas, pensiun, atau berhenti: hapus aksesnya, ganti kata sandi, dan "
      "periksa perangkat yang masih masuk.</li>"
      "<li><strong>Apa yang dilakukan bila terjadi insiden?</strong> Siapa yang dihubungi, "
      "bagaimana memulihkan akun, dan bagaimana mengabari warga lewat kanal lain.</li>"
      "</ul>"),
    callout("tip", "Bila akun sudah telanjur dibajak",
            "<p>Segera ganti kata sandi dan keluarkan semua sesi bila masih bisa masuk; "
            "gunakan jalur pemulihan resmi platform bila tidak. Laporkan kepada pimpinan "
            "dan tim keamanan informasi atau Diskominfo, lalu umumkan lewat kanal resmi lain "
            "(situs web, akun lain) bahwa akun sedang diambil alih agar warga tidak tertipu. "
            "Setelah pulih, periksa dan hapus unggahan palsu serta tinjau ulang daftar "
            "pengelola.</p>"),
    checklist("Pemeriksaan keamanan akun (lakukan hari ini)", [
        "Verifikasi dua langkah aktif di akun pribadi dan akun resmi yang saya kelola.",
        "Kata sandi setiap akun berbeda dan tersimpan di pengelola kata sandi.",
        "Kode cadangan 2FA tersimpan di tempat aman.",
        "Surel dan nomor pemulihan akun resmi milik instansi, bukan milik pribadi.",
        "Daftar pengelola akun resmi sudah diperbarui dan tidak ada mantan pegawai di "
        "dalamnya.",
        "Saya sudah memeriksa daftar perangkat yang masuk ke akun saya.",
    ]),
    assignment(
        "Susun kebijakan akses bersama akun resmi unit Anda",
        "<p>Tulis draf kebijakan akses bersama (paling banyak satu halaman) untuk satu akun "
        "media sosial resmi di unit kerja Anda. Bila unit Anda belum punya akun resmi, "
        "gunakan akun resmi instansi yang paling sering Anda bagikan sebagai contoh.</p>"
        "<p>Draf yang baik menjawab:</p>"
        "<ol>"
        "<li>Surel dan nomor pemulihan apa yang dipakai, dan apakah keduanya milik "
        "instansi.</li>"
        "<li>Siapa penanggung jawab, siapa pengelola cadangan, dan peran masing-masing.</li>"
        "<li>Bagaimana kata sandi disimpan dan dibagikan (tanpa menuliskan kata sandi yang "
        "sebenarnya!).</li>"
        "<li>Jenis verifikasi dua langkah yang dipakai dan di mana kode cadangan "
        "disimpan.</li>"
        "<li>Langkah pencabutan akses ketika pengelola pindah tugas, dan siapa yang "
        "melakukannya.</li>"
        "<li>Langkah pertama bila akun dibajak, termasuk cara mengabari warga.</li>"
        "</ol>"
        "<p>Jangan cantumkan kata sandi, kode, atau nomor pribadi siapa pun dalam jawaban "
        "Anda.</p>",
        allow_link=False,
    ),
    takeaways([
        "Kata sandi panjang, unik untuk setiap akun, dan disimpan di pengelola kata sandi.",
        "Aktifkan verifikasi dua langkah; aplikasi autentikator atau kunci keamanan lebih "
        "kuat daripada SMS.",
        "Kode OTP tidak pernah dibagikan kepada siapa pun, termasuk yang mengaku atasan "
        "atau platform.",
        "Akun resmi adalah aset instansi: surel dan nomor pemulihan milik instansi, "
        "pengelola tercatat, dan akses dicabut saat pegawai pindah tugas.",
    ]),
]

# --- Kuis -------------------------------------------------------------------------

QUESTIONS = [
    single(
        "hnh-m2-q1",
        "Menkominfo menyarankan pelaku humas memiliki dua akun, resmi dan pribadi, yang "
        "keduanya aktif. Pengaturan mana yang paling sesuai dengan semangat saran itu?",
        [
            ("Akun resmi untuk informasi atas nama instansi; akun pribadi tetap aktif untuk "
             "membagikan ulang informasi resmi dan berinteraksi secara personal.", True,
             "Tepat. Keduanya hidup dengan peran yang berbeda: sumber resmi dan wajah "
             "manusia yang mudah dijangkau."),
            ("Akun pribadi dinonaktifkan agar tidak ada risiko, dan semua komunikasi lewat "
             "akun resmi.", False,
             "Kurang tepat. Saran itu justru meminta kedua akun aktif; akun pribadi membantu "
             "pemerintah lebih mudah dijangkau."),
            ("Kedua akun memakai nama dan logo instansi agar terlihat kompak.", False,
             "Keliru. Ini mengaburkan batas antara suara instansi dan suara pribadi, "
             "sehingga warga bingung mana yang resmi."),
            ("Akun pribadi dipakai untuk mengumumkan kebijakan lebih cepat daripada akun "
             "resmi.", False,
             "Keliru. Pengumuman kebijakan adalah peran akun resmi; akun pribadi membantu "
             "menyebarkannya setelah resmi."),
        ],
        explanation="Dua akun, dua peran: akun resmi berbicara atas nama instansi, akun "
                    "pribadi membantu menyebarkan dan berinteraksi secara personal.",
    ),
    multiple(
        "hnh-m2-q2",
        "Mana saja unggahan berikut yang tepat diterbitkan di akun resmi sebuah puskesmas?",
        [
            ("Jadwal imunisasi bulan ini beserta lokasi posyandu.", True,
             "Benar. Informasi layanan adalah isi utama akun resmi."),
            ("Klarifikasi atas kabar keliru bahwa puskesmas tutup selama libur "
             "Lebaran.", True,
             "Benar. Meluruskan kabar keliru tentang instansi adalah tugas akun resmi."),
            ("Ucapan selamat ulang tahun untuk anak kepala puskesmas.", False,
             "Salah. Urusan keluarga pegawai tempatnya di akun pribadi, bukan di akun "
             "resmi instansi."),
            ("Foto daftar pasien yang hari ini datang berobat, sebagai bukti puskesmas "
             "ramai.", False,
             "Salah. Daftar pasien memuat data pribadi, bahkan data kesehatan, yang wajib "
             "dilindungi. Tidak boleh diunggah di akun mana pun."),
        ],
        explanation="Akun resmi untuk informasi layanan dan klarifikasi atas nama instansi; "
                    "bukan untuk urusan pribadi, dan tidak pernah untuk data pribadi warga.",
    ),
    single(
        "hnh-m2-q3",
        "Dalam rapat, Anda mendengar bahwa jam layanan perizinan akan diubah mulai bulan "
        "depan, tetapi keputusannya belum ditandatangani. Seorang teman bertanya di kolom "
        "komentar akun pribadi Anda apakah kabar itu benar. Jawaban mana yang paling tepat?",
        [
            ("\"Benar, mulai bulan depan jamnya berubah. Saya dengar langsung di rapat.\"", False,
             "Kurang tepat. Keputusannya belum final; bila berubah, Anda ikut menyebarkan "
             "informasi keliru."),
            ("\"Belum ada pengumuman resminya. Pantau akun resmi dinas, nanti informasi "
             "pastinya diumumkan di sana.\"", True,
             "Tepat. Jujur, tidak mendahului keputusan, dan mengarahkan ke sumber resmi."),
            ("\"Itu hoaks, jangan dipercaya.\"", False,
             "Keliru. Rencana itu memang sedang dibahas. Menyebutnya hoaks adalah "
             "informasi yang tidak benar."),
            ("Mengirim foto draf keputusan lewat pesan langsung kepada teman itu.", False,
             "Keliru. Draf adalah dokumen internal yang belum final; membagikannya "
             "melanggar disiplin dan bisa menyesatkan."),
        ],
        explanation="Jangan mendahului keputusan instansi. Arahkan ke sumber resmi dan "
                    "tunggu pengumuman final.",
    ),
    true_false(
        "hnh-m2-q4",
        "Seorang ASN yang menulis \"opini pribadi, tidak mewakili instansi\" di bio akunnya "
        "bebas menyukai dan membagikan unggahan kampanye calon kepala daerah.",
        False,
        feedback_true="Kurang tepat. Keterangan di bio tidak membebaskan ASN dari kewajiban "
                      "netralitas. Menyukai atau membagikan konten kampanye tetap dapat "
                      "dinilai sebagai pelanggaran.",
        feedback_false="Tepat. Kewajiban netralitas melekat pada status ASN, bukan pada isi "
                       "bio. Keterangan itu tidak menghapus tanggung jawab atas aktivitas "
                       "akun.",
        explanation="Pedoman netralitas ASN (2022) menyebut membuat unggahan, berkomentar, "
                    "membagikan, dan menyukai konten pemenangan bakal calon sebagai "
                    "pelanggaran.",
    ),
    multiple(
        "hnh-m2-q5",
        "Menjelang pilkada, mana saja aktivitas di akun pribadi seorang ASN yang berisiko "
        "melanggar netralitas?",
        [
            ("Menyukai unggahan kampanye salah satu pasangan calon.", True,
             "Benar. Tanda suka pada konten pemenangan termasuk contoh pelanggaran dalam "
             "pedoman netralitas ASN."),
            ("Membagikan video kampanye calon ke grup WhatsApp keluarga.", True,
             "Benar. Membagikan konten kampanye tetap merupakan bentuk dukungan, di grup "
             "tertutup sekalipun."),
            ("Mengunggah foto bersama bakal calon sambil memperagakan simbol "
             "keberpihakannya.", True,
             "Benar. Foto dengan simbol keberpihakan disebut secara khusus dalam pedoman "
             "netralitas ASN."),
            ("Membagikan unggahan resmi KPU tentang cara mengecek lokasi TPS.", False,
             "Tidak termasuk. Informasi resmi penyelenggara pemilu yang netral justru "
             "membantu warga menggunakan hak pilihnya."),
        ],
        explanation="Netralitas berlaku di media sosial: unggahan, komentar, tanda suka, "
                    "bagikan ulang, dan foto yang menunjukkan keberpihakan.",
    ),
    single(
        "hnh-m2-q6",
        "Seorang warga menandai akun pribadi Anda dan menulis dengan marah bahwa ia sudah "
        "tiga kali datang ke kantor Anda, tetapi berkasnya selalu dinyatakan kurang. "
        "Tanggapan mana yang paling tepat?",
        [
            ("Mengabaikannya karena ini akun pribadi.", False,
             "Kurang tepat. Warga tahu Anda pegawai di sana; diam membuat kekesalannya "
             "makin besar dan bisa menyebar."),
            ("Membalas bahwa kesalahan ada pada warga yang tidak membaca pengumuman.", False,
             "Tidak tepat. Menyalahkan warga di depan umum memperburuk citra instansi dan "
             "tidak menyelesaikan masalah."),
            ("Meminta maaf atas kerepotannya, menunjukkan informasi syarat resmi, dan "
             "mengarahkannya ke kanal resmi agar berkasnya bisa dicek petugas.", True,
             "Tepat. Santun, mengakui kesulitan warga, dan membawa masalahnya ke kanal "
             "yang bisa menindaklanjuti."),
            ("Meminta warga mengunggah foto KTP dan berkasnya di kolom komentar agar bisa "
             "Anda periksa.", False,
             "Tidak tepat. Cara ini membuka data pribadi warga di ruang publik."),
        ],
        explanation="Nada ASN: akui, arahkan, tindak lanjuti, tanpa menyalahkan dan tanpa "
                    "membuka data pribadi di ruang publik.",
    ),
    single(
        "hnh-m2-q7",
        "Anda menerima pesan WhatsApp dari nomor tak dikenal dengan foto profil atasan "
        "Anda: \"Tolong kirim kode 6 angka yang barusan masuk ke HP kamu, saya sedang "
        "memindahkan akun Instagram dinas.\" Apa yang sebaiknya Anda lakukan?",
        [
            ("Mengirim kodenya karena pesan datang dari atasan.", False,
             "Berbahaya. Kode itu memberi pembajak akses ke akun. Foto profil mudah "
             "dipalsukan."),
            ("Tidak mengirim kode, lalu memastikan langsung kepada atasan lewat telepon ke "
             "nomor yang sudah Anda kenal, dan melaporkan upaya ini kepada pengelola "
             "akun.", True,
             "Tepat. Kode OTP tidak pernah dibagikan, dan verifikasi dilakukan lewat "
             "saluran lain yang Anda percaya."),
            ("Mengirim kode, lalu segera mengganti kata sandi setelahnya.", False,
             "Tidak tepat. Begitu kode dikirim, pembajak bisa masuk lebih dulu dan "
             "mengunci Anda dari akun."),
            ("Membalas dan meminta pengirim membuktikan identitasnya di chat itu.", False,
             "Kurang tepat. Pembajak bisa mengarang bukti. Konfirmasi harus lewat saluran "
             "terpisah yang Anda kenal."),
        ],
        explanation="Kode OTP hanya untuk Anda. Permintaan kode, dari siapa pun, adalah "
                    "tanda bahaya; konfirmasi lewat saluran lain.",
    ),
    multiple(
        "hnh-m2-q8",
        "Mana saja yang sebaiknya tercantum dalam kebijakan akses bersama akun media sosial "
        "resmi instansi?",
        [
            ("Akun didaftarkan dengan surel resmi instansi dan nomor pemulihan dinas.", True,
             "Benar. Dengan begitu akun tetap milik instansi walaupun pengelolanya "
             "berganti."),
            ("Daftar pengelola yang diperbarui, dengan penanggung jawab dan cadangan.", True,
             "Benar. Instansi selalu tahu siapa saja yang bisa masuk ke akun."),
            ("Pencabutan akses dan penggantian kata sandi saat pengelola pindah tugas.", True,
             "Benar. Mantan pengelola yang masih bisa masuk adalah celah keamanan."),
            ("Kata sandi dikirim ke grup WhatsApp tim agar semua mudah menemukannya.", False,
             "Salah. Riwayat obrolan mudah bocor dan tidak bisa dikendalikan. Gunakan "
             "pengelola kata sandi tim atau fitur peran dari platform."),
        ],
        explanation="Akun resmi adalah aset instansi: pemiliknya jelas, pengelolanya "
                    "tercatat, kata sandinya tersimpan aman, dan aksesnya dicabut tepat "
                    "waktu.",
    ),
    true_false(
        "hnh-m2-q9",
        "Verifikasi dua langkah dengan aplikasi autentikator umumnya lebih aman daripada "
        "verifikasi dengan kode lewat SMS.",
        True,
        feedback_true="Tepat. Kode dari aplikasi autentikator dibuat di perangkat Anda, "
                      "sedangkan SMS rawan bila kartu SIM diambil alih. Namun, 2FA lewat SMS "
                      "tetap jauh lebih baik daripada tanpa 2FA.",
        feedback_false="Kurang tepat. SMS bisa disadap lewat pengambilalihan kartu SIM; "
                       "aplikasi autentikator membuat kode di perangkat Anda sendiri "
                       "sehingga lebih sulit dicuri.",
        explanation="Urutan kekuatan 2FA: kunci keamanan atau passkey, aplikasi "
                    "autentikator, lalu SMS. Yang paling berisiko adalah tanpa 2FA sama "
                    "sekali.",
    ),
    single(
        "hnh-m2-q10",
        "Sari, salah satu dari tiga pengelola akun Instagram resmi dinas, dimutasi ke "
        "instansi lain mulai Senin. Apa yang paling tepat dilakukan penanggung jawab akun?",
        [
            ("Membiarkan Sari tetap punya akses karena ia orang yang bisa dipercaya.", False,
             "Tidak tepat. Ini bukan soal kepercayaan pribadi. Akses yang tidak lagi "
             "diperlukan adalah celah keamanan, misalnya bila perangkat Sari hilang."),
            ("Pada hari kepindahannya, mencabut akses Sari, mengganti kata sandi, memeriksa "
             "perangkat yang masih masuk, dan memperbarui daftar pengelola.", True,
             "Tepat. Akses dicabut tepat waktu dan semua jejak akses lama ditutup."),
            ("Meminta Sari berjanji tidak masuk lagi ke akun tersebut.", False,
             "Kurang tepat. Janji tidak menutup celah teknis; akses tetap harus dicabut."),
            ("Menunggu sampai ada masalah, baru mengganti kata sandi.", False,
             "Tidak tepat. Keamanan akun dijaga sebelum insiden terjadi, bukan "
             "sesudahnya."),
        ],
        explanation="Pencabutan akses saat pegawai pindah tugas adalah bagian wajib dari "
                    "kebijakan akses bersama.",
    ),
]

MODULE = module(
    "Modul 2: Akun Resmi dan Akun Pribadi",
    "modul-2-akun-resmi-pribadi",
    "Menjalankan akun resmi instansi dan akun pribadi yang sama-sama aktif: apa yang "
    "pantas di mana, nada yang tepat, netralitas dan disiplin ASN di akun pribadi, serta "
    "keamanan akun dan kebijakan akses bersama.",
    lessons=[
        lesson("Dua Akun, Dua Peran: Akun Resmi dan Akun Pribadi",
               "m2-dua-akun-dua-peran", 15, LESSON_TWO_ACCOUNTS),
        lesson("Nada, Netralitas, dan Disiplin di Akun Pribadi",
               "m2-nada-netralitas-disiplin", 20, LESSON_TONE_NEUTRALITY),
        lesson("Mengamankan Akun: Kata Sandi, Verifikasi Dua Langkah, dan Akses Bersama",
               "m2-keamanan-akun", 20, LESSON_SECURITY),
    ],
    quiz_spec=quiz(
        "Kuis Modul 2: Akun Resmi dan Akun Pribadi",
        "m2-kuis-akun-resmi-pribadi",
        QUESTIONS,
        intro="<p>Sepuluh soal tentang pembagian peran akun resmi dan pribadi, nada, "
              "netralitas, serta keamanan akun. Sebagian besar berupa kasus sehari-hari. "
              "Nilai lulus 70; Anda boleh mengulang.</p>",
        pass_mark=70,
    ),
)
