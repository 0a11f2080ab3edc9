"""Modul 6: Memilih media dan membelanjakan anggaran publikasi secara akuntabel.

Bahan: artikel KemenPAN-RB (2015) dari lokakarya humas di Surabaya: advertorial
sering ditempatkan di media yang pembacanya sedikit, sehingga media harus dipilih
berdasarkan siapa dan berapa pembacanya agar anggaran akuntabel; situs kementerian
itu pernah masuk sepuluh besar dan bersaing dengan situs berita umum, dan akun
humasnya kerap menjadi topik terpopuler di Twitter. Ditambah prinsip keterbukaan
UU 14/2008. Semua kalimat ditulis sendiri.
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

UU_KIP = "UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik"

# --- Pelajaran 1 ------------------------------------------------------------------

LESSON_MEDIA_TYPES = [
    p("<p>Setiap rupiah anggaran publikasi adalah uang rakyat. Sebelum membeli ruang iklan "
      "atau advertorial, tanyakan dulu: saluran apa yang sudah kita miliki, dan apakah "
      "saluran itu sudah dipakai dengan baik? Banyak instansi membayar mahal untuk "
      "menjangkau warga, sementara situs web dan akun resminya sendiri jarang diperbarui "
      "dan informasinya tidak lengkap.</p>"
      "<p>Pelajaran ini memperkenalkan tiga jenis media yang bisa dipakai untuk "
      "menyampaikan informasi layanan, dan urutan berpikir yang membuat anggaran "
      "lebih hemat dan lebih mudah dipertanggungjawabkan. Walaupun Anda tidak memegang "
      "anggaran, Anda sering diminta memberi usulan media untuk kegiatan unit Anda.</p>"),
    heading("Media milik, media perolehan, dan media berbayar"),
    p("<ul>"
      "<li><strong>Media milik (owned media)</strong> adalah saluran yang dikelola instansi "
      "sendiri: situs web, akun media sosial resmi, kanal video, siaran WhatsApp resmi, "
      "papan informasi, dan layar di ruang tunggu layanan. Kendalinya penuh dan biayanya "
      "terutama waktu pegawai. Kelemahannya, jangkauannya bergantung pada seberapa "
      "konsisten dan berguna isinya.</li>"
      "<li><strong>Media perolehan (earned media)</strong> adalah perhatian yang didapat "
      "tanpa membayar tayang: liputan wartawan karena informasinya layak berita, warga yang "
      "membagikan ulang unggahan, tokoh masyarakat atau komunitas yang ikut menjelaskan. "
      "Publik cenderung paling memercayainya, tetapi instansi tidak bisa mengendalikan "
      "isi dan waktunya.</li>"
      "<li><strong>Media berbayar (paid media)</strong> adalah ruang yang dibeli: "
      "advertorial di media cetak dan daring, iklan radio dan televisi, iklan berbayar di "
      "platform media sosial, baliho, dan videotron. Pesan dan waktunya bisa diatur, "
      "tetapi memakai anggaran publik sehingga wajib dipilih dengan cermat dan "
      "dibuktikan hasilnya.</li>"
      "</ul>"),
    image("hnh-m6-owned-earned-paid.svg",
          alt_text="Tiga kolom. Media milik: situs web, akun resmi, kanal video, papan dan "
                   "layar antrean, siaran WhatsApp resmi; kendali penuh, biaya waktu "
                   "pegawai. Media perolehan: liputan wartawan, unggahan ulang warga, tokoh "
                   "dan komunitas; paling dipercaya publik. Media berbayar: advertorial, "
                   "iklan radio dan televisi, iklan di platform, baliho; perlu bukti "
                   "jangkauan. Panah di bawah menunjukkan urutan: siapkan media milik, "
                   "upayakan media perolehan, baru belanja bila perlu.",
          caption="Tiga jenis media dan urutan memakainya: media milik lebih dulu, media "
                  "berbayar untuk menutup celah jangkauan."),
    heading("Media milik bisa bersaing"),
    p("<p>Dalam sebuah lokakarya bagi pejabat humas di Surabaya pada 2015, Kepala Biro "
      "Hukum dan Humas KemenPAN-RB bercerita bahwa akun Twitter biro yang dipimpinnya "
      "sering menjadi topik terpopuler, dan situs webnya pernah masuk sepuluh "
      "besar, bersaing dengan situs-situs berita umum. Pelajarannya penting bagi setiap "
      "instansi: saluran milik sendiri, bila diisi secara teratur dengan informasi yang "
      "memang dicari orang, bisa menjangkau publik seluas media komersial.</p>"
      "<p>Bagi unit layanan, informasi yang paling dicari biasanya sederhana: syarat, "
      "jadwal, biaya (atau kepastian bahwa layanan gratis), lokasi, dan cara mengadu. "
      "Jika semua itu tersedia lengkap dan mutakhir di situs dan akun resmi, separuh "
      "pekerjaan publikasi sudah selesai tanpa biaya tayang.</p>"),
    heading("Urutan berpikir: milik, perolehan, lalu berbayar"),
    p("<ol>"
      "<li><strong>Siapkan media milik lebih dulu.</strong> Buat satu halaman rujukan "
      "yang lengkap di situs resmi, misalnya halaman PPDB yang memuat jadwal, syarat, dan "
      "kanal tanya jawab. Semua unggahan, berita, dan iklan nantinya mengarah ke halaman "
      "ini.</li>"
      "<li><strong>Upayakan media perolehan.</strong> Kirim siaran pers yang benar-benar "
      "layak berita, sediakan data dan narasumber yang siap diwawancarai, dan ajak mitra "
      "seperti sekolah, puskesmas, kelurahan, dan komunitas untuk membagikan informasi "
      "resmi.</li>"
      "<li><strong>Belanja media berbayar untuk menutup celah.</strong> Gunakan anggaran "
      "untuk khalayak yang tidak terjangkau dua cara pertama, misalnya warga lanjut usia "
      "yang lebih banyak mendengar radio lokal, atau desa yang jarang mengakses media "
      "sosial.</li>"
      "</ol>"),
    social_post(
        "facebook", "Dinas Pendidikan Kota Contoh", "disdik.kotacontoh",
        "[Iklan berbayar] Keluarga besar Dinas Pendidikan Kota Contoh mengucapkan selamat "
        "dan sukses atas terselenggaranya Sosialisasi PPDB Tahun Ajaran Baru yang dibuka "
        "langsung oleh Bapak Kepala Dinas. Semoga bermanfaat. 🙏",
        verdict="bad",
        comment="Anggaran iklan dipakai untuk ucapan seremonial dan foto pejabat. Orang tua "
                "calon siswa tidak mendapat satu pun informasi yang mereka cari: kapan "
                "pendaftaran dibuka, syaratnya apa, dan di mana bertanya."),
    social_post(
        "facebook", "Dinas Pendidikan Kota Contoh", "disdik.kotacontoh",
        "Pendaftaran PPDB SD dan SMP negeri dibuka 10–14 Juni, gratis dan sepenuhnya "
        "daring. Siapkan KK dan akta kelahiran anak. Jadwal lengkap, syarat tiap jalur, "
        "dan daftar sekolah ada di halaman PPDB situs resmi Disdik Kota Contoh. Ada "
        "pertanyaan? Kirim pesan ke akun ini atau datang ke posko PPDB di setiap "
        "kecamatan, Senin–Jumat 08.00–15.00.",
        verdict="good",
        comment="Isinya menjawab apa, kapan, syarat, dan ke mana bertanya, lalu mengarahkan "
                "ke halaman rujukan di media milik. Unggahan seperti ini layak dipromosikan "
                "dengan anggaran, karena setiap orang yang terjangkau mendapat informasi "
                "yang berguna."),
    takeaways([
        "Kenali tiga jenis media: milik (dikelola sendiri), perolehan (didapat tanpa "
        "membayar tayang), dan berbayar (dibeli dengan anggaran).",
        "Situs KemenPAN-RB yang pernah masuk sepuluh besar menunjukkan media milik bisa "
        "bersaing dengan media komersial.",
        "Siapkan halaman rujukan di media milik sebelum membeli ruang iklan.",
        "Anggaran berbayar dipakai untuk menutup celah jangkauan, bukan untuk ucapan "
        "seremonial.",
    ]),
]

# --- Pelajaran 2 ------------------------------------------------------------------

LESSON_CHOOSING = [
    p("<p>Pada lokakarya yang sama, KemenPAN-RB mengingatkan bahwa selama ini banyak "
      "advertorial pemerintah ditempatkan di media yang pembacanya sedikit. Anggaran "
      "advertorial yang besar menjadi sia-sia bila informasinya tidak sampai kepada "
      "masyarakat. Pesannya tegas: pilih media dengan selektif, tanyakan siapa pembacanya "
      "dan berapa jumlahnya, agar dana yang dikeluarkan dapat dipertanggungjawabkan.</p>"
      "<p>Pelajaran ini memberi cara praktis untuk memilih media berdasarkan jangkauan "
      "nyata, menghitung biaya per jangkauan, dan menilai bukti yang diajukan media.</p>"),
    heading("Kebiasaan dan kedekatan bukan alasan"),
    p("<p>Beberapa alasan yang sering terdengar ketika memilih media, dan mengapa alasan "
      "itu tidak bisa dipertanggungjawabkan:</p>"
      "<ul>"
      "<li><strong>&quot;Tahun lalu juga pakai media ini.&quot;</strong> Kebiasaan bukan "
      "bukti. Pembaca media bisa berubah drastis dalam satu tahun.</li>"
      "<li><strong>&quot;Wartawannya sering meliput ke kantor kita.&quot;</strong> "
      "Hubungan baik dengan wartawan itu berharga, tetapi tidak boleh dibayar dengan "
      "anggaran advertorial. Liputan berita dan iklan adalah dua hal yang terpisah.</li>"
      "<li><strong>&quot;Semua media harus kebagian.&quot;</strong> Membagi rata anggaran "
      "ke banyak media kecil membuat setiap pesan terlalu tipis untuk diingat warga.</li>"
      "<li><strong>&quot;Pemiliknya kenal pimpinan.&quot;</strong> Ini konflik kepentingan "
      "yang harus diungkapkan, bukan alasan memilih.</li>"
      "</ul>"),
    heading("Lima pertanyaan sebelum memilih"),
    p("<ol>"
      "<li><strong>Siapa khalayak sasaran?</strong> Sebutkan sespesifik mungkin, misalnya "
      "&quot;orang tua calon siswa SD di Kota Contoh&quot;, bukan &quot;masyarakat "
      "umum&quot;.</li>"
      "<li><strong>Media apa yang benar-benar mereka pakai?</strong> Tanyakan langsung "
      "kepada sebagian dari mereka, lihat data pengunjung situs Anda, atau gunakan hasil "
      "survei yang ada.</li>"
      "<li><strong>Berapa jangkauan nyata media itu, dan apa buktinya?</strong> Minta "
      "laporan analitik situs, data sirkulasi yang diaudit, atau data pendengar, bukan "
      "sekadar klaim di brosur penawaran.</li>"
      "<li><strong>Berapa biayanya, dan berapa biaya per 1.000 orang yang "
      "terjangkau?</strong> Hitungannya dibahas di bawah.</li>"
      "<li><strong>Apakah medianya sah dan formatnya sesuai?</strong> Untuk perusahaan "
      "pers, periksa badan hukumnya dan apakah sudah terdata di Dewan Pers. Pastikan pula "
      "formatnya cocok dengan pesan: jadwal dan syarat lebih mudah dibaca daripada "
      "didengar.</li>"
      "</ol>"),
    heading("Menghitung biaya per jangkauan"),
    p("<p>Rumusnya sederhana: <strong>biaya per 1.000 orang = total biaya ÷ jangkauan yang "
      "terbukti × 1.000</strong>. Contoh untuk sosialisasi PPDB dengan angka "
      "ilustrasi:</p>"
      "<ul>"
      "<li>Advertorial koran cetak lokal: Rp12.000.000 untuk sekitar 6.000 pembaca, atau "
      "Rp2.000.000 per 1.000 orang.</li>"
      "<li>Artikel advertorial di portal berita daerah: Rp7.500.000 untuk 15.000 pembaca "
      "menurut laporan analitik, atau Rp500.000 per 1.000 orang.</li>"
      "<li>Empat puluh spot iklan di radio lokal: Rp6.000.000 untuk sekitar 30.000 "
      "pendengar, atau Rp200.000 per 1.000 orang.</li>"
      "<li>Unggahan berbayar di akun resmi yang diarahkan ke orang tua di wilayah kota: "
      "Rp3.000.000 untuk 150.000 akun, atau Rp20.000 per 1.000 orang.</li>"
      "</ul>"),
    image("hnh-m6-biaya-per-jangkauan.svg",
          alt_text="Diagram batang mendatar biaya per 1.000 orang terjangkau dengan angka "
                   "ilustrasi: koran cetak lokal Rp2.000.000, portal berita daerah "
                   "Rp500.000, radio lokal Rp200.000, unggahan berbayar Rp20.000. Kotak "
                   "catatan di bawah: murah per jangkauan belum tentu tepat sasaran.",
          caption="Biaya per jangkauan membuat pilihan media bisa dibandingkan secara adil. "
                  "Angka ini ilustrasi; pakai data nyata dari media yang Anda nilai."),
    p("<p>Angka itu titik awal, bukan keputusan akhir. Yang termurah belum tentu yang "
      "terbaik. Tanyakan juga: apakah yang terjangkau memang khalayak sasaran? Berapa lama "
      "mereka memperhatikan pesan, sekilas digulir atau dibaca sampai habis? Siapa yang "
      "tidak akan terjangkau internet sama sekali? Sering kali kombinasi terbaik adalah "
      "unggahan berbayar untuk sebagian besar orang tua, ditambah radio lokal untuk "
      "keluarga yang jarang bermedia sosial.</p>"),
    callout("warning", "Pengikut bukan jangkauan",
            "<p>&quot;Akun kami punya 100 ribu pengikut&quot; tidak sama dengan &quot;100 "
            "ribu orang akan membaca advertorial Anda&quot;. Minta data jangkauan atau "
            "tayangan rata-rata per unggahan dari dasbor analitik media tersebut, "
            "sebaiknya dari unggahan serupa dalam tiga bulan terakhir. Waspadai juga "
            "pengikut palsu: jumlah pengikut yang besar tetapi hampir tanpa komentar dan "
            "interaksi patut dipertanyakan.</p>"),
    do_dont(
        "Memilih media untuk publikasi berbayar",
        [
            "Menetapkan khalayak sasaran yang spesifik sebelum memilih media.",
            "Meminta bukti jangkauan berupa data analitik, sirkulasi, atau survei pendengar.",
            "Membandingkan biaya per 1.000 orang terjangkau untuk semua pilihan.",
            "Menuliskan alasan pemilihan, termasuk kelemahan data yang ada.",
        ],
        [
            "Memilih media karena kebiasaan tahun lalu.",
            "Memakai advertorial sebagai imbalan bagi wartawan yang sering meliput.",
            "Membagi rata anggaran ke semua media agar semua kebagian.",
            "Menerima angka pengikut sebagai angka jangkauan tanpa bukti.",
        ],
    ),
    assignment(
        "Bandingkan pilihan media untuk satu informasi layanan",
        "<p>Pilih satu informasi layanan dari unit Anda yang perlu diketahui warga dalam "
        "tiga bulan ke depan, misalnya jadwal imunisasi anak, batas waktu pembayaran PBB, "
        "pendaftaran pelatihan UMKM, atau perubahan jam layanan.</p>"
        "<ol>"
        "<li>Tuliskan khalayak sasarannya sespesifik mungkin.</li>"
        "<li>Bandingkan paling sedikit tiga pilihan media, minimal satu media milik dan "
        "satu media berbayar. Untuk setiap pilihan, tuliskan perkiraan biaya, jangkauan, "
        "dan dari mana angka jangkauan itu berasal.</li>"
        "<li>Hitung biaya per 1.000 orang terjangkau untuk setiap pilihan berbayar.</li>"
        "<li>Rekomendasikan satu kombinasi media dan jelaskan alasannya dalam tiga sampai "
        "lima kalimat.</li>"
        "<li>Sebutkan bagaimana Anda akan mengukur hasilnya setelah publikasi berjalan.</li>"
        "</ol>"
        "<p><strong>Jawaban yang baik</strong> menyebut sumber setiap angka (atau terus "
        "terang bahwa angkanya perkiraan), tidak memilih hanya karena paling murah, "
        "memperhatikan warga yang sulit dijangkau internet, mengarahkan semua publikasi ke "
        "halaman rujukan di media milik, dan tidak memakai alasan kebiasaan atau "
        "kedekatan.</p>",
        allow_link=False,
    ),
    takeaways([
        "Pilih media berdasarkan siapa dan berapa pembacanya, bukan kebiasaan atau "
        "kedekatan.",
        "Biaya per 1.000 orang = total biaya ÷ jangkauan terbukti × 1.000.",
        "Yang termurah belum tentu tepat sasaran; perhatikan kecocokan khalayak.",
        "Jumlah pengikut bukan jangkauan; minta bukti data.",
    ]),
]

# --- Pelajaran 3 ------------------------------------------------------------------

LESSON_ACCOUNTABILITY = [
    p("<p>Belanja publikasi suatu saat akan ditanya: oleh inspektorat atau auditor, oleh "
      "anggota DPRD, oleh wartawan, atau oleh warga yang mengajukan permohonan informasi. "
      "Pertanyaannya hampir selalu sama: mengapa memilih media ini, berapa biayanya, dan "
      "apa hasilnya? Dokumentasi yang rapi membuat pertanyaan itu mudah dijawab, sekaligus "
      "menjadi bahan belajar untuk perencanaan tahun berikutnya.</p>"),
    regulation(UU_KIP, "Pasal 2 ayat (1)",
               "Setiap Informasi Publik bersifat terbuka dan dapat diakses oleh setiap "
               "Pengguna Informasi Publik."),
    p("<p>Prinsip keterbukaan ini berlaku juga bagi anggaran publikasi. Pasal 9 UU 14/2008 "
      "mewajibkan badan publik mengumumkan informasi secara berkala, antara lain tentang "
      "kegiatan dan kinerjanya serta laporan keuangannya. Artinya, belanja iklan dan "
      "advertorial bukan rahasia. Anggap setiap dokumen yang Anda buat suatu hari akan "
      "dibaca publik.</p>"),
    heading("Jejak dokumen dari rencana sampai evaluasi"),
    p("<ol>"
      "<li><strong>Rencana komunikasi atau kerangka acuan kerja.</strong> Tujuan, khalayak "
      "sasaran, pesan utama, jadwal, dan indikator keberhasilan.</li>"
      "<li><strong>Analisis pemilihan media.</strong> Tabel perbandingan pilihan media, "
      "biaya per jangkauan, sumber data jangkauan, dan alasan pemilihan.</li>"
      "<li><strong>Proses pengadaan yang sah.</strong> Ikuti ketentuan pengadaan "
      "barang/jasa pemerintah (Perpres No. 16 Tahun 2018 beserta perubahannya) dan "
      "prosedur di instansi Anda. Kesepakatan harus tertulis dalam dokumen kontrak atau "
      "surat pesanan, bukan janji lisan.</li>"
      "<li><strong>Bukti tayang.</strong> Kliping atau arsip halaman media cetak, tautan "
      "dan tangkapan layar bertanggal untuk media daring, bukti siar dari radio atau "
      "televisi, serta laporan dari dasbor iklan untuk unggahan berbayar.</li>"
      "<li><strong>Laporan hasil.</strong> Bandingkan jangkauan yang dijanjikan dengan yang "
      "tercapai, lalu kaitkan dengan tujuan: apakah pendaftar bertambah, atau pertanyaan "
      "yang sama di loket berkurang?</li>"
      "<li><strong>Evaluasi dan rekomendasi.</strong> Media mana yang layak dipakai lagi, "
      "mana yang tidak, dan mengapa.</li>"
      "</ol>"),
    checklist("Berkas akuntabilitas satu kegiatan publikasi", [
        "Rencana komunikasi dengan khalayak sasaran dan indikator keberhasilan.",
        "Tabel perbandingan media beserta sumber data jangkauan.",
        "Dokumen pengadaan yang sah (kontrak atau surat pesanan).",
        "Bukti tayang bertanggal untuk setiap media.",
        "Laporan jangkauan nyata dibandingkan dengan yang dijanjikan.",
        "Catatan evaluasi untuk perencanaan berikutnya.",
    ]),
    heading("Menjaga integritas"),
    p("<ul>"
      "<li><strong>Pisahkan berita dan iklan.</strong> Jangan memberi uang atau hadiah "
      "kepada wartawan agar menulis berita tentang instansi. Kode Etik Jurnalistik melarang "
      "wartawan menerima suap, dan pemberian seperti itu juga bertentangan dengan "
      "integritas ASN.</li>"
      "<li><strong>Tandai konten berbayar.</strong> Advertorial harus jelas terlihat sebagai "
      "iklan, misalnya dengan label &quot;advertorial&quot; atau &quot;iklan&quot;, agar "
      "publik tidak mengira itu liputan independen.</li>"
      "<li><strong>Ungkapkan konflik kepentingan.</strong> Bila media yang ditawarkan "
      "dimiliki kerabat atau kenalan dekat pejabat yang memutuskan, catat dan laporkan, "
      "lalu biarkan orang lain yang menilai.</li>"
      "<li><strong>Utamakan informasi, bukan citra pejabat.</strong> Anggaran publikasi "
      "untuk memberi tahu warga tentang layanan dan kebijakan, bukan untuk memasang foto "
      "besar pimpinan. Pada masa pemilu dan pilkada, hal ini juga menyangkut netralitas "
      "ASN.</li>"
      "</ul>"),
    do_dont(
        "Mempertanggungjawabkan belanja publikasi",
        [
            "Menyimpan bukti tayang bertanggal untuk setiap media.",
            "Melaporkan jangkauan nyata, termasuk yang di bawah janji media.",
            "Mengumumkan ringkasan belanja dan hasil publikasi di situs resmi.",
        ],
        [
            "Membayar tagihan tanpa bukti tayang.",
            "Memberi amplop kepada wartawan setelah jumpa pers.",
            "Memesan advertorial lewat kesepakatan lisan tanpa dokumen pengadaan.",
        ],
    ),
    callout("tip", "Buka sebelum diminta",
            "<p>Instansi yang mengumumkan sendiri ringkasan belanja publikasi dan hasilnya "
            "(media yang dipakai, biaya, jangkauan) menunjukkan bahwa ia tidak punya yang "
            "disembunyikan. Keterbukaan proaktif seperti ini juga mengurangi permohonan "
            "informasi yang harus dilayani satu per satu.</p>"),
    takeaways([
        "Belanja publikasi adalah informasi publik; dokumentasikan seolah-olah akan dibaca "
        "warga.",
        "Simpan jejak lengkap: rencana, analisis media, pengadaan, bukti tayang, laporan "
        "hasil, evaluasi.",
        "Pisahkan berita dari iklan, tandai konten berbayar, dan ungkapkan konflik "
        "kepentingan.",
        "Anggaran publikasi untuk informasi layanan, bukan untuk citra pejabat.",
    ]),
]

# --- Kuis -------------------------------------------------------------------------

QUESTIONS = [
    single(
        "hnh-m6-q1",
        "Menurut KemenPAN-RB dalam lokakarya humas 2015, mengapa media untuk advertorial "
        "harus dipilih secara selektif?",
        [
            ("Agar informasinya benar-benar sampai kepada masyarakat dan dananya "
             "akuntabel.", True,
             "Benar. KemenPAN-RB menyoroti advertorial yang ditempatkan di media dengan "
             "pembaca sedikit, sehingga anggaran terpakai tetapi informasinya tidak sampai."),
            ("Agar semua media lokal mendapat bagian anggaran yang sama.", False,
             "Keliru. Membagi rata justru bertentangan dengan prinsip selektif berdasarkan "
             "pembaca."),
            ("Agar hubungan baik dengan wartawan tetap terjaga.", False,
             "Keliru. Hubungan dengan wartawan tidak boleh menjadi dasar pemilihan media "
             "berbayar."),
            ("Agar foto pimpinan tampil di lebih banyak media.", False,
             "Keliru. Tujuan advertorial adalah menyampaikan informasi kepada warga, bukan "
             "memperluas citra pejabat."),
        ],
        explanation="Pertanyaan kuncinya: media itu dibaca oleh siapa, dan berapa banyak?",
    ),
    single(
        "hnh-m6-q2",
        "Media A menawarkan paket Rp10.000.000 dengan jangkauan terbukti 40.000 orang. "
        "Media B menawarkan paket Rp6.000.000 dengan jangkauan terbukti 15.000 orang. "
        "Mana pernyataan yang benar?",
        [
            ("Media A lebih murah per jangkauan: Rp250.000 per 1.000 orang, sedangkan "
             "Media B Rp400.000.", True,
             "Benar. 10.000.000 ÷ 40.000 × 1.000 = 250.000, sedangkan 6.000.000 ÷ 15.000 × "
             "1.000 = 400.000."),
            ("Media B lebih hemat karena total biayanya lebih kecil.", False,
             "Keliru. Total biaya yang lebih kecil belum tentu efisien; per 1.000 orang, "
             "Media B justru lebih mahal."),
            ("Keduanya sama saja karena selisih biayanya hanya Rp4.000.000.", False,
             "Keliru. Yang dibandingkan adalah biaya per jangkauan, bukan selisih total "
             "biaya."),
            ("Tidak bisa dibandingkan tanpa mengetahui jumlah pengikut media.", False,
             "Keliru. Jangkauan terbukti sudah tersedia dan justru lebih tepat daripada "
             "jumlah pengikut."),
        ],
        explanation="Biaya per 1.000 orang = total biaya ÷ jangkauan terbukti × 1.000. "
                    "Setelah itu, periksa juga kecocokan khalayaknya.",
    ),
    multiple(
        "hnh-m6-q3",
        "Mana yang termasuk media milik (owned media) sebuah dinas? (Pilih semua yang "
        "benar.)",
        [
            ("Situs web resmi dinas.", True,
             "Tepat. Situs resmi dikelola sendiri oleh instansi."),
            ("Layar informasi di ruang tunggu layanan.", True,
             "Tepat. Layar dan papan informasi di kantor adalah saluran milik instansi."),
            ("Berita di portal daring yang ditulis wartawan setelah jumpa pers.", False,
             "Keliru. Itu media perolehan (earned media): didapat tanpa membayar tayang, "
             "tetapi dikendalikan redaksi."),
            ("Advertorial di koran lokal.", False,
             "Keliru. Advertorial dibeli dengan anggaran, jadi termasuk media berbayar."),
            ("Akun Instagram resmi dinas.", True,
             "Tepat. Akun resmi dikelola sendiri oleh instansi."),
        ],
        explanation="Media milik dikelola sendiri, media perolehan didapat tanpa membayar "
                    "tayang, media berbayar dibeli dengan anggaran.",
    ),
    true_false(
        "hnh-m6-q4",
        "Media dengan biaya per 1.000 orang terjangkau paling rendah otomatis menjadi pilihan "
        "terbaik.",
        False,
        feedback_true="Kurang tepat. Biaya per jangkauan hanya titik awal. Anda juga perlu "
                      "menilai apakah yang terjangkau memang khalayak sasaran dan siapa "
                      "yang tidak terjangkau.",
        feedback_false="Benar. Yang termurah belum tentu tepat sasaran. Periksa kecocokan "
                       "khalayak, kualitas perhatian, dan warga yang tidak terjangkau "
                       "internet.",
        explanation="Gunakan biaya per jangkauan untuk membandingkan secara adil, lalu "
                    "pertimbangkan kecocokan khalayak sebelum memutuskan.",
    ),
    single(
        "hnh-m6-q5",
        "Seorang wartawan yang sering meliput kegiatan dinas meminta \"jatah "
        "advertorial\" untuk medianya tahun ini. Medianya belum pernah menunjukkan data "
        "pembaca. Apa tanggapan yang paling tepat?",
        [
            ("Menjelaskan dengan sopan bahwa media dipilih berdasarkan data jangkauan, dan "
             "mempersilakan medianya mengajukan penawaran beserta buktinya.", True,
             "Benar. Hubungan baik tetap dijaga, tetapi pemilihan media berbayar harus "
             "berdasarkan bukti dan prosedur yang sama untuk semua."),
            ("Memberinya jatah kecil agar liputan tetap lancar.", False,
             "Keliru. Memakai anggaran advertorial sebagai imbalan liputan mencampuradukkan "
             "berita dan iklan, dan sulit dipertanggungjawabkan."),
            ("Menolak dan berhenti melayani permintaan wawancaranya.", False,
             "Keliru. Akses informasi bagi wartawan tetap harus dilayani. Yang ditolak "
             "hanyalah pemilihan media tanpa dasar."),
            ("Menyerahkan keputusan kepada atasan tanpa memberi catatan apa pun.", False,
             "Kurang tepat. Atasan perlu tahu, tetapi Anda sebaiknya menyertakan kriteria "
             "pemilihan media yang berlaku."),
        ],
        explanation="Liputan berita dan belanja iklan adalah dua hal yang terpisah. Media "
                    "berbayar dipilih berdasarkan bukti jangkauan.",
    ),
    multiple(
        "hnh-m6-q6",
        "Inspektorat meminta bukti pertanggungjawaban advertorial tahun lalu. Dokumen apa "
        "yang seharusnya sudah Anda simpan? (Pilih semua yang benar.)",
        [
            ("Tabel perbandingan media dan alasan pemilihan.", True,
             "Tepat. Dokumen ini menunjukkan bahwa pilihan media dibuat dengan dasar yang "
             "jelas."),
            ("Bukti tayang bertanggal dari setiap media.", True,
             "Tepat. Tanpa bukti tayang, tidak ada bukti bahwa yang dibayar benar-benar "
             "terbit."),
            ("Laporan jangkauan nyata dibandingkan dengan janji media.", True,
             "Tepat. Laporan ini menunjukkan hasil dan menjadi bahan evaluasi."),
            ("Pesan WhatsApp berisi kesepakatan lisan harga dengan pemilik media.", False,
             "Keliru. Kesepakatan harus tertuang dalam dokumen pengadaan yang sah, bukan "
             "percakapan informal."),
        ],
        explanation="Jejak lengkap: rencana, analisis media, pengadaan yang sah, bukti "
                    "tayang, laporan hasil, dan evaluasi.",
    ),
    true_false(
        "hnh-m6-q7",
        "Pengalaman KemenPAN-RB, yang situsnya pernah masuk sepuluh besar dan bersaing "
        "dengan situs berita umum, menunjukkan bahwa media milik instansi bisa menjangkau "
        "publik secara luas bila dikelola dengan baik.",
        True,
        feedback_true="Benar. Media milik yang diisi secara teratur dengan informasi yang "
                      "dicari orang bisa bersaing dengan media komersial, tanpa biaya tayang.",
        feedback_false="Kurang tepat. Contoh itu justru menunjukkan bahwa situs dan akun "
                       "resmi bisa menjangkau publik luas bila dikelola dengan konsisten.",
        explanation="Sebelum membeli ruang iklan, optimalkan dulu media milik sendiri.",
    ),
    single(
        "hnh-m6-q8",
        "Sebuah akun media sosial lokal menawarkan unggahan berbayar dengan alasan "
        "\"pengikut kami 100 ribu\". Apa yang sebaiknya Anda minta sebelum memutuskan?",
        [
            ("Data jangkauan atau tayangan rata-rata per unggahan dari dasbor analitiknya, "
             "untuk unggahan serupa beberapa bulan terakhir.", True,
             "Benar. Jangkauan nyata per unggahan jauh lebih relevan daripada jumlah "
             "pengikut, yang bisa saja tidak aktif atau palsu."),
            ("Tangkapan layar jumlah pengikut terbaru.", False,
             "Keliru. Jumlah pengikut bukan jangkauan; tangkapan layar itu tidak menjawab "
             "berapa orang yang akan melihat pesan Anda."),
            ("Daftar instansi lain yang pernah memasang iklan di sana.", False,
             "Kurang tepat. Informasi itu tidak membuktikan jangkauan. Instansi lain bisa "
             "saja memilih karena kebiasaan."),
            ("Tidak perlu meminta apa pun karena 100 ribu sudah pasti besar.", False,
             "Keliru. Tanpa bukti jangkauan, belanja itu sulit dipertanggungjawabkan."),
        ],
        explanation="Pengikut bukan jangkauan. Minta data analitik dari unggahan yang "
                    "sebanding.",
    ),
    single(
        "hnh-m6-q9",
        "Dinas Anda akan membuka pendaftaran beasiswa daerah. Urutan langkah publikasi mana "
        "yang paling tepat?",
        [
            ("Siapkan halaman informasi lengkap di situs resmi, upayakan liputan dan "
             "bantuan mitra untuk membagikan, lalu pakai media berbayar untuk khalayak yang "
             "belum terjangkau.", True,
             "Benar. Media milik menjadi rujukan, media perolehan memperluas jangkauan tanpa "
             "biaya tayang, dan media berbayar menutup celah."),
            ("Langsung pasang advertorial di semua koran, lalu buat halaman di situs bila "
             "ada waktu.", False,
             "Keliru. Tanpa halaman rujukan, warga yang membaca iklan tidak tahu ke mana "
             "mencari detailnya."),
            ("Pasang baliho besar bergambar pimpinan di setiap kecamatan.", False,
             "Keliru. Baliho bergambar pimpinan tidak menjelaskan syarat dan cara "
             "mendaftar, dan menggeser fokus dari informasi layanan."),
            ("Tunggu wartawan meliput tanpa menyiapkan apa pun.", False,
             "Keliru. Media perolehan perlu diupayakan dengan bahan yang layak berita dan "
             "halaman rujukan yang jelas."),
        ],
        explanation="Urutan berpikir: media milik, media perolehan, lalu media berbayar.",
    ),
    multiple(
        "hnh-m6-q10",
        "Mana praktik yang menjaga integritas belanja publikasi? (Pilih semua yang benar.)",
        [
            ("Memberi label \"advertorial\" atau \"iklan\" pada konten berbayar.", True,
             "Tepat. Publik berhak tahu mana liputan independen dan mana konten yang "
             "dibayar."),
            ("Melaporkan bila media yang ditawarkan dimiliki kerabat pejabat yang "
             "memutuskan.", True,
             "Tepat. Konflik kepentingan harus diungkapkan agar keputusan bisa dinilai "
             "pihak lain."),
            ("Memberi uang transpor kepada wartawan agar memberitakan kegiatan dinas.", False,
             "Keliru. Pemberian seperti itu mencampuradukkan berita dan imbalan, "
             "bertentangan dengan Kode Etik Jurnalistik dan integritas ASN."),
            ("Mengisi advertorial dengan informasi layanan, bukan ucapan seremonial.", True,
             "Tepat. Anggaran publikasi untuk memberi tahu warga hal yang mereka "
             "butuhkan."),
        ],
        explanation="Pisahkan berita dari iklan, tandai konten berbayar, ungkapkan konflik "
                    "kepentingan, dan utamakan informasi layanan.",
    ),
]

MODULE = module(
    "Memilih Media dan Membelanjakan Anggaran Publikasi secara Akuntabel",
    "modul-6-memilih-media-anggaran",
    "Mengenal media milik, media perolehan, dan media berbayar; memilih media berdasarkan "
    "jangkauan nyata, bukan kebiasaan atau kedekatan; menghitung biaya per jangkauan; dan "
    "mendokumentasikan belanja publikasi agar bisa dipertanggungjawabkan.",
    lessons=[
        lesson("Media Milik, Media Perolehan, dan Media Berbayar",
               "m6-media-milik-perolehan-berbayar", 15, LESSON_MEDIA_TYPES),
        lesson("Memilih Media Berdasarkan Jangkauan Nyata", "m6-memilih-media-jangkauan", 20,
               LESSON_CHOOSING),
        lesson("Dokumentasi untuk Akuntabilitas", "m6-dokumentasi-akuntabilitas", 15,
               LESSON_ACCOUNTABILITY),
    ],
    quiz_spec=quiz(
        "Kuis Modul 6: Memilih Media dan Anggaran",
        "m6-kuis-memilih-media-anggaran",
        QUESTIONS,
        intro="<p>Sepuluh soal tentang jenis media, pemilihan media berdasarkan jangkauan "
              "nyata, perhitungan biaya per jangkauan, dan akuntabilitas belanja publikasi. "
              "Nilai lulus 70.</p>",
        pass_mark=70,
    ),
)
