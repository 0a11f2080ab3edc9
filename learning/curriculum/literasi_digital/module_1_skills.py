"""Module 1 of "Literasi Digital Dasar untuk ASN": cakap digital (digital skills)."""

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

PERPRES_SPBE = ("Peraturan Presiden No. 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis "
                "Elektronik")

# --- Pelajaran 1: mencari dan menilai informasi ----------------------------------

LESSON_INFORMASI = [
    p("<p>Hampir setiap hari seorang ASN mencari sesuatu di internet: bunyi sebuah "
      "peraturan, data penduduk untuk laporan, jadwal seleksi, atau jawaban atas pertanyaan "
      "warga di loket. Di grup WhatsApp kantor dan keluarga, pesan berantai datang silih "
      "berganti. Informasi yang salah atau kedaluwarsa bisa berujung pada laporan yang "
      "keliru, layanan yang membingungkan warga, bahkan keputusan yang salah.</p>"
      "<p>Karena ASN dianggap “orang dalam” pemerintahan, apa yang Anda teruskan "
      "lebih mudah dipercaya. Kemampuan mencari dan menilai informasi adalah bagian dari "
      "profesionalisme, bukan sekadar kemahiran memakai mesin pencari.</p>"),
    heading("Empat pilar literasi digital"),
    p("<p>Kursus ini mengikuti kerangka literasi digital nasional yang dipakai Kementerian "
      "Komunikasi dan Informatika (kini Kementerian Komunikasi dan Digital) bersama Gerakan "
      "Nasional Literasi Digital Siberkreasi. Kerangka itu memiliki empat pilar: "
      "<strong>cakap digital</strong> (digital skills), <strong>aman digital</strong> "
      "(digital safety), <strong>etis digital</strong> (digital ethics), dan "
      "<strong>budaya digital</strong> (digital culture). Modul ini membahas pilar pertama; "
      "modul 2 membahas keamanan; modul 3 membahas etika dan budaya.</p>"),
    image("ld-m1-empat-pilar.svg",
          alt_text="Diagram empat pilar literasi digital: cakap digital, aman digital, etis "
                   "digital, dan budaya digital, berdiri di atas landasan Pancasila dan "
                   "Bhinneka Tunggal Ika, menopang atap bertuliskan ASN yang cakap dan "
                   "tepercaya di ruang digital.",
          caption="Empat pilar literasi digital yang menjadi kerangka kursus ini."),
    heading("Mencari dengan lebih cerdas"),
    p("<p>Hasil pencarian yang baik dimulai dari kata kunci yang baik. Beberapa teknik "
      "sederhana yang bisa langsung dipakai:</p>"
      "<ul>"
      "<li><strong>Tanda kutip</strong> untuk frasa persis, misalnya "
      "<em>\"tunjangan kinerja\" 2024</em>.</li>"
      "<li><strong>site:go.id</strong> untuk membatasi hasil ke situs pemerintah, misalnya "
      "<em>syarat pindah domisili site:go.id</em>.</li>"
      "<li><strong>filetype:pdf</strong> untuk mencari dokumen resmi seperti peraturan atau "
      "laporan.</li>"
      "<li>Untuk peraturan, langsung buka basis data resmi: Jaringan Dokumentasi dan Informasi "
      "Hukum (JDIH) instansi, basis data peraturan BPK, atau laman peraturan pemerintah. "
      "Untuk data statistik, mulailah dari situs BPS atau portal Satu Data instansi.</li>"
      "</ul>"),
    heading("Membaca lateral: cek dulu siapa yang bicara"),
    p("<p>Banyak orang menilai sebuah situs dengan membacanya dari atas ke bawah: tampilannya "
      "rapi, ada logo, ada angka, maka dianggap benar. Para pemeriksa fakta profesional "
      "justru melakukan sebaliknya. Mereka segera <strong>membuka tab baru</strong> untuk "
      "mencari tahu siapa pemilik situs atau akun itu, apa kata sumber lain tentangnya, dan "
      "apakah klaim yang sama dimuat oleh sumber tepercaya. Cara ini disebut "
      "<strong>membaca lateral</strong> (membaca menyamping).</p>"
      "<ol>"
      "<li><strong>Berhenti sejenak.</strong> Jangan langsung percaya atau meneruskan, "
      "terutama bila pesan memancing emosi atau terasa mendesak.</li>"
      "<li><strong>Selidiki sumbernya.</strong> Siapa penulisnya? Apakah alamat situsnya "
      "benar-benar milik instansi (berakhiran .go.id) atau hanya mirip?</li>"
      "<li><strong>Cari liputan lain.</strong> Apakah akun resmi, situs instansi, atau media "
      "arus utama memuat hal yang sama?</li>"
      "<li><strong>Telusuri ke asalnya.</strong> Temukan dokumen, siaran pers, atau "
      "peraturan aslinya, bukan tangkapan layar dari tangkapan layar.</li>"
      "</ol>"),
    image("ld-m1-baca-lateral.svg",
          alt_text="Perbandingan dua cara membaca. Kiri: membaca vertikal, satu halaman "
                   "dibaca dari atas ke bawah. Kanan: membaca lateral, dari satu pesan dibuka "
                   "tab baru ke situs resmi instansi, media tepercaya, dan dokumen asli untuk "
                   "dibandingkan.",
          caption="Membaca lateral: sebelum percaya isi sebuah halaman, periksa dulu "
                  "sumbernya dari luar halaman itu."),
    heading("Tanggal dan status: informasi juga bisa kedaluwarsa"),
    p("<p>Informasi yang dulu benar bisa sudah tidak berlaku. Pengumuman jadwal PPDB tahun "
      "lalu, tarif layanan sebelum perubahan peraturan daerah, atau prosedur darurat "
      "pandemi sering beredar ulang tanpa tanggal. Contoh lain yang dekat dengan ASN: "
      "UU No. 5 Tahun 2014 tentang ASN sudah dicabut dan diganti dengan UU No. 20 Tahun "
      "2023 tentang ASN. Materi pelatihan yang masih mengutip undang-undang lama tanpa "
      "catatan perlu diperiksa ulang.</p>"
      "<p>Biasakan melihat tiga hal: <strong>kapan</strong> informasi diterbitkan, "
      "<strong>apakah</strong> sudah ada perubahan atau pencabutan (halaman JDIH biasanya "
      "mencantumkan status peraturan), dan <strong>untuk wilayah mana</strong> informasi "
      "itu berlaku.</p>"),
    social_post(
        "whatsapp", "Grup Pegawai Kecamatan Contoh", "",
        "INFO PENTING!! Pendaftaran PPPK tahap 2 DIBUKA HARI INI sampai jam 17.00, kuota "
        "terbatas. Daftar lewat link berikut: bit.ly/daftar-pppk-cepat. Teruskan ke "
        "keluarga yang butuh!!",
        verdict="bad",
        comment="Tidak ada tanggal, tidak ada sumber resmi, memakai tautan pemendek yang "
                "menyembunyikan alamat aslinya, dan memaksa dengan tenggat jam. Pendaftaran "
                "seleksi ASN diumumkan di kanal resmi BKN dan instansi penyelenggara. Cek "
                "di sana sebelum menekan tautan apa pun, apalagi meneruskannya.",
    ),
    social_post(
        "instagram", "BKD Kabupaten Contoh", "bkd.kabcontoh",
        "Beredar pesan berantai tentang pendaftaran PPPK dengan tautan pendek. Pesan itu "
        "TIDAK berasal dari kami. Jadwal resmi seleksi diumumkan di situs BKN dan situs "
        "Pemerintah Kabupaten Contoh. Jangan mengisi data pribadi pada tautan yang tidak "
        "berakhiran .go.id. Ragu? Tanyakan ke layanan BKD, Senin–Jumat 08.00–15.00.",
        verdict="good",
        comment="Menyebut pesan yang beredar, menegaskan sumber resmi, memberi ciri yang "
                "mudah dicek warga (alamat .go.id), dan menyediakan kanal bertanya.",
    ),
    checklist("Sebelum memakai atau meneruskan informasi", [
        "Saya tahu siapa sumber aslinya dan sudah mengeceknya di luar halaman itu.",
        "Alamat situs atau akun benar-benar resmi, bukan tiruan yang mirip.",
        "Tanggal terbit jelas dan informasinya masih berlaku.",
        "Peraturan yang dikutip belum dicabut atau diubah.",
        "Klaim yang sama dimuat setidaknya oleh satu sumber tepercaya lain.",
    ]),
    assignment(
        "Latihan membaca lateral",
        "<p>Pilih satu informasi tentang layanan publik yang baru-baru ini Anda terima "
        "(pesan berantai di grup, unggahan media sosial, atau artikel daring), misalnya "
        "tentang jadwal pendaftaran, bantuan sosial, atau perubahan syarat layanan. Lakukan "
        "membaca lateral, lalu tuliskan:</p>"
        "<ol>"
        "<li>Klaim utama dalam satu kalimat.</li>"
        "<li>Minimal dua sumber yang Anda periksa di luar pesan itu (sebutkan nama situs atau "
        "akun resminya) dan apa yang Anda temukan.</li>"
        "<li>Tanggal informasi dan apakah masih berlaku.</li>"
        "<li>Kesimpulan Anda: benar, keliru, sebagian benar, atau belum dapat dipastikan.</li>"
        "<li>Satu pesan balasan singkat dan santun yang akan Anda kirim ke grup tempat "
        "informasi itu beredar.</li>"
        "</ol>"
        "<p>Jawaban yang baik menunjukkan langkah pemeriksaan, bukan hanya kesimpulan; "
        "menyebut sumber resmi yang dapat dicek orang lain; dan balasan ke grupnya tidak "
        "mempermalukan pengirim. Jangan cantumkan nama atau nomor telepon pengirim pesan.</p>",
        allow_link=False,
    ),
    takeaways([
        "Literasi digital punya empat pilar: cakap, aman, etis, dan budaya digital.",
        "Pakai teknik pencarian sederhana (tanda kutip, site:go.id, filetype:pdf) dan basis "
        "data resmi seperti JDIH.",
        "Membaca lateral: periksa siapa sumbernya dari luar halaman sebelum memercayai isinya.",
        "Selalu cek tanggal dan status: informasi dan peraturan bisa sudah tidak berlaku.",
    ]),
]

# --- Pelajaran 2: berkas dan dokumen bersama -----------------------------------

LESSON_BERKAS = [
    p("<p>Pernahkah Anda mencari berkas bernama <em>laporan_final_revisi_fix2.docx</em> dan "
      "menemukan tiga versi berbeda di laptop, grup WhatsApp, dan cakram lepas (flashdisk)? "
      "Berkas yang berantakan membuang waktu, memicu kesalahan data, dan menyulitkan "
      "rekan yang menggantikan Anda saat cuti atau mutasi.</p>"
      "<p>Lebih serius lagi, dokumen kantor sering memuat data warga: NIK, alamat, data "
      "kesehatan, atau daftar penerima bantuan. Salah mengatur akses satu tautan saja bisa "
      "membuat data itu terbuka bagi siapa pun di internet.</p>"),
    heading("Nama berkas yang bisa dicari"),
    p("<p>Sepakati pola nama berkas dalam tim dan pakai secara konsisten. Pola yang "
      "sederhana dan ampuh: <strong>tanggal (tahun-bulan-hari) + topik + keterangan + "
      "versi</strong>. Contoh: <em>2024-08-12_laporan-posyandu-kecamatan-a_draf_v02.xlsx</em>. "
      "Tanggal di depan membuat berkas otomatis urut kronologis, dan nomor versi menggantikan "
      "kata ambigu seperti “final” atau “fix”.</p>"
      "<p>Susun folder sesuai cara tim bekerja, misalnya per kegiatan atau per tahun "
      "anggaran, dan jangan terlalu dalam: tiga tingkat biasanya cukup. Simpan satu "
      "berkas “BACA-SAYA” singkat di folder utama yang menjelaskan aturan "
      "penamaan untuk anggota tim baru.</p>"),
    do_dont(
        "Menata berkas kerja",
        [
            "Memakai pola nama yang disepakati: 2024-08-12_notulen-rapat-ppdb_v01.docx.",
            "Menyimpan berkas kerja di penyimpanan resmi yang disediakan instansi.",
            "Menyimpan satu versi induk di folder bersama dan bekerja di dokumen itu.",
            "Mencadangkan berkas penting secara berkala.",
        ],
        [
            "Nama berkas seperti \"dok baru (3).docx\" atau \"FINAL BANGET.xlsx\".",
            "Menjadikan grup WhatsApp sebagai tempat arsip dokumen kantor.",
            "Mengirim lampiran berulang kali lewat surel sehingga versinya bercabang.",
            "Menyimpan satu-satunya salinan data di laptop pribadi atau flashdisk.",
        ],
    ),
    heading("Dokumen bersama: atur siapa boleh apa"),
    p("<p>Dokumen daring yang bisa diedit bersama sangat membantu kolaborasi, misalnya untuk "
      "menyusun rekap kehadiran atau daftar usulan kegiatan. Kuncinya ada pada "
      "<strong>pengaturan akses</strong>:</p>"
      "<ul>"
      "<li><strong>Lihat</strong> untuk yang hanya perlu membaca, <strong>komentar</strong> "
      "untuk yang memberi masukan, <strong>edit</strong> hanya untuk yang benar-benar "
      "mengerjakan.</li>"
      "<li>Bagikan kepada <strong>orang tertentu</strong> (akun kedinasan), bukan "
      "“siapa saja yang memiliki tautan”, terutama bila berisi data pribadi.</li>"
      "<li>Cabut akses orang yang sudah pindah tugas atau selesai terlibat.</li>"
      "<li>Manfaatkan riwayat versi untuk melihat siapa mengubah apa, daripada menyimpan "
      "salinan baru setiap kali ada revisi.</li>"
      "</ul>"),
    callout(
        "warning", "Tautan terbuka = dokumen publik",
        "<p>Lembar kerja berisi nama, NIK, dan alamat penerima bantuan sosial yang dibagikan "
        "dengan pengaturan “siapa saja yang memiliki tautan” bisa terindeks mesin "
        "pencari atau diteruskan ke luar grup. Begitu tersebar, data itu tidak dapat ditarik "
        "kembali. Untuk data pribadi, bagikan hanya kepada akun yang berhak dan tampilkan "
        "data seperlunya, misalnya NIK disamarkan sebagian.</p>",
    ),
    heading("Cadangan dan naskah dinas"),
    p("<p>Laptop bisa rusak, hilang, atau terkena program jahat. Pegang prinsip cadangan "
      "<strong>3-2-1</strong>: tiga salinan data, di dua media berbeda, satu di antaranya "
      "di lokasi lain (misalnya penyimpanan awan resmi instansi). Tanyakan kepada unit TI "
      "atau Diskominfo layanan penyimpanan apa yang sudah disediakan, dan jangan memindahkan "
      "data kantor ke akun penyimpanan pribadi.</p>"
      "<p>Untuk surat dan naskah dinas, ikuti aplikasi tata naskah yang ditetapkan "
      "instansi. Banyak instansi kini memakai SRIKANDI, aplikasi umum bidang kearsipan "
      "dinamis yang dikembangkan ANRI bersama sejumlah kementerian dan lembaga, sehingga "
      "surat tercatat, terlacak, dan terarsip. Berkas yang "
      "dikirim lewat pesan pribadi tidak otomatis menjadi arsip resmi.</p>"),
    checklist("Sebelum membagikan dokumen bersama", [
        "Nama berkas mengikuti pola yang disepakati tim.",
        "Akses diberikan kepada orang tertentu, bukan siapa saja yang memiliki tautan.",
        "Hak akses sesuai peran: lihat, komentar, atau edit.",
        "Data pribadi yang tidak perlu sudah dihapus atau disamarkan.",
        "Berkas tersimpan di penyimpanan resmi instansi dan punya cadangan.",
    ]),
    takeaways([
        "Pola nama tanggal + topik + keterangan + versi membuat berkas mudah dicari.",
        "Atur akses dokumen bersama per orang dan per peran; hindari tautan terbuka untuk "
        "data pribadi.",
        "Cabut akses yang tidak lagi diperlukan dan manfaatkan riwayat versi.",
        "Cadangkan dengan prinsip 3-2-1 dan pakai aplikasi naskah dinas resmi.",
    ]),
]

# --- Pelajaran 3: layanan digital pemerintah, rapat daring, produktivitas ------

LESSON_LAYANAN = [
    p("<p>Warga semakin sering mengurus layanan tanpa datang ke kantor: mendaftar "
      "perizinan berusaha, menyampaikan pengaduan, atau mengaktifkan identitas kependudukan "
      "digital. Saat mereka bingung, yang ditanya sering kali ASN yang mereka kenal, "
      "termasuk Anda yang tidak bertugas di unit layanan itu.</p>"
      "<p>Di dalam kantor, rapat daring dan kerja kolaboratif sudah menjadi kebiasaan. "
      "ASN yang cakap digital bisa mengarahkan warga ke kanal yang benar dan bekerja lebih "
      "efisien bersama rekan.</p>"),
    heading("SPBE: pemerintahan yang memakai teknologi untuk melayani"),
    regulation(
        PERPRES_SPBE, "Pasal 1 angka 1",
        "Sistem Pemerintahan Berbasis Elektronik yang selanjutnya disingkat SPBE adalah "
        "penyelenggaraan pemerintahan yang memanfaatkan teknologi informasi dan komunikasi "
        "untuk memberikan layanan kepada Pengguna SPBE.",
    ),
    p("<p>SPBE mencakup layanan administrasi pemerintahan (seperti naskah dinas, "
      "kepegawaian, dan perencanaan) dan layanan publik. Beberapa contoh yang perlu dikenali "
      "setiap ASN:</p>"
      "<ul>"
      "<li><strong>SP4N-LAPOR!</strong>, kanal pengaduan pelayanan publik nasional, untuk "
      "mengarahkan keluhan warga agar tercatat dan ditindaklanjuti instansi berwenang.</li>"
      "<li><strong>OSS</strong> (Online Single Submission) untuk perizinan berusaha.</li>"
      "<li><strong>Identitas Kependudukan Digital (IKD)</strong> yang dilayani Dukcapil.</li>"
      "<li>Aplikasi kepegawaian dan naskah dinas yang dipakai instansi Anda sendiri.</li>"
      "</ul>"
      "<p>Anda tidak harus menguasai semua aplikasi. Yang penting, Anda tahu "
      "<strong>alamat resmi</strong> layanan yang sering ditanyakan warga dan tidak "
      "mengarahkan mereka ke calo, aplikasi tiruan, atau tautan yang tidak jelas.</p>"),
    callout(
        "tip", "Siapkan daftar tautan resmi",
        "<p>Simpan di ponsel satu catatan berisi alamat resmi layanan yang paling sering "
        "ditanyakan di lingkungan Anda: pengaduan, kependudukan, perizinan, dan kanal "
        "informasi instansi. Saat ada yang bertanya, Anda cukup menyalin tautan yang "
        "sudah pasti benar.</p>",
    ),
    heading("Etiket rapat daring"),
    p("<p>Rapat daring menghemat waktu dan biaya perjalanan, tetapi mudah menjadi tidak "
      "efektif: suara bising, peserta tidak fokus, atau tampilan layar yang membocorkan hal "
      "pribadi. Perlakukan rapat daring sama seriusnya dengan rapat tatap muka.</p>"),
    do_dont(
        "Saat rapat daring",
        [
            "Masuk lima menit lebih awal untuk mengecek suara, kamera, dan koneksi.",
            "Memakai nama tampilan yang jelas, misalnya \"Rina – Bappeda Kota Contoh\".",
            "Mematikan mikrofon saat tidak berbicara dan memakai fitur angkat tangan.",
            "Menutup tab dan notifikasi lain sebelum berbagi layar.",
            "Meminta persetujuan peserta sebelum merekam rapat.",
        ],
        [
            "Menyebarkan tautan dan kode rapat internal di media sosial atau grup umum.",
            "Berbagi seluruh layar saat ada dokumen rahasia atau obrolan pribadi terbuka.",
            "Mengikuti rapat sambil menyetir atau melayani warga di loket.",
            "Mengambil tangkapan layar peserta lalu mengunggahnya tanpa izin.",
        ],
    ),
    heading("Produktivitas dasar"),
    p("<p>Beberapa kebiasaan kecil berdampak besar pada pekerjaan sehari-hari:</p>"
      "<ul>"
      "<li><strong>Kalender bersama</strong> untuk jadwal rapat dan tenggat, lengkap dengan "
      "tautan rapat dan bahan yang perlu dibaca.</li>"
      "<li><strong>Templat</strong> untuk dokumen yang berulang, seperti notulen, laporan "
      "kegiatan, atau nota dinas, agar tidak mulai dari nol.</li>"
      "<li><strong>Pintasan papan ketik</strong> seperti Ctrl+C, Ctrl+V, Ctrl+Z, dan Ctrl+F "
      "untuk mencari kata dalam dokumen panjang.</li>"
      "<li><strong>Atur notifikasi</strong>: bisukan grup yang tidak mendesak pada jam "
      "fokus, dan sepakati kanal untuk hal yang benar-benar penting.</li>"
      "<li><strong>Daftar tugas bersama</strong> agar pembagian kerja tim terlihat jelas "
      "dan tidak hanya tersimpan di ingatan.</li>"
      "</ul>"),
    checklist("Kesiapan kerja digital saya", [
        "Saya tahu alamat resmi layanan yang paling sering ditanyakan warga.",
        "Saya bisa mengarahkan pengaduan warga ke SP4N-LAPOR! atau kanal resmi instansi.",
        "Nama tampilan saya di aplikasi rapat daring sudah jelas.",
        "Saya memakai kalender dan templat untuk pekerjaan yang berulang.",
    ]),
    takeaways([
        "SPBE adalah penyelenggaraan pemerintahan yang memanfaatkan TIK untuk melayani.",
        "Arahkan warga hanya ke kanal dan aplikasi resmi, misalnya SP4N-LAPOR! untuk "
        "pengaduan.",
        "Rapat daring menuntut etiket yang sama dengan rapat tatap muka, ditambah kehati-"
        "hatian saat berbagi layar dan tautan.",
        "Kalender, templat, pintasan, dan pengaturan notifikasi menghemat waktu setiap hari.",
    ]),
]

# --- Kuis ------------------------------------------------------------------------

QUESTIONS = [
    single(
        "ld-m1-q1",
        "Di grup WhatsApp kantor beredar tautan \"pengumuman resmi\" berisi syarat baru "
        "layanan KTP-el. Halamannya tampak rapi dan memuat logo Dukcapil. Langkah pertama "
        "yang paling tepat menurut prinsip membaca lateral adalah …",
        [
            ("Membaca halaman itu sampai habis untuk menilai apakah isinya masuk akal.", False,
             "Membaca vertikal seperti ini justru mudah tertipu tampilan rapi dan logo. "
             "Penilaian harus dimulai dari luar halaman."),
            ("Membuka tab baru untuk mengecek apakah situs atau akun resmi Dukcapil memuat "
             "informasi yang sama.", True,
             "Tepat. Membaca lateral berarti memeriksa sumber dan klaimnya dari luar halaman, "
             "misalnya di situs resmi berakhiran .go.id atau akun resmi instansi."),
            ("Meneruskannya ke grup lain agar ada yang membantu mengecek.", False,
             "Meneruskan sebelum dicek ikut menyebarkan informasi yang mungkin keliru."),
            ("Menganggapnya benar karena ada logo resmi.", False,
             "Logo mudah ditiru. Logo bukan bukti bahwa sebuah halaman benar-benar milik "
             "instansi."),
        ],
        explanation="Membaca lateral: berhenti, selidiki sumbernya, cari liputan lain, dan "
                    "telusuri ke dokumen asli sebelum memercayai isi sebuah halaman.",
    ),
    single(
        "ld-m1-q2",
        "Anda menyusun bahan sosialisasi dan menemukan modul pelatihan lama yang mengutip "
        "UU No. 5 Tahun 2014 tentang ASN. Apa yang sebaiknya dilakukan?",
        [
            ("Memakai kutipan itu apa adanya karena modul berasal dari instansi pemerintah.",
             False,
             "Sumber pemerintah pun bisa kedaluwarsa. UU No. 5 Tahun 2014 sudah dicabut."),
            ("Memeriksa status peraturan di JDIH, lalu merujuk UU No. 20 Tahun 2023 tentang "
             "ASN yang menggantikannya.", True,
             "Benar. UU No. 5 Tahun 2014 dicabut dan diganti UU No. 20 Tahun 2023. Status "
             "peraturan dapat dicek di basis data hukum resmi."),
            ("Menghapus semua rujukan peraturan agar tidak ada yang salah.", False,
             "Bahan sosialisasi justru perlu rujukan yang tepat; yang diperbaiki adalah "
             "rujukannya, bukan dihilangkan."),
            ("Menanyakan di media sosial apakah undang-undang itu masih berlaku.", False,
             "Jawaban warganet belum tentu benar. Status peraturan dicek di sumber resmi "
             "seperti JDIH."),
        ],
        explanation="Selalu cek tanggal dan status informasi. Peraturan yang dicabut atau "
                    "diubah tidak boleh dirujuk seolah masih berlaku.",
    ),
    multiple(
        "ld-m1-q3",
        "Manakah ciri yang patut membuat Anda curiga terhadap sebuah pesan berantai tentang "
        "pendaftaran seleksi pegawai? (Pilih semua yang benar.)",
        [
            ("Memakai tautan pemendek yang menyembunyikan alamat aslinya.", True,
             "Benar. Tautan pendek menyembunyikan tujuan; buka alamat resmi secara langsung."),
            ("Tidak mencantumkan tanggal dan sumber resmi.", True,
             "Benar. Informasi resmi jelas siapa penerbitnya dan kapan diterbitkan."),
            ("Mendesak dengan tenggat jam dan ajakan \"teruskan ke semua\".", True,
             "Benar. Tekanan waktu dan ajakan menyebarkan adalah ciri khas pesan menyesatkan."),
            ("Mengarahkan pembaca ke situs berakhiran .go.id yang bisa dicek langsung.", False,
             "Ini justru ciri baik. Meski demikian, tetap pastikan alamatnya persis, bukan "
             "tiruan yang mirip."),
        ],
        explanation="Tautan tersembunyi, tanpa sumber dan tanggal, serta desakan untuk segera "
                    "bertindak atau menyebarkan adalah tanda bahaya yang umum.",
    ),
    single(
        "ld-m1-q4",
        "Tim Anda mengerjakan rekap usulan kegiatan bersama. Nama berkas mana yang paling "
        "sesuai dengan pola yang dianjurkan?",
        [
            ("rekap FINAL fix banget.xlsx", False,
             "Kata \"final\" dan \"fix\" ambigu dan tidak menunjukkan tanggal atau versi."),
            ("2024-09-02_rekap-usulan-kegiatan_draf_v03.xlsx", True,
             "Tepat. Tanggal di depan, topik jelas, status, dan nomor versi memudahkan "
             "pencarian dan pengurutan."),
            ("Dokumen baru (4).xlsx", False,
             "Nama bawaan seperti ini tidak memberi petunjuk isi sama sekali."),
            ("rekap.xlsx", False,
             "Terlalu umum; akan tertukar dengan rekap lain dan tidak ada informasi versi."),
        ],
        explanation="Pola tanggal + topik + keterangan + versi membuat berkas mudah dicari "
                    "dan mencegah kebingungan versi.",
    ),
    single(
        "ld-m1-q5",
        "Anda perlu membagikan lembar kerja berisi nama, NIK, dan alamat calon penerima "
        "bantuan sosial kepada tiga petugas verifikasi. Pengaturan akses yang paling tepat "
        "adalah …",
        [
            ("\"Siapa saja yang memiliki tautan dapat mengedit\", lalu tautannya dikirim ke "
             "grup kelurahan.", False,
             "Tautan terbuka bisa diteruskan ke siapa saja, dan data pribadi warga bisa "
             "bocor tanpa bisa ditarik kembali."),
            ("Dibagikan hanya ke akun kedinasan tiga petugas itu, dengan hak sesuai tugas "
             "masing-masing.", True,
             "Benar. Akses per orang dan per peran adalah cara paling aman untuk dokumen "
             "berisi data pribadi."),
            ("Diunggah ke grup WhatsApp dalam bentuk tangkapan layar agar mudah dibaca.", False,
             "Tangkapan layar mudah disebar ulang dan tidak bisa dikendalikan aksesnya."),
            ("Disimpan di flashdisk lalu dipinjamkan bergiliran.", False,
             "Flashdisk mudah hilang, tidak tercatat siapa yang membuka, dan rawan "
             "program jahat."),
        ],
        explanation="Untuk dokumen berisi data pribadi, bagikan kepada orang tertentu "
                    "dengan hak akses seperlunya, dan cabut setelah tidak diperlukan.",
    ),
    true_false(
        "ld-m1-q6",
        "Surat yang dikirim lewat pesan WhatsApp pribadi otomatis tercatat sebagai arsip "
        "naskah dinas instansi.",
        False,
        "Kurang tepat. Pesan pribadi tidak tercatat dalam sistem tata naskah dan kearsipan "
        "instansi.",
        "Tepat, pernyataan ini salah. Naskah dinas perlu dikelola lewat aplikasi resmi "
        "instansi (misalnya SRIKANDI) agar tercatat, terlacak, dan terarsip.",
        explanation="Pesan pribadi bukan sistem kearsipan. Gunakan aplikasi tata naskah "
                    "dinas yang ditetapkan instansi.",
    ),
    single(
        "ld-m1-q7",
        "Seorang warga bercerita di kolom komentar akun pribadi Anda bahwa jalan di "
        "kampungnya rusak dan laporannya tidak pernah ditanggapi. Respons yang paling tepat "
        "adalah …",
        [
            ("Mengabaikannya karena bukan urusan unit Anda.", False,
             "Sebagai ASN, Anda bisa membantu warga menemukan jalur yang tepat walau bukan "
             "unit Anda yang menangani."),
            ("Berjanji jalannya segera diperbaiki.", False,
             "Anda tidak berwenang menjanjikan hal itu; janji yang tidak ditepati merusak "
             "kepercayaan."),
            ("Mengarahkan warga menyampaikan pengaduan lewat SP4N-LAPOR! atau kanal pengaduan "
             "resmi pemerintah daerah, lengkap dengan tautannya.", True,
             "Tepat. Pengaduan lewat kanal resmi tercatat dan diteruskan ke instansi yang "
             "berwenang sehingga bisa dipantau tindak lanjutnya."),
            ("Memintanya mengirim foto KTP lewat pesan pribadi agar Anda teruskan.", False,
             "Tidak perlu meminta data pribadi lewat jalur tidak resmi; arahkan ke kanal yang "
             "semestinya."),
        ],
        explanation="Bagian dari cakap digital adalah tahu kanal resmi layanan dan "
                    "pengaduan, lalu mengarahkan warga ke sana.",
    ),
    multiple(
        "ld-m1-q8",
        "Anda akan memaparkan rekap data dalam rapat daring lintas instansi. Persiapan mana "
        "yang tepat? (Pilih semua yang benar.)",
        [
            ("Menutup tab, obrolan, dan notifikasi yang tidak berkaitan sebelum berbagi layar.",
             True,
             "Benar. Notifikasi atau tab yang terbuka bisa membocorkan hal pribadi atau "
             "rahasia."),
            ("Berbagi jendela aplikasi tertentu, bukan seluruh layar.", True,
             "Benar. Berbagi satu jendela membatasi apa yang terlihat peserta."),
            ("Mengunggah tautan rapat ke media sosial instansi agar siapa pun bisa hadir.",
             False,
             "Rapat internal tidak untuk umum; tautan yang tersebar mengundang penyusup."),
            ("Mengecek suara dan kamera beberapa menit sebelum rapat dimulai.", True,
             "Benar. Persiapan teknis mencegah waktu rapat terbuang."),
        ],
        explanation="Berbagi layar dengan aman dan persiapan teknis adalah bagian dari etiket "
                    "rapat daring.",
    ),
    true_false(
        "ld-m1-q9",
        "Menurut Perpres No. 95 Tahun 2018, SPBE adalah penyelenggaraan pemerintahan yang "
        "memanfaatkan teknologi informasi dan komunikasi untuk memberikan layanan kepada "
        "Pengguna SPBE.",
        True,
        "Tepat. Itulah definisi SPBE dalam Pasal 1 angka 1 Perpres No. 95 Tahun 2018.",
        "Kurang tepat. Pernyataan ini memang definisi SPBE dalam Pasal 1 angka 1 Perpres "
        "No. 95 Tahun 2018.",
        explanation="SPBE menekankan pemanfaatan TIK untuk melayani, baik layanan "
                    "administrasi pemerintahan maupun layanan publik.",
    ),
]

MODULE = module(
    "Modul 1: Cakap Digital",
    "modul-1-cakap-digital",
    "Mencari dan menilai informasi dengan membaca lateral, menata berkas dan dokumen "
    "bersama, memakai layanan SPBE, serta bekerja efektif dalam rapat daring.",
    lessons=[
        lesson("Mencari dan menilai informasi", "m1-mencari-menilai-informasi", 14,
               LESSON_INFORMASI),
        lesson("Mengelola berkas dan dokumen bersama", "m1-berkas-dokumen-bersama", 11,
               LESSON_BERKAS),
        lesson("Layanan digital pemerintah, rapat daring, dan produktivitas",
               "m1-layanan-rapat-produktivitas", 12, LESSON_LAYANAN),
    ],
    quiz_spec=quiz(
        "Kuis Modul 1: Cakap Digital", "kuis-modul-1-cakap-digital", QUESTIONS,
        intro="<p>Sembilan soal tentang mencari dan menilai informasi, menata dokumen, "
              "layanan SPBE, dan rapat daring. Nilai lulus 70. Anda boleh mengulang.</p>",
        pass_mark=70,
    ),
)
