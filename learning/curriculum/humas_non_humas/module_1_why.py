"""Modul 1: Mengapa setiap ASN kini ikut menjadi humas instansinya.

Bahan: artikel KemenPAN-RB (2015) tentang tiga peran humas pemerintah, artikel
Jawa Tengah (2018) tentang "humas untuk non-humas", pesan Menkominfo tentang
komunikasi dua arah yang partisipatif, dan pandangan Kemendagri (2022) tentang
luasnya media sosial dan kelompok masyarakat sipil. Semua kalimat ditulis sendiri.
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

UUD_1945 = "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945"

# --- Pelajaran 1 ------------------------------------------------------------------

LESSON_TWO_WAY = [
    p("<p>Bayangkan seorang ibu di Kota Contoh yang ingin tahu apakah puskesmas di dekat "
      "rumahnya tetap buka saat libur panjang. Ia tidak menelepon kantor dinas kesehatan dan "
      "tidak menunggu berita di koran besok pagi. Ia membuka Instagram, menulis pertanyaan di "
      "kolom komentar akun puskesmas, lalu bertanya juga di grup WhatsApp warga. Jika "
      "jawabannya datang cepat dan jelas, kepercayaannya kepada pemerintah bertambah. Jika "
      "pertanyaannya diabaikan, ia akan mencari jawaban di tempat lain, yang belum tentu "
      "benar.</p>"
      "<p>Pelajaran ini menjelaskan bagaimana cara pemerintah berkomunikasi sudah berubah, "
      "dan mengapa perubahan itu menyangkut Anda, walaupun jabatan Anda bukan di bagian "
      "hubungan masyarakat (humas).</p>"),
    heading("Dulu: humas sebagai corong satu arah"),
    p("<p>Selama bertahun-tahun, pekerjaan humas pemerintah berpusat pada media massa. "
      "Humas menulis siaran pers, menggelar jumpa pers, menjaga hubungan baik dengan "
      "wartawan dan redaktur, lalu mengumpulkan kliping berita. Informasi mengalir dari "
      "pemerintah ke masyarakat, sedangkan tanggapan warga datang lambat: lewat surat "
      "pembaca, kotak saran, atau keluhan di loket.</p>"
      "<p>Pola ini tidak salah, dan media konvensional tetap penting. Masalahnya, pola satu "
      "arah tidak lagi cukup. Warga kini memegang ponsel yang membuat mereka bisa bertanya, "
      "menilai, dan menyebarkan pendapat dalam hitungan detik.</p>"),
    heading("Kini: komunikasi dua arah dan partisipatif"),
    p("<p>Menteri Komunikasi dan Informatika kala itu, Rudiantara, mendorong para pejabat "
      "humas kementerian dan lembaga untuk meninggalkan cara lama dan beralih ke cara yang "
      "lebih partisipatif. Menurutnya, humas pemerintah tidak cukup lagi hanya berurusan "
      "dengan wartawan. Teknologi komunikasi memungkinkan pemerintah bertemu langsung dengan "
      "para pemangku kepentingan secara lebih efisien, tanpa meninggalkan media "
      "konvensional.</p>"
      "<p>Perubahan ini juga terjadi karena warga makin kritis. Masyarakat tidak lagi sekadar "
      "menerima kebijakan; mereka menimbang, membandingkan, bahkan &quot;menghakimi&quot; "
      "kebijakan di ruang publik digital. Dalam forum kehumasan Jawa Tengah tahun 2018 "
      "ditegaskan pula bahwa humas bukan lagi sekadar penyambung lidah pemerintah, melainkan "
      "penghubung ide dan kebijakan yang mendorong instansinya menjadi lebih baik.</p>"),
    image("hnh-m1-satu-arah-dua-arah.svg",
          alt_text="Dua pola komunikasi. Kiri, satu arah: instansi mengirim pesan lewat "
                   "media massa ke warga, panah hanya ke satu arah. Kanan, dua arah: "
                   "instansi dan warga saling berkirim informasi, pertanyaan, dan masukan.",
          caption="Pola satu arah hanya menyampaikan; pola dua arah menyampaikan sekaligus "
                  "mendengarkan."),
    heading("Humas sebagai jembatan: menyampaikan dan mendengarkan"),
    p("<p>Peran humas pemerintah yang paling penting kini adalah menjembatani kepentingan "
      "pemerintah dan masyarakat. Jembatan selalu dilalui dua arah:</p>"
      "<ul>"
      "<li><strong>Menyampaikan.</strong> Menjelaskan kebijakan dengan bahasa warga: apa "
      "yang berubah, mengapa, kapan berlaku, dan apa yang perlu mereka lakukan.</li>"
      "<li><strong>Mendengarkan.</strong> Menangkap pertanyaan, keluhan, dan usulan warga, "
      "lalu membawanya ke pengambil keputusan agar kebijakan dan pelaksanaannya makin "
      "sesuai dengan kebutuhan masyarakat.</li>"
      "</ul>"
      "<p>Contohnya, dinas pendidikan mengunggah jadwal penerimaan peserta didik baru "
      "(PPDB). Dari ratusan komentar, terlihat bahwa banyak orang tua bingung cara mengecek "
      "jarak rumah ke sekolah. Dinas lalu menambah infografik langkah demi langkah dan "
      "membuka sesi tanya jawab daring. Kebijakannya sama, tetapi pelaksanaannya jauh lebih "
      "lancar karena pemerintah mau mendengar.</p>"
      "<p>Ketika warga dilibatkan sejak awal, mereka merasa ikut memiliki program itu. "
      "Masukan dan kritik mereka menjadi kontrol yang sehat atas dampak kebijakan, bukan "
      "ancaman yang perlu ditakuti.</p>"),
    p("<p>Kementerian Dalam Negeri dalam kegiatan kehumasan tahun 2022 mengingatkan bahwa "
      "media sosial bukan hanya WhatsApp, Twitter (kini X), atau Instagram, melainkan semua "
      "ide, pemikiran, konten, dan komunikasi yang berlangsung secara daring. Karena itu, "
      "pengelola kehumasan perlu peka terhadap kelompok masyarakat sipil yang dominan di "
      "wilayahnya, seperti warga, mahasiswa, wartawan, dan media massa, agar aspirasi mereka "
      "tersalurkan.</p>"),
    regulation(UUD_1945, "Pasal 28F",
               "Setiap orang berhak untuk berkomunikasi dan memperoleh informasi untuk "
               "mengembangkan pribadi dan lingkungan sosialnya, serta berhak untuk mencari, "
               "memperoleh, memiliki, menyimpan, mengolah, dan menyampaikan informasi dengan "
               "menggunakan segala jenis saluran yang tersedia."),
    p("<p>Hak atas informasi dijamin konstitusi. Artinya, menjawab pertanyaan warga dan "
      "membagikan informasi layanan bukan kebaikan hati instansi, melainkan bagian dari "
      "kewajiban negara. Ketentuan rincinya diatur dalam UU No. 14 Tahun 2008 tentang "
      "Keterbukaan Informasi Publik, yang dibahas dalam modul tersendiri.</p>"),
    social_post(
        "x", "Dinas Pendidikan Kota Contoh", "disdik.kotacontoh",
        "PENGUMUMAN: Pendaftaran PPDB dibuka sesuai jadwal. Informasi selengkapnya silakan "
        "menghubungi sekolah masing-masing. (Balasan untuk unggahan ini dibatasi.)",
        verdict="bad",
        comment="Pola satu arah: tanggal tidak disebut, warga dilempar ke sekolah, dan kolom "
                "balasan ditutup sehingga pertanyaan tidak punya tempat. Hasilnya, "
                "pertanyaan pindah ke grup WhatsApp dan kabar simpang siur bermunculan."),
    social_post(
        "instagram", "Dinas Pendidikan Kota Contoh", "disdik.kotacontoh",
        "Pendaftaran PPDB SMP jalur zonasi dibuka 10–14 Juni 2025 secara daring. Cara "
        "mengecek jarak rumah ke sekolah ada di slide 2, daftar dokumen di slide 3.\n\n"
        "Masih bingung? Tulis pertanyaan Anda di kolom komentar. Admin menjawab setiap hari "
        "kerja pukul 08.00–16.00, dan pertanyaan yang paling sering muncul kami rangkum "
        "setiap Jumat.",
        verdict="good",
        comment="Pola dua arah: informasi inti lengkap, warga diundang bertanya, ada janji "
                "waktu tanggapan, dan masukan warga diolah kembali menjadi informasi baru."),
    heading("Kepercayaan publik dibangun dari hal kecil"),
    p("<p>Kepercayaan tidak lahir dari satu kampanye besar. Ia tumbuh dari kebiasaan kecil "
      "yang konsisten: informasi yang akurat, jawaban yang datang tepat waktu, janji yang "
      "ditepati, dan kesediaan mengakui serta meralat kekeliruan secara terbuka. Satu "
      "jawaban yang ramah kepada warga yang kesal sering lebih berharga daripada puluhan "
      "poster kegiatan pimpinan.</p>"),
    callout("tip", "Dua arah bukan berarti menjawab semuanya sendiri",
            "<p>Anda tidak harus tahu semua jawaban. Yang penting, pertanyaan warga tidak "
            "dibiarkan menggantung: jawab yang Anda kuasai, arahkan sisanya ke kanal resmi "
            "seperti akun instansi, pusat panggilan, atau SP4N-LAPOR!, dan teruskan isu yang "
            "ramai dibicarakan kepada tim humas.</p>"),
    takeaways([
        "Humas pemerintah bergeser dari corong satu arah menjadi komunikasi dua arah yang "
        "partisipatif.",
        "Humas adalah jembatan: menyampaikan kebijakan sekaligus mendengarkan kebutuhan "
        "warga.",
        "Media sosial mencakup semua percakapan daring, termasuk grup warga dan komentar.",
        "Hak warga atas informasi dijamin Pasal 28F UUD 1945.",
        "Kepercayaan publik tumbuh dari jawaban yang akurat, cepat, dan konsisten.",
    ]),
]

# --- Pelajaran 2 ------------------------------------------------------------------

LESSON_THREE_ROLES = [
    p("<p>Pada Mei 2015, dalam lokakarya &quot;Revolusi Mental bagi Pejabat Humas&quot; di "
      "Surabaya, Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi "
      "(KemenPAN-RB) menegaskan bahwa setiap humas pemerintah wajib aktif di media sosial, "
      "baik untuk menyampaikan maupun menerima informasi. Dalam kesempatan itu disebutkan "
      "tiga peran humas pemerintah. Ketiganya bukan hanya urusan bagian humas: hampir setiap "
      "pegawai menyentuhnya dalam tugas sehari-hari.</p>"),
    image("hnh-m1-tiga-peran.svg",
          alt_text="Tiga peran humas pemerintah yang saling terhubung: mengelola dan "
                   "menyinergikan informasi publik; mengoptimalkan jaringan komunikasi; "
                   "membangun opini publik berdasarkan agenda pemerintah. Di tengah: "
                   "kepercayaan publik.",
          caption="Tiga peran humas pemerintah menurut KemenPAN-RB (2015), bermuara pada "
                  "kepercayaan publik."),
    heading("Peran 1: Mengelola dan menyinergikan informasi publik"),
    p("<p>Informasi pemerintah tersebar di banyak unit: jadwal layanan di loket, syarat "
      "dokumen di bidang teknis, data penerima bantuan di dinas sosial, dan rencana kegiatan "
      "di bagian perencanaan. Mengelola berarti informasi itu dikumpulkan, diperiksa, dan "
      "disimpan rapi. Menyinergikan berarti semua unit, dari pusat sampai daerah, "
      "menyampaikan versi yang sama.</p>"
      "<p>Bayangkan kelurahan menyebut pendaftaran bantuan sosial (bansos) ditutup tanggal "
      "15, sementara dinas sosial menulis tanggal 20. Warga bingung, antrean menumpuk, dan "
      "kepercayaan turun. Masalah seperti ini jarang terjadi karena niat buruk; biasanya "
      "karena unit-unit tidak saling mengecek.</p>"
      "<p><strong>Yang bisa Anda lakukan:</strong> kirim pembaruan informasi layanan unit "
      "Anda kepada tim humas, bagikan informasi hanya dari sumber resmi, dan laporkan bila "
      "Anda menemukan informasi yang saling bertentangan.</p>"),
    p("<p>Semangat yang sama tertuang dalam Instruksi Presiden No. 9 Tahun 2015 tentang "
      "Pengelolaan Komunikasi Publik. Inpres ini meminta kementerian, lembaga, dan "
      "pemerintah daerah mengelola komunikasi publik secara terkoordinasi, dengan "
      "Kementerian Komunikasi dan Informatika (kini Kementerian Komunikasi dan Digital) "
      "sebagai penyusun narasi tunggal tentang kebijakan dan program pemerintah. Tujuannya "
      "sederhana: pesan pemerintah tidak saling bertabrakan.</p>"),
    heading("Peran 2: Mengoptimalkan jaringan komunikasi dan informasi"),
    p("<p>Satu akun resmi, sebagus apa pun, hanya menjangkau pengikutnya sendiri. Informasi "
      "baru benar-benar sampai ke warga bila bergerak melalui jaringan: akun kecamatan dan "
      "kelurahan, akun sekolah dan puskesmas, grup WhatsApp RT/RW, tokoh masyarakat, media "
      "lokal, dan akun pribadi para pegawai.</p>"
      "<p>Misalnya, peringatan dini banjir dari BPBD dibagikan ulang oleh akun kelurahan, "
      "puskesmas, sekolah, dan puluhan pegawai di akun pribadinya. Dalam satu jam, pesan "
      "yang tadinya hanya dilihat ribuan orang dapat sampai ke puluhan ribu warga di wilayah "
      "rawan.</p>"
      "<p>Dalam forum kehumasan Jawa Tengah 2018, ASN disarankan mengikuti akun-akun yang "
      "pengikutnya banyak agar informasi yang dibagikan ikut terbaca lebih luas. Terapkan "
      "saran ini dengan bijak: jalin hubungan dengan akun yang relevan bagi warga Anda, "
      "seperti media lokal, komunitas, akun instansi lain, dan tokoh masyarakat. Hindari "
      "akun partai atau tim pemenangan calon, karena ASN wajib netral.</p>"
      "<p>Jaringan yang dikelola dengan serius memberi hasil nyata. KemenPAN-RB mencontohkan "
      "unggahan Biro Hukum dan Humasnya yang kerap menjadi topik terpopuler di Twitter, dan "
      "situs webnya yang pernah masuk sepuluh besar, bersaing dengan situs berita umum.</p>"),
    heading("Peran 3: Membangun opini publik berdasarkan agenda pemerintah"),
    p("<p>Peran ketiga sering disalahpahami. Membangun opini publik bukan berarti memoles "
      "citra atau menutupi masalah. Maksudnya, pemerintah menjelaskan rencana dan programnya "
      "sejak awal, dengan data dan alasan yang jujur, sehingga warga bisa memahami, menilai, "
      "dan ikut mendukung bila memang bermanfaat.</p>"
      "<p>Contohnya, dinas penanaman modal berencana memindahkan layanan perizinan dari "
      "berkas kertas ke sistem daring. Opini publik yang sehat dibangun dengan mengumumkan "
      "rencana beberapa pekan sebelumnya, menjelaskan manfaatnya (tidak perlu bolak-balik "
      "ke kantor, status berkas bisa dipantau), menyediakan meja bantuan bagi yang belum "
      "terbiasa, lalu mendengarkan keberatan pelaku usaha dan menjawabnya secara "
      "terbuka.</p>"),
    callout("warning", "Membangun opini, bukan menggiring opini",
            "<p>Opini publik yang dibangun dengan cara curang akan runtuh dan menyeret nama "
            "instansi. Jangan memakai akun palsu atau anonim untuk memuji program, jangan "
            "membayar pendengung untuk menyerang pengkritik, dan jangan menyembunyikan fakta "
            "yang tidak menguntungkan. Kejujuran adalah modal utama humas pemerintah.</p>"),
    checklist("Tiga peran dalam tugas harian Anda", [
        "Saya tahu di mana sumber resmi informasi layanan unit saya.",
        "Saya mengirim pembaruan jadwal atau syarat layanan kepada tim humas.",
        "Saya mengikuti akun resmi instansi, instansi mitra, dan media lokal.",
        "Saya membagikan ulang informasi resmi yang relevan bagi warga di sekitar saya.",
        "Saya menjelaskan program instansi dengan data, bukan dengan klaim berlebihan.",
    ]),
    takeaways([
        "Peran 1: informasi publik dikelola rapi dan disampaikan dalam satu versi yang "
        "sama.",
        "Peran 2: jaringan akun instansi, komunitas, media lokal, dan pegawai membuat pesan "
        "sampai ke warga.",
        "Peran 3: opini publik dibangun dengan penjelasan jujur sejak awal, bukan dengan "
        "pendengung atau akun palsu.",
        "Inpres No. 9 Tahun 2015 menuntut komunikasi publik yang terkoordinasi.",
    ]),
]

# --- Pelajaran 3 ------------------------------------------------------------------

LESSON_EVERY_ASN = [
    p("<p>Dalam forum sinkronisasi dan koordinasi kehumasan Provinsi Jawa Tengah di Cilacap "
      "pada September 2018, peserta diingatkan pada pesan gubernur saat itu: semua "
      "anggota organisasi pemerintah diharapkan menjadi humas, atau &quot;humas untuk "
      "non-humas&quot;. Tiga "
      "tahun sebelumnya, KemenPAN-RB juga meminta agar bukan hanya lembaganya, melainkan "
      "setiap pegawai, memiliki media sosial yang dapat dipakai untuk menyebarkan informasi "
      "pemerintah. Kementerian itu bahkan menyebut aneh bila masih ada pegawai humas yang "
      "tidak punya akun media sosial.</p>"
      "<p>Pelajaran ini menerjemahkan gagasan tersebut ke dalam langkah yang realistis bagi "
      "Anda, apa pun jabatan Anda.</p>"),
    heading("Mengapa Anda ikut menjadi humas"),
    p("<ul>"
      "<li><strong>Anda sudah menjadi wajah instansi.</strong> Warga menilai pemerintah dari "
      "petugas di loket, dari jawaban di telepon, dan dari unggahan pegawai yang mereka "
      "kenal.</li>"
      "<li><strong>Anda paling paham layanan Anda.</strong> Petugas perekaman KTP-el lebih "
      "tahu pertanyaan warga tentang KTP-el daripada staf humas di kantor pusat.</li>"
      "<li><strong>Warga lebih percaya orang yang mereka kenal.</strong> Informasi yang "
      "dibagikan tetangga atau kerabat yang bekerja di puskesmas sering lebih didengar "
      "daripada baliho.</li>"
      "<li><strong>Jaringan Anda luas.</strong> Grup keluarga, grup RT, grup alumni, dan "
      "komunitas hobi adalah jalur yang tidak dimiliki akun resmi.</li>"
      "</ul>"),
    heading("Batasnya: apa yang bukan tugas Anda"),
    p("<p>Menjadi humas untuk instansi tidak sama dengan menjadi juru bicara. Anda tidak "
      "berwenang mengumumkan kebijakan yang belum resmi, menjawab atas nama instansi untuk "
      "urusan di luar tugas Anda, atau membocorkan dokumen internal. Anda juga bukan "
      "pendengung politik: netralitas ASN tetap berlaku di media sosial.</p>"),
    do_dont(
        "Humas untuk non-humas",
        [
            "Membagikan ulang unggahan akun resmi instansi dengan catatan singkat yang "
            "ramah.",
            "Menjawab pertanyaan seputar layanan yang benar-benar Anda kuasai.",
            "Mengarahkan keluhan ke kanal pengaduan resmi dan memastikan warga tahu "
            "caranya.",
            "Melaporkan kepada tim humas bila ada isu tentang instansi yang mulai ramai.",
        ],
        [
            "Mengumumkan hasil rapat atau rencana kebijakan yang belum diputuskan.",
            "Mengunggah dokumen internal, surat yang belum ditandatangani, atau data "
            "pribadi warga.",
            "Berdebat panas dengan warganet yang mengkritik instansi.",
            "Memakai akun pribadi untuk mendukung atau menyerang peserta pemilu.",
        ],
    ),
    social_post(
        "facebook", "Rina Lestari (perawat Puskesmas Sukamaju)", "",
        "Ibu-ibu di Sukamaju, jadwal imunisasi dan posyandu bulan ini sudah keluar di akun "
        "resmi Puskesmas Sukamaju. Jangan lupa bawa buku KIA ya. Kalau ada yang ingin "
        "ditanyakan soal jadwal, boleh tulis di komentar unggahan puskesmas, nanti dijawab "
        "petugas.",
        verdict="good",
        comment="Contoh humas untuk non-humas yang pas: informasi bersumber dari akun "
                "resmi, nadanya akrab untuk lingkungannya, dan pertanyaan diarahkan ke kanal "
                "resmi. (Nama dan puskesmas dalam contoh ini rekaan.)"),
    social_post(
        "whatsapp", "Grup Warga Perumahan Griya Asri", "",
        "Bocoran dari kantor nih, ini daftar calon penerima bansos tahap 2 (masih draf). "
        "Cek nama kalian, siapa tahu ada! [foto daftar nama lengkap beserta NIK dan "
        "alamat]",
        verdict="bad",
        comment="Berbahaya dari banyak sisi: dokumen masih draf sehingga bisa berubah dan "
                "memicu salah paham, memuat data pribadi warga yang wajib dilindungi "
                "(UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi), dan disebarkan "
                "tanpa kewenangan. Tunggu pengumuman resmi, lalu bagikan tautannya."),
    heading("Mulai dari layanan yang Anda kuasai"),
    p("<ol>"
      "<li>Catat tiga pertanyaan yang paling sering ditanyakan warga kepada unit Anda.</li>"
      "<li>Cari jawaban resminya: di situs, akun resmi, atau standar pelayanan unit "
      "Anda.</li>"
      "<li>Bila jawaban itu belum pernah diumumkan, usulkan kepada tim humas agar "
      "dibuatkan unggahan.</li>"
      "<li>Bagikan unggahan resmi di akun pribadi Anda dengan satu atau dua kalimat "
      "pengantar yang ramah.</li>"
      "<li>Arahkan pertanyaan lanjutan ke kanal resmi, dan teruskan isu yang ramai kepada "
      "tim humas.</li>"
      "</ol>"),
    callout("tip", "Anda adalah sistem peringatan dini",
            "<p>Pegawai di lapangan sering lebih dulu mendengar keluhan, misalnya antrean "
            "layanan KTP-el yang mengular atau kabar keliru tentang jadwal vaksinasi. "
            "Laporan singkat Anda kepada tim humas membuat instansi bisa menjawab sebelum "
            "isu membesar.</p>"),
    checklist("Sebelum membagikan informasi instansi", [
        "Sumbernya akun, situs, atau surat resmi instansi.",
        "Informasinya sudah final dan masih berlaku.",
        "Tidak memuat data pribadi warga atau dokumen internal.",
        "Saya paham isinya cukup baik untuk menjawab pertanyaan sederhana.",
        "Ada kanal resmi untuk pertanyaan lanjutan.",
    ]),
    assignment(
        "Unggahan pertama Anda sebagai humas untuk non-humas",
        "<p>Pilih satu layanan publik di unit kerja Anda, misalnya jadwal perekaman KTP-el, "
        "syarat pengurusan izin usaha, atau jadwal posyandu. Tulis draf unggahan untuk "
        "<strong>akun pribadi</strong> Anda (maksimal 100 kata) yang membagikan informasi "
        "resmi tentang layanan itu.</p>"
        "<p>Jawaban yang baik:</p>"
        "<ul>"
        "<li>menyebut sumber resminya (akun, situs, atau pengumuman instansi);</li>"
        "<li>memuat informasi inti: apa, kapan, di mana, syarat, dan ke mana bertanya;</li>"
        "<li>memakai nada ramah yang cocok untuk teman dan tetangga Anda;</li>"
        "<li>mengarahkan pertanyaan lanjutan ke kanal resmi;</li>"
        "<li>tidak memuat data pribadi, dokumen internal, atau muatan politik.</li>"
        "</ul>"
        "<p>Tambahkan satu kalimat penjelasan: mengapa layanan ini yang Anda pilih. Bila "
        "unggahan sudah Anda terbitkan, lampirkan tautannya.</p>",
        allow_link=True,
    ),
    takeaways([
        "Humas untuk non-humas: setiap ASN ikut menyampaikan informasi instansinya.",
        "Anda paling paham layanan unit Anda, dan jaringan pribadi Anda menjangkau warga "
        "yang tidak dijangkau akun resmi.",
        "Menjadi humas tidak sama dengan menjadi juru bicara: bagikan yang resmi, arahkan "
        "sisanya ke kanal resmi.",
        "Jangan sebarkan draf, dokumen internal, atau data pribadi warga.",
        "Laporkan isu yang mulai ramai kepada tim humas sedini mungkin.",
    ]),
]

# --- Kuis -------------------------------------------------------------------------

QUESTIONS = [
    single(
        "hnh-m1-q1",
        "Manakah gambaran yang paling tepat tentang pergeseran peran humas pemerintah saat "
        "ini?",
        [
            ("Dari menjaga hubungan dengan wartawan saja menjadi komunikasi dua arah yang "
             "melibatkan warga secara langsung, tanpa meninggalkan media konvensional.", True,
             "Tepat. Humas kini menyampaikan sekaligus mendengarkan, dan media konvensional "
             "tetap dipakai berdampingan dengan media sosial."),
            ("Dari media cetak ke media sosial, sehingga siaran pers dan hubungan dengan "
             "media massa tidak diperlukan lagi.", False,
             "Kurang tepat. Pergeserannya soal arah komunikasi, bukan sekadar ganti saluran. "
             "Media konvensional tetap penting."),
            ("Dari menjelaskan kebijakan menjadi mempromosikan pimpinan instansi sebanyak "
             "mungkin.", False,
             "Keliru. Humas pemerintah bertugas menjembatani kebijakan dan kebutuhan warga, "
             "bukan membangun citra pribadi pimpinan."),
            ("Dari komunikasi yang terbuka menjadi komunikasi yang lebih tertutup agar tidak "
             "memicu kritik.", False,
             "Keliru. Arahnya justru sebaliknya: lebih terbuka dan partisipatif, dengan "
             "kritik dipandang sebagai masukan."),
        ],
        explanation="Humas pemerintah bergeser dari corong satu arah menjadi jembatan dua "
                    "arah: menyampaikan kebijakan dan mendengarkan kebutuhan warga.",
    ),
    single(
        "hnh-m1-q2",
        "Akun resmi dinas pendidikan mengunggah jadwal PPDB. Dalam sehari muncul ratusan "
        "komentar orang tua yang bingung cara menghitung jarak rumah ke sekolah. Langkah "
        "mana yang paling mencerminkan komunikasi dua arah?",
        [
            ("Menutup kolom komentar agar tidak semakin ramai.", False,
             "Menutup komentar memindahkan kebingungan ke grup WhatsApp, tempat kabar keliru "
             "lebih sulit diluruskan."),
            ("Menjawab komentar, lalu membuat infografik cara mengecek jarak dan membuka sesi "
             "tanya jawab berdasarkan pertanyaan yang paling sering muncul.", True,
             "Tepat. Pertanyaan warga dijawab dan diolah kembali menjadi informasi yang "
             "lebih jelas. Itulah inti komunikasi dua arah."),
            ("Membiarkan saja, karena jadwal sudah diumumkan dengan benar.", False,
             "Informasi yang benar tetapi tidak dipahami belum menjalankan tugasnya. Diam "
             "juga membuat warga merasa diabaikan."),
            ("Mengunggah ulang jadwal yang sama beberapa kali sehari.", False,
             "Mengulang pesan yang sama tidak menjawab sumber kebingungan, yaitu cara "
             "menghitung jarak."),
        ],
        explanation="Komunikasi dua arah berarti mendengar pertanyaan warga dan "
                    "menanggapinya, termasuk memperbaiki cara informasi disampaikan.",
    ),
    multiple(
        "hnh-m1-q3",
        "Mana saja kegiatan berikut yang merupakan pelaksanaan tiga peran humas pemerintah "
        "(mengelola dan menyinergikan informasi publik, mengoptimalkan jaringan komunikasi, "
        "membangun opini publik berdasarkan agenda pemerintah)?",
        [
            ("Dinas sosial dan kelurahan mencocokkan tanggal penutupan pendaftaran bansos "
             "sebelum diumumkan.", True,
             "Benar. Ini peran pertama: informasi publik dikelola dan disinergikan agar "
             "semua unit menyampaikan versi yang sama."),
            ("Peringatan dini banjir dari BPBD dibagikan ulang oleh akun kelurahan, sekolah, "
             "dan puskesmas.", True,
             "Benar. Ini peran kedua: jaringan komunikasi dimanfaatkan agar pesan penting "
             "sampai ke lebih banyak warga."),
            ("Rencana peralihan perizinan ke sistem daring diumumkan beberapa pekan lebih "
             "awal, lengkap dengan manfaat dan meja bantuan.", True,
             "Benar. Ini peran ketiga: opini publik dibangun dengan penjelasan jujur sejak "
             "awal tentang agenda pemerintah."),
            ("Membuat beberapa akun anonim untuk memuji program kepala daerah di kolom "
             "komentar.", False,
             "Salah. Ini menggiring opini secara curang. Bila ketahuan, kepercayaan publik "
             "kepada instansi justru runtuh."),
        ],
        explanation="Tiga peran humas pemerintah dijalankan dengan informasi yang "
                    "sinkron, jaringan yang luas, dan penjelasan yang jujur, bukan dengan "
                    "manipulasi.",
    ),
    true_false(
        "hnh-m1-q4",
        "Prinsip \"humas untuk non-humas\" berarti setiap ASN boleh langsung mengumumkan di "
        "akun pribadinya rencana kebijakan yang baru ia dengar dalam rapat, supaya warga "
        "tahu lebih cepat.",
        False,
        feedback_true="Kurang tepat. Menjadi humas untuk instansi tidak sama dengan menjadi "
                      "juru bicara. Rencana yang belum diputuskan bisa berubah dan memicu "
                      "kebingungan; bagikan setelah ada pengumuman resmi.",
        feedback_false="Tepat. ASN membantu menyebarkan informasi yang sudah resmi. Rencana "
                       "yang belum diputuskan tidak boleh diumumkan sendiri.",
        explanation="Humas untuk non-humas adalah ikut menyebarkan informasi resmi dan "
                    "mengarahkan warga ke kanal resmi, bukan mendahului keputusan instansi.",
    ),
    single(
        "hnh-m1-q5",
        "Dalam forum kehumasan Jawa Tengah, ASN disarankan mengikuti akun yang pengikutnya "
        "banyak agar informasi yang dibagikan terbaca lebih luas. Penerapan mana yang paling "
        "tepat bagi seorang ASN di dinas kesehatan kabupaten?",
        [
            ("Mengikuti dan menjalin interaksi dengan media lokal, komunitas kesehatan, akun "
             "instansi lain, dan tokoh masyarakat di wilayahnya.", True,
             "Tepat. Akun-akun itu relevan bagi warga setempat dan tidak bertentangan "
             "dengan netralitas ASN."),
            ("Mengikuti akun tim pemenangan calon bupati yang pengikutnya banyak dan meminta "
             "diikuti balik.", False,
             "Tidak tepat. Berinteraksi dengan akun pemenangan calon berisiko melanggar "
             "netralitas ASN, seberapa pun besar pengikutnya."),
            ("Membeli pengikut agar akun pribadinya tampak berpengaruh.", False,
             "Tidak tepat. Pengikut palsu tidak membaca informasi Anda dan merusak "
             "kredibilitas."),
            ("Menandai puluhan selebritas di setiap unggahan agar dibagikan ulang.", False,
             "Tidak tepat. Cara ini terkesan mengganggu dan jarang berhasil; jaringan yang "
             "relevan lebih berguna daripada sekadar nama besar."),
        ],
        explanation="Mengoptimalkan jaringan berarti terhubung dengan akun yang relevan "
                    "bagi warga Anda, sambil tetap menjaga netralitas dan kejujuran.",
    ),
    true_false(
        "hnh-m1-q6",
        "Karena hak memperoleh informasi dijamin Pasal 28F UUD 1945, menjawab pertanyaan "
        "warga tentang layanan publik adalah bagian dari kewajiban negara, bukan sekadar "
        "kebaikan hati instansi.",
        True,
        feedback_true="Tepat. Hak atas informasi adalah hak konstitusional, dan instansi "
                      "pemerintah wajib memenuhinya, antara lain melalui UU No. 14 Tahun "
                      "2008 tentang Keterbukaan Informasi Publik.",
        feedback_false="Kurang tepat. Pasal 28F UUD 1945 menjamin hak setiap orang untuk "
                       "memperoleh informasi, sehingga pelayanan informasi adalah "
                       "kewajiban, bukan kemurahan hati.",
        explanation="Hak atas informasi dijamin konstitusi; UU 14/2008 mengatur "
                    "pelaksanaannya oleh badan publik.",
    ),
    multiple(
        "hnh-m1-q7",
        "Kemendagri (2022) menekankan bahwa media sosial mencakup semua ide, konten, dan "
        "komunikasi daring, dan bahwa aspirasi kelompok masyarakat sipil harus tersalurkan. "
        "Mana saja yang perlu diperhatikan sebuah dinas lingkungan hidup yang ingin tahu "
        "pendapat warga tentang jadwal baru pengangkutan sampah?",
        [
            ("Komentar dan pesan langsung di akun resmi dinas.", True,
             "Benar. Ini kanal yang paling jelas, tetapi bukan satu-satunya."),
            ("Diskusi di grup Facebook warga perumahan dan grup WhatsApp RT yang bisa "
             "diakses pegawai.", True,
             "Benar. Banyak keluhan justru muncul di grup warga, bukan di akun resmi."),
            ("Pemberitaan media lokal dan unggahan mahasiswa atau komunitas peduli "
             "lingkungan.", True,
             "Benar. Wartawan, media, mahasiswa, dan komunitas termasuk masyarakat sipil "
             "yang suaranya perlu didengar."),
            ("Hanya surat resmi yang masuk lewat bagian persuratan.", False,
             "Salah. Membatasi diri pada surat resmi membuat dinas kehilangan sebagian besar "
             "percakapan warga yang terjadi secara daring."),
        ],
        explanation="Mendengarkan berarti memperhatikan percakapan di banyak tempat: akun "
                    "resmi, grup warga, media, dan komunitas.",
    ),
    single(
        "hnh-m1-q8",
        "Budi, petugas perekaman KTP-el di kecamatan, bukan pegawai humas. Ia ingin mulai "
        "berperan sebagai humas untuk instansinya. Langkah pertama mana yang paling tepat?",
        [
            ("Membuat akun baru atas nama kecamatan tanpa sepengetahuan pimpinan agar bisa "
             "menjawab warga lebih cepat.", False,
             "Tidak tepat. Akun tidak resmi yang mengatasnamakan instansi membingungkan "
             "warga dan sulit dipertanggungjawabkan."),
            ("Mencatat pertanyaan warga yang paling sering muncul, mencari jawaban resminya, "
             "lalu membagikan unggahan resmi tentang hal itu di akun pribadinya.", True,
             "Tepat. Budi memulai dari layanan yang paling ia kuasai dan tetap bersandar "
             "pada sumber resmi."),
            ("Mengomentari kebijakan kependudukan nasional yang sedang ramai "
             "diperbincangkan.", False,
             "Kurang tepat. Kebijakan nasional di luar kewenangannya; lebih baik ia "
             "membagikan penjelasan resmi daripada berkomentar sendiri."),
            ("Menunggu sampai ditunjuk menjadi anggota tim humas.", False,
             "Tidak perlu menunggu. Setiap ASN sudah menjadi wajah instansinya dan bisa "
             "mulai dari hal kecil."),
        ],
        explanation="Humas untuk non-humas dimulai dari layanan yang Anda kuasai, dengan "
                    "informasi dari sumber resmi.",
    ),
    true_false(
        "hnh-m1-q9",
        "Membangun opini publik berdasarkan agenda pemerintah boleh dilakukan dengan "
        "membayar pendengung (buzzer) untuk menyerang akun-akun yang mengkritik program, "
        "asalkan programnya memang baik.",
        False,
        feedback_true="Kurang tepat. Menyerang pengkritik dengan pendengung bayaran adalah "
                      "manipulasi, bukan membangun opini. Cara ini merusak kepercayaan "
                      "publik dan nama instansi.",
        feedback_false="Tepat. Opini publik dibangun dengan penjelasan jujur, data, dan "
                       "kesediaan mendengar kritik, bukan dengan pendengung bayaran.",
        explanation="Kritik adalah masukan. Tanggapi dengan data dan perbaikan, bukan "
                    "dengan serangan.",
    ),
    single(
        "hnh-m1-q10",
        "Seorang staf kelurahan membaca di grup WhatsApp warga bahwa \"pendaftaran bansos "
        "ditutup besok\", padahal menurut pengumuman resmi masih dibuka sepekan lagi. Apa "
        "yang paling tepat ia lakukan?",
        [
            ("Diam saja, karena meluruskan kabar adalah tugas tim humas.", False,
             "Kurang tepat. Ia berada di tempat kabar itu beredar; diam membuat warga panik "
             "dan antrean menumpuk."),
            ("Membalas dengan sopan sambil membagikan tautan pengumuman resmi, lalu "
             "melaporkan kabar keliru itu kepada tim humas.", True,
             "Tepat. Ia meluruskan dengan sumber resmi di tempat kabar beredar, dan tim "
             "humas bisa menyiapkan klarifikasi yang lebih luas."),
            ("Menegur keras pengirim pesan di grup karena menyebar hoaks.", False,
             "Tidak tepat. Teguran keras mempermalukan warga dan memicu perdebatan; "
             "pengirim mungkin hanya salah paham."),
            ("Menulis ulang tanggal versinya sendiri tanpa menyertakan sumber.", False,
             "Kurang tepat. Tanpa sumber resmi, warga sulit membedakan mana yang benar."),
        ],
        explanation="Setiap ASN bisa menjadi sistem peringatan dini: luruskan dengan sumber "
                    "resmi, lalu laporkan kepada tim humas.",
    ),
]

MODULE = module(
    "Modul 1: Setiap ASN Adalah Humas",
    "modul-1-setiap-asn-humas",
    "Mengapa humas pemerintah bergeser dari komunikasi satu arah menjadi dua arah dan "
    "partisipatif, tiga peran humas pemerintah, dan apa arti \"humas untuk non-humas\" bagi "
    "setiap pegawai.",
    lessons=[
        lesson("Dari Satu Arah ke Dua Arah: Wajah Baru Humas Pemerintah",
               "m1-dari-satu-arah-ke-dua-arah", 15, LESSON_TWO_WAY),
        lesson("Tiga Peran Humas Pemerintah", "m1-tiga-peran-humas", 15, LESSON_THREE_ROLES),
        lesson("Humas untuk Non-Humas: Setiap Pegawai Ikut Bicara",
               "m1-humas-untuk-non-humas", 20, LESSON_EVERY_ASN),
    ],
    quiz_spec=quiz(
        "Kuis Modul 1: Setiap ASN Adalah Humas",
        "m1-kuis-setiap-asn-humas",
        QUESTIONS,
        intro="<p>Sepuluh soal tentang komunikasi dua arah, tiga peran humas pemerintah, "
              "dan penerapan humas untuk non-humas. Sebagian soal berupa kasus. Nilai lulus "
              "70; Anda boleh mengulang.</p>",
        pass_mark=70,
    ),
)
