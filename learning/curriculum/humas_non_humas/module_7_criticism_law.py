"""Modul 7: Menanggapi kritik dan hoaks dengan taat hukum dan etika.

Bahan: gagasan dalam artikel Menkominfo tentang komunikasi dua arah (partisipasi
warga sebagai kontrol dan kritik atas dampak kebijakan, membangun kepercayaan
publik) dan pandangan Kemendagri (2022) bahwa aspirasi masyarakat sipil harus
tersalurkan; ditambah aturan yang berlaku: UU ITE sebagaimana telah diubah terakhir
dengan UU 1/2024 (dan dua putusan Mahkamah Konstitusi tahun 2025 yang menafsirkannya),
UU 27/2022 tentang Pelindungan Data Pribadi, UU 20/2023 tentang ASN, dan PP 94/2021
tentang Disiplin PNS. Pasal hanya dikutip bila bunyinya pasti; selebihnya diuraikan.
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

UU_ITE = ("UU No. 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik sebagaimana "
          "telah diubah terakhir dengan UU No. 1 Tahun 2024")
UU_PDP = "UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi"

# --- Pelajaran 1 ------------------------------------------------------------------

LESSON_CRITICISM = [
    p("<p>Kritik di akun resmi sering terasa seperti serangan pribadi, terutama bila "
      "nadanya keras dan Anda tahu rekan-rekan di lapangan sudah bekerja sampai malam. "
      "Namun cara instansi menanggapi kritik dibaca oleh jauh lebih banyak orang daripada "
      "si pengkritik sendiri. Balasan yang defensif membuat ratusan pembaca diam-diam "
      "menyimpulkan bahwa instansi tidak mau mendengar; balasan yang tenang dan berbasis "
      "data justru bisa mengubah kritik menjadi bukti bahwa pemerintah hadir.</p>"
      "<p>Komunikasi pemerintah kini dua arah dan partisipatif. Warga yang ikut peduli "
      "berperan sebagai kontrol: mereka memberi masukan dan kritik atas dampak kebijakan. "
      "Kepercayaan publik dibangun justru pada saat-saat seperti ini.</p>"),
    heading("Kritik adalah data, bukan serangan"),
    p("<p>Tidak semua komentar negatif sama. Sebelum membalas, kenali dulu jenisnya:</p>"
      "<ul>"
      "<li><strong>Kritik layanan yang sah</strong>, walaupun kasar: antrean lama, petugas "
      "tidak ada di tempat, jalan rusak tidak kunjung diperbaiki.</li>"
      "<li><strong>Pertanyaan yang dibungkus kemarahan</strong>: &quot;Ini KTP saya kapan "
      "jadinya, sih?!&quot;</li>"
      "<li><strong>Klaim keliru atau hoaks</strong>: informasi yang salah, disengaja atau "
      "tidak.</li>"
      "<li><strong>Konten yang melanggar aturan</strong>: ujaran kebencian berbasis SARA, "
      "ancaman, spam, tautan judi atau penipuan, dan komentar yang membuka data pribadi "
      "orang lain.</li>"
      "</ul>"
      "<p>Dua jenis pertama harus dijawab. Jenis ketiga harus diluruskan (dibahas di "
      "pelajaran berikutnya). Hanya jenis keempat yang boleh dimoderasi, dan itu pun "
      "sesuai kebijakan tertulis.</p>"),
    image("hnh-m7-alur-tanggapan.svg",
          alt_text="Diagram alur keputusan. Komentar masuk, lalu tiga pertanyaan berurutan. "
                   "Ada data pribadi warga? Jika ya, sembunyikan untuk melindungi pemiliknya "
                   "dan lanjutkan lewat pesan pribadi. Ujaran kebencian, ancaman, spam, atau "
                   "judi? Jika ya, moderasi sesuai kebijakan tertulis dan simpan arsipnya. "
                   "Klaim keliru atau hoaks? Jika ya, verifikasi lalu luruskan dengan fakta "
                   "dan sumber resmi. Jika semuanya tidak, berarti kritik atau pertanyaan: "
                   "jangan dihapus, akui, jelaskan dengan data, dan tindak lanjuti.",
          caption="Alur memutuskan tanggapan. Kritik dan pertanyaan tidak pernah dihapus; "
                  "yang dimoderasi hanya konten yang melanggar aturan."),
    heading("Empat langkah membalas kritik"),
    p("<ol>"
      "<li><strong>Akui dan ucapkan terima kasih.</strong> Tanpa membela diri dan tanpa "
      "&quot;tapi&quot; di kalimat pertama. Bila memang ada kesalahan, minta maaf dengan "
      "jelas.</li>"
      "<li><strong>Jelaskan dengan data.</strong> Sampaikan fakta yang relevan: penyebab, "
      "jadwal, angka, dan apa yang sedang dikerjakan. Hindari janji yang tidak bisa "
      "dipastikan unit Anda.</li>"
      "<li><strong>Pindahkan urusan pribadi ke kanal privat.</strong> Bila perlu mengecek "
      "berkas atau riwayat layanan, ajak warga mengirim pesan langsung, menghubungi nomor "
      "layanan resmi, atau melapor melalui SP4N-LAPOR!. Jangan pernah meminta NIK, nomor "
      "BPJS, atau alamat ditulis di kolom komentar.</li>"
      "<li><strong>Kabarkan tindak lanjutnya secara terbuka.</strong> Setelah masalah "
      "ditangani, balas lagi di utas yang sama atau buat unggahan pembaruan. Warga lain "
      "yang membaca kritik awal juga perlu tahu akhirnya.</li>"
      "</ol>"),
    social_post(
        "instagram", "Akun warga (nama disamarkan)", "",
        "Puskesmas Sukamaju gimana sih, antre 4 jam, dokternya baru datang jam 10. "
        "Percuma ada BPJS kalau pelayanannya begini! @puskesmas.sukamaju",
        verdict="neutral",
        comment="Kritik layanan yang sah, walaupun nadanya keras. Ini harus dijawab, bukan "
                "dihapus."),
    social_post(
        "instagram", "Puskesmas Sukamaju Kota Contoh", "puskesmas.sukamaju",
        "Mohon jangan asal menuduh. Dokter kami sibuk dan banyak tugas. Kalau tidak sabar, "
        "silakan berobat ke klinik swasta.",
        verdict="bad",
        comment="Defensif, menyalahkan warga, dan tidak memberi informasi apa pun. Ratusan "
                "pembaca lain akan mengingat balasan ini lebih lama daripada keluhannya."),
    social_post(
        "instagram", "Puskesmas Sukamaju Kota Contoh", "puskesmas.sukamaju",
        "Terima kasih sudah menyampaikan, Kak, dan mohon maaf atas lamanya menunggu pagi "
        "ini. Hari ini dokter umum kami lebih dulu bertugas di posyandu sehingga poli umum "
        "baru dimulai pukul 10.00. Seharusnya kami umumkan sejak pagi. Mulai besok, "
        "jadwal dokter di poli umum kami umumkan setiap pagi di akun ini dan di papan "
        "loket. Agar kami bisa menelusuri kunjungan Kakak, silakan kirim pesan langsung ke "
        "akun ini (tidak perlu menulis nomor BPJS di komentar).",
        verdict="good",
        comment="Mengakui, meminta maaf, menjelaskan penyebab dengan fakta, menyebut "
                "perbaikan yang konkret, dan memindahkan urusan data pribadi ke kanal "
                "privat."),
    heading("Jangan hapus kritik yang sah"),
    p("<p>Menghapus kritik atau memblokir pengkritik mungkin terasa melegakan, tetapi "
      "hampir selalu merugikan. Tangkapan layar komentar yang dihapus biasanya sudah "
      "beredar, lalu kabarnya berubah menjadi &quot;instansi menghapus kritik&quot;, yang "
      "jauh lebih buruk daripada kritik aslinya. Penghapusan juga bertentangan dengan "
      "semangat komunikasi dua arah dan keterbukaan informasi.</p>"
      "<p>Moderasi tetap diperlukan untuk konten yang melanggar aturan. Agar adil dan "
      "konsisten, tulis <strong>kebijakan moderasi</strong> dan umumkan di situs atau "
      "sorotan profil akun resmi: apa yang akan disembunyikan atau dihapus (ujaran "
      "kebencian, ancaman, pornografi, spam dan tautan penipuan, data pribadi orang lain), "
      "dan bahwa kritik terhadap layanan tidak akan dihapus. Simpan tangkapan layar setiap "
      "konten yang dimoderasi sebagai arsip.</p>"),
    do_dont(
        "Menanggapi kritik di akun resmi",
        [
            "Membalas dalam waktu yang dijanjikan, misalnya 1×24 jam pada hari kerja.",
            "Memakai jawaban baku yang disepakati untuk keluhan yang sering muncul.",
            "Meneruskan keluhan ke unit pemilik layanan dan memantau tindak lanjutnya.",
            "Menyembunyikan komentar yang membuka data pribadi, lalu mengabari pemiliknya.",
        ],
        [
            "Membalas emosi dengan emosi, sindiran, atau huruf kapital.",
            "Menghapus atau menyembunyikan kritik layanan yang sah.",
            "Meminta warga menulis NIK atau nomor BPJS di kolom komentar.",
            "Menjanjikan sesuatu di luar kewenangan unit Anda.",
        ],
    ),
    callout("tip", "Siapkan bank jawaban",
            "<p>Kumpulkan sepuluh keluhan dan pertanyaan yang paling sering muncul dari "
            "hasil monev, lalu siapkan jawaban bakunya bersama unit pemilik layanan. Admin "
            "akun dan petugas loket memakai jawaban yang sama, sehingga warga tidak "
            "menerima informasi yang berbeda-beda.</p>"),
    takeaways([
        "Cara instansi menanggapi kritik dibaca oleh jauh lebih banyak orang daripada "
        "pengkritiknya.",
        "Empat langkah: akui, jelaskan dengan data, pindahkan urusan pribadi ke kanal "
        "privat, kabarkan tindak lanjutnya.",
        "Kritik layanan yang sah tidak dihapus; moderasi hanya untuk konten yang melanggar "
        "aturan, sesuai kebijakan tertulis.",
    ]),
]

# --- Pelajaran 2 ------------------------------------------------------------------

LESSON_HOAX = [
    p("<p>Pesan berantai tentang pendaftaran bansos lewat tautan, kabar tanggul jebol, "
      "lowongan CPNS &quot;jalur khusus&quot; berbayar, atau foto banjir lama yang "
      "dibagikan ulang seolah baru terjadi: hoaks tentang layanan pemerintah beredar "
      "setiap hari dan menyebar lebih cepat daripada klarifikasinya. Sebagian menipu warga "
      "secara langsung, sebagian membuat panik, dan semuanya mengikis kepercayaan.</p>"
      "<p>ASN sering menjadi orang pertama yang ditanya di grup WhatsApp keluarga atau RT: "
      "&quot;Ini benar, nggak?&quot;. Pelajaran ini membahas cara memeriksa klaim dan "
      "meluruskannya dengan informasi yang terverifikasi, baik dari akun resmi maupun dari "
      "akun pribadi Anda.</p>"),
    heading("Periksa dulu sebelum menjawab"),
    p("<ol>"
      "<li><strong>Cari sumber aslinya.</strong> Apakah informasi itu ada di situs resmi "
      "berdomain go.id atau di akun resmi instansi yang berwenang? Pesan yang hanya "
      "menyebut &quot;info dari orang dalam&quot; bukan sumber.</li>"
      "<li><strong>Periksa tanggal dan lokasi.</strong> Banyak hoaks memakai foto atau "
      "video lama dari tempat lain. Pencarian gambar terbalik (reverse image search) "
      "membantu menemukan kapan gambar itu pertama kali beredar.</li>"
      "<li><strong>Tanyakan ke unit pemilik data.</strong> Untuk kabar tentang bansos, "
      "tanyakan ke dinas sosial; untuk tanggul, ke dinas pekerjaan umum atau BPBD. Jangan "
      "menjawab berdasarkan dugaan.</li>"
      "<li><strong>Cek kanal pemeriksa fakta.</strong> Kementerian Komunikasi dan Digital "
      "(Komdigi) menerbitkan klarifikasi isu hoaks, dan ada kanal pemeriksa fakta "
      "independen seperti cekfakta.com dan turnbackhoax.id.</li>"
      "<li><strong>Tentukan jenisnya.</strong> Apakah sepenuhnya bohong, sebagian benar "
      "tetapi menyesatkan, informasi lama yang sudah tidak berlaku, atau penipuan yang "
      "meminta uang dan data? Jenisnya menentukan isi klarifikasi.</li>"
      "</ol>"),
    callout("warning", "Jangan ikut menyebarkan sambil bertanya",
            "<p>Meneruskan pesan mencurigakan ke grup lain dengan tambahan &quot;benar "
            "nggak, ya?&quot; tetap ikut menyebarkannya. Tanyakan langsung ke sumber resmi, "
            "atau simpan dulu sampai jelas.</p>"),
    heading("Menyusun unggahan klarifikasi"),
    p("<p>Klarifikasi yang baik mengikuti pola <strong>fakta lebih dulu</strong>:</p>"
      "<ol>"
      "<li><strong>Judul berisi fakta</strong>, bukan mengulang hoaksnya. Tulis "
      "&quot;Bansos tidak dipungut biaya&quot;, bukan &quot;Benarkah daftar bansos bayar "
      "Rp50.000?&quot;.</li>"
      "<li><strong>Sebut klaim yang beredar secara singkat</strong> dan beri label yang "
      "tegas, misalnya &quot;TIDAK BENAR&quot; atau &quot;HOAKS&quot;. Bila memakai "
      "gambar hoaksnya, coret atau beri cap agar tidak bisa dipotong dan disebarkan "
      "ulang sebagai aslinya.</li>"
      "<li><strong>Jelaskan faktanya</strong> beserta sumber resmi dan tautannya.</li>"
      "<li><strong>Beri tindakan yang jelas bagi warga</strong>: di mana mengecek, ke mana "
      "melapor, apa yang tidak boleh dilakukan (misalnya tidak mengirim kode OTP).</li>"
      "<li><strong>Cantumkan tanggal</strong> dan perbarui bila ada perkembangan.</li>"
      "</ol>"),
    social_post(
        "facebook", "Dinas Sosial Kota Contoh", "dinsos.kotacontoh",
        "HOAKS!!! JANGAN PERCAYA!!! Yang masih nyebar pesan begini tolong mikir dulu "
        "sebelum share. [gambar pesan berantai asli tanpa tanda apa pun]",
        verdict="bad",
        comment="Mengulang gambar hoaks tanpa coretan atau cap (mudah dipotong dan "
                "disebarkan lagi), tidak menjelaskan fakta, tidak memberi sumber atau cara "
                "mengecek, dan merendahkan warga yang mungkin hanya ingin membantu "
                "keluarganya."),
    social_post(
        "facebook", "Dinas Sosial Kota Contoh", "dinsos.kotacontoh",
        "Bansos tidak dipungut biaya dan tidak didaftarkan lewat tautan di pesan "
        "berantai.\n\nBeredar pesan yang meminta warga mendaftar bantuan tunai lewat sebuah "
        "tautan dengan biaya admin Rp50.000. Pesan itu TIDAK BENAR. Penerima bansos "
        "ditetapkan melalui data resmi pemerintah, bukan melalui pendaftaran di tautan "
        "seperti itu.\n\nCek status Anda di cekbansos.kemensos.go.id atau di kantor "
        "kelurahan. Jangan klik tautannya, jangan kirim uang, dan jangan berikan kode OTP "
        "kepada siapa pun. Pertanyaan: kirim pesan langsung ke akun ini atau lapor melalui "
        "SP4N-LAPOR!. (Diperbarui 20 Mei)",
        verdict="good",
        image="hnh-m7-kartu-klarifikasi.svg",
        image_alt="Kartu cek fakta Dinas Sosial Kota Contoh. Judul hijau besar: bansos "
                  "tidak dipungut biaya dan tidak didaftarkan lewat tautan. Di bawahnya "
                  "kutipan pesan berantai yang dicoret dengan cap merah TIDAK BENAR, lalu "
                  "tiga cara mengecek status penerima.",
        comment="Fakta di kalimat pertama, klaim hoaks disebut singkat dan diberi label, "
                "kutipan pada gambar dicoret, ada sumber dan cara mengecek, ada larangan "
                "yang jelas, dan tercantum tanggal pembaruan."),
    heading("Meluruskan dari akun pribadi"),
    p("<p>Di grup keluarga atau RT, nada yang menghakimi membuat orang bertahan pada "
      "keyakinannya. Cara yang lebih berhasil: ucapkan terima kasih karena sudah peduli, "
      "bagikan tautan klarifikasi dari akun atau situs resmi, lalu jelaskan dengan satu "
      "atau dua kalimat sederhana. Misalnya: &quot;Terima kasih sudah berbagi, Bu. Saya "
      "cek di akun resmi Dinsos, ternyata pendaftaran lewat tautan itu tidak benar. Ini "
      "penjelasannya: (tautan). Jangan diisi ya, bisa jadi penipuan.&quot;</p>"),
    checklist("Sebelum mengunggah klarifikasi", [
        "Fakta sudah dikonfirmasi ke unit pemilik data.",
        "Judul berisi fakta, bukan pertanyaan yang mengulang hoaks.",
        "Gambar hoaks (bila dipakai) sudah dicoret atau diberi cap.",
        "Ada tautan ke sumber resmi dan cara warga mengecek sendiri.",
        "Tidak ada kata-kata yang merendahkan warga yang ikut menyebarkan.",
        "Tanggal klarifikasi tercantum.",
    ]),
    assignment(
        "Balas kritik dan luruskan hoaks",
        "<p>Kerjakan dua bagian berikut. Anda boleh menyesuaikan nama instansi dengan "
        "instansi Anda.</p>"
        "<p><strong>Bagian A: balasan kritik.</strong> Di akun Instagram Dinas PUPR Kota "
        "Contoh muncul komentar: &quot;Jalan depan SD Negeri 3 rusak sudah enam bulan, "
        "lapor ke dinas tidak pernah ditanggapi. Pejabatnya cuma bisa foto-foto!&quot; "
        "Diketahui: perbaikan jalan itu sudah dianggarkan dan dijadwalkan mulai dua minggu "
        "lagi. Tulis balasan dari akun resmi (maksimal 80 kata).</p>"
        "<p><strong>Bagian B: unggahan klarifikasi.</strong> Di grup WhatsApp warga beredar "
        "pesan: &quot;PPDB tahun ini ada jalur khusus, cukup transfer Rp300.000 lewat "
        "tautan ini, kursi dijamin.&quot; Tulis unggahan klarifikasi untuk akun resmi Dinas "
        "Pendidikan Kota Contoh (maksimal 120 kata) dan jelaskan singkat gambar pendukung "
        "yang akan Anda pakai.</p>"
        "<p><strong>Jawaban yang baik:</strong> bagian A mengakui keluhan tanpa defensif, "
        "memberi fakta dan jadwal yang jelas, tidak menyerang balik, dan menawarkan kanal "
        "untuk tindak lanjut; bagian B dibuka dengan fakta, menyebut klaim hoaks secara "
        "singkat dengan label tegas, merujuk sumber resmi, memberi tindakan yang jelas bagi "
        "warga (tidak mentransfer, cara melapor), mencantumkan tanggal, dan tidak memuat "
        "data pribadi siapa pun. Bila Anda mengunggahnya di akun resmi instansi Anda, "
        "lampirkan tautannya.</p>",
        allow_link=True,
    ),
    takeaways([
        "Periksa sumber asli, tanggal, dan lokasi; tanyakan ke unit pemilik data sebelum "
        "menjawab.",
        "Klarifikasi dibuka dengan fakta, bukan dengan mengulang hoaks.",
        "Beri label tegas, sumber resmi, cara mengecek, dan tanggal.",
        "Luruskan tanpa merendahkan orang yang ikut menyebarkan.",
    ]),
]

# --- Pelajaran 3 ------------------------------------------------------------------

LESSON_LAW = [
    p("<p>Pengelola media sosial instansi berhadapan dengan hukum dari dua sisi: jangan "
      "sampai melanggar, misalnya menyebarkan kabar yang belum jelas atau mengunggah data "
      "pribadi warga, dan jangan menyalahgunakan hukum untuk membungkam warga yang "
      "mengkritik. Dua undang-undang paling sering bersinggungan dengan pekerjaan ini: "
      "UU ITE dan UU Pelindungan Data Pribadi.</p>"),
    heading("UU ITE setelah perubahan tahun 2024"),
    p("<p>UU No. 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik sudah dua kali "
      "diubah, terakhir dengan UU No. 1 Tahun 2024. Perubahan terakhir merumuskan ulang "
      "sejumlah perbuatan yang dilarang. Yang paling relevan bagi pengelola komunikasi "
      "publik:</p>"
      "<ul>"
      "<li>muatan yang melanggar kesusilaan untuk diketahui umum dan muatan perjudian "
      "(Pasal 27), serta pemerasan dan pengancaman (Pasal 27B);</li>"
      "<li>menyerang kehormatan atau nama baik orang lain (Pasal 27A, dibahas di "
      "bawah);</li>"
      "<li>menyebarkan pemberitahuan bohong atau informasi menyesatkan yang mengakibatkan "
      "kerugian materiel bagi konsumen dalam transaksi elektronik (Pasal 28 ayat (1)), "
      "misalnya penipuan berkedok pendaftaran bansos berbayar;</li>"
      "<li>menghasut sehingga menimbulkan kebencian atau permusuhan berdasarkan antara "
      "lain ras, etnis, agama, kepercayaan, jenis kelamin, atau disabilitas (Pasal 28 "
      "ayat (2));</li>"
      "<li>menyebarkan pemberitahuan bohong yang menimbulkan kerusuhan di masyarakat "
      "(Pasal 28 ayat (3));</li>"
      "<li>mengirimkan ancaman kekerasan atau informasi yang menakut-nakuti secara langsung "
      "kepada korban (Pasal 29).</li>"
      "</ul>"),
    regulation(UU_ITE, "Pasal 28 ayat (3)",
               "Setiap Orang dengan sengaja menyebarkan Informasi Elektronik dan/atau "
               "Dokumen Elektronik yang diketahuinya memuat pemberitahuan bohong yang "
               "menimbulkan kerusuhan di masyarakat."),
    p("<p>Perhatikan dua unsurnya: pelaku <em>mengetahui</em> bahwa isinya bohong, dan "
      "akibatnya kerusuhan di masyarakat. Pada 2025, Mahkamah Konstitusi melalui Putusan "
      "Nomor 115/PUU-XXII/2024 menegaskan bahwa &quot;kerusuhan&quot; di sini berarti "
      "gangguan ketertiban umum di ruang fisik, bukan keributan atau perdebatan di ruang "
      "digital. Bagi ASN, standar etikanya lebih tinggi daripada batas pidana: jangan "
      "menyebarkan apa pun yang belum Anda periksa kebenarannya.</p>"),
    regulation(UU_ITE, "Pasal 27A",
               "Setiap Orang dengan sengaja menyerang kehormatan atau nama baik orang lain "
               "dengan cara menuduhkan suatu hal, dengan maksud supaya hal tersebut "
               "diketahui umum dalam bentuk Informasi Elektronik dan/atau Dokumen "
               "Elektronik yang dilakukan melalui Sistem Elektronik."),
    p("<p>Tiga hal penting tentang pasal ini:</p>"
      "<ul>"
      "<li>Pencemaran nama baik adalah <strong>delik aduan</strong> (Pasal 45 ayat (5)): "
      "hanya dapat dituntut atas pengaduan korban sendiri.</li>"
      "<li>Perbuatan itu <strong>tidak dipidana</strong> bila dilakukan untuk kepentingan "
      "umum atau karena terpaksa membela diri (Pasal 45 ayat (7)).</li>"
      "<li>Pada 2025, Mahkamah Konstitusi melalui Putusan Nomor 105/PUU-XXII/2024 "
      "menegaskan bahwa &quot;orang lain&quot; dalam Pasal 27A adalah orang perseorangan. "
      "Lembaga pemerintah, institusi, korporasi, profesi, jabatan, atau sekelompok orang "
      "tidak termasuk.</li>"
      "</ul>"
      "<p>Akibatnya jelas bagi pengelola akun instansi: kritik warga terhadap dinas, "
      "seperti &quot;Dinas X lamban dan tidak becus&quot;, tidak bisa dilaporkan sebagai "
      "pencemaran nama baik instansi. Jawablah dengan data dan perbaikan. Sebaliknya, "
      "sebagai pribadi, jangan pernah menuduh individu tertentu, baik warga maupun rekan "
      "kerja, di media sosial.</p>"),
    social_post(
        "x", "Dinas Perhubungan Kota Contoh", "dishub_kotacontoh",
        "Komentar Anda sudah mencemarkan nama baik instansi kami. Kami akan melaporkan "
        "akun Anda ke pihak berwajib sesuai UU ITE.",
        verdict="bad",
        comment="Mengancam pengkritik dengan UU ITE merusak kepercayaan, membuat warga lain "
                "takut menyampaikan keluhan, dan tidak berdasar: instansi tidak termasuk "
                "\"orang lain\" dalam Pasal 27A. Jawablah isi kritiknya dengan data."),
    heading("UU PDP: data warga bukan bahan unggahan"),
    regulation(UU_PDP, "Pasal 1 angka 1",
               "Data Pribadi adalah data tentang orang perseorangan yang teridentifikasi "
               "atau dapat diidentifikasi secara tersendiri atau dikombinasi dengan "
               "informasi lainnya baik secara langsung maupun tidak langsung melalui sistem "
               "elektronik atau nonelektronik."),
    p("<p>Pasal 4 UU PDP membedakan data pribadi yang bersifat umum (misalnya nama "
      "lengkap, jenis kelamin, agama, dan data yang dikombinasikan untuk mengidentifikasi "
      "seseorang) dan yang bersifat spesifik, antara lain data kesehatan, biometrik, "
      "genetika, catatan kejahatan, data anak, dan data keuangan pribadi. NIK, nomor KK, "
      "alamat lengkap, dan nomor telepon jelas termasuk data pribadi.</p>"
      "<p>Instansi pemerintah yang memproses data warga berkedudukan sebagai "
      "<strong>pengendali data pribadi</strong>. Kewajibannya antara lain:</p>"
      "<ul>"
      "<li>memproses data hanya dengan dasar yang sah menurut Pasal 20, misalnya "
      "persetujuan yang sah secara eksplisit, pemenuhan kewajiban hukum, atau pelaksanaan "
      "tugas pelayanan publik dan kewenangan, serta hanya untuk tujuan yang spesifik;</li>"
      "<li>menjaga kerahasiaan dan keamanan data, termasuk dari pengungkapan yang tidak "
      "sah;</li>"
      "<li>bila terjadi kegagalan pelindungan data, menyampaikan pemberitahuan tertulis "
      "paling lambat 3 × 24 jam kepada pemilik data dan kepada lembaga penyelenggara "
      "pelindungan data pribadi (Pasal 46);</li>"
      "<li>menunjuk pejabat atau petugas pelindungan data pribadi bila memproses data "
      "untuk kepentingan pelayanan publik (Pasal 53).</li>"
      "</ul>"
      "<p>Pasal 65 melarang setiap orang secara melawan hukum mengungkapkan data pribadi "
      "yang bukan miliknya, dengan ancaman pidana. Mengunggah foto daftar penerima bantuan "
      "lengkap dengan NIK dan alamat, hasil laboratorium pasien, atau foto berkas KTP-el "
      "warga bisa masuk ke dalam larangan ini.</p>"),
    image("hnh-m7-data-pribadi.svg",
          alt_text="Dua panel. Merah, jangan diunggah: NIK dan nomor KK, foto KTP-el atau "
                   "KK, alamat dan nomor telepon, data kesehatan, data anak, data keuangan. "
                   "Hijau, bila harus diumumkan: contoh daftar dengan NIK disamarkan dan "
                   "hanya nama kelurahan, serta catatan untuk berkoordinasi dengan PPID.",
          caption="Data warga yang tidak boleh diunggah, dan cara menyamarkannya bila suatu "
                  "daftar memang wajib diumumkan."),
    heading("Persetujuan untuk foto dan testimoni"),
    p("<p>Foto warga yang dilayani atau video testimoni pasien membuat unggahan lebih "
      "hidup, tetapi perlu persetujuan yang jelas, sebaiknya tertulis: jelaskan dipakai di "
      "mana dan untuk apa, dan bahwa persetujuan boleh ditolak atau ditarik. Untuk anak, "
      "persetujuan diberikan orang tua atau wali. Jangan menampilkan wajah pasien, "
      "korban, atau anak dalam kasus sensitif.</p>"),
    social_post(
        "facebook", "Dinas Sosial Kota Contoh", "dinsos.kotacontoh",
        "Berikut daftar penerima bantuan tahap II Kelurahan Sukamaju, silakan dicek ya! "
        "[foto tabel berisi nama lengkap, NIK, alamat, dan nomor telepon penerima]",
        verdict="bad",
        comment="Membuka NIK, alamat, dan nomor telepon ratusan warga kepada siapa saja. "
                "Data seperti ini bisa dipakai untuk penipuan dan pinjaman ilegal atas nama "
                "warga."),
    social_post(
        "facebook", "Dinas Sosial Kota Contoh", "dinsos.kotacontoh",
        "Penetapan penerima bantuan tahap II sudah selesai. Cek apakah Anda termasuk "
        "penerima di cekbansos.kemensos.go.id dengan memasukkan wilayah dan nama sesuai "
        "KTP-el, atau datang ke kantor kelurahan dengan membawa KTP-el. Demi melindungi "
        "data pribadi warga, kami tidak mengunggah daftar berisi NIK dan alamat.",
        verdict="good",
        comment="Tujuan transparansi tetap tercapai (warga bisa mengecek), tetapi data "
                "pribadi tidak dibuka ke publik. Alasannya juga dijelaskan."),
    checklist("Sebelum mengunggah foto, dokumen, atau tangkapan layar", [
        "Tidak ada NIK, nomor KK, alamat lengkap, atau nomor telepon warga.",
        "Tidak ada data kesehatan, data anak, atau data keuangan seseorang.",
        "Berkas di meja dan layar komputer di latar foto tidak terbaca.",
        "Orang yang wajahnya jelas terlihat sudah memberi persetujuan.",
        "Bila ragu, sudah bertanya ke PPID atau pejabat pelindungan data.",
    ]),
    takeaways([
        "UU ITE (terakhir diubah UU 1/2024) melarang antara lain penyebaran pemberitahuan "
        "bohong yang menimbulkan kerusuhan dan penyerangan nama baik orang lain.",
        "Pencemaran nama baik adalah delik aduan, dan menurut putusan MK tahun 2025 "
        "lembaga pemerintah tidak termasuk \"orang lain\": jawab kritik, jangan ancam.",
        "UU PDP: NIK, alamat, dan data kesehatan warga tidak boleh diunggah; instansi "
        "adalah pengendali data yang wajib menjaganya.",
        "Minta persetujuan yang jelas untuk foto dan testimoni; untuk anak, dari orang "
        "tua atau wali.",
    ]),
]

# --- Pelajaran 4 ------------------------------------------------------------------

LESSON_NEUTRALITY = [
    p("<p>Di Modul 2 Anda sudah mempelajari netralitas dan disiplin di akun pribadi. "
      "Pelajaran ini melihatnya dari sisi pengelola <strong>kanal resmi</strong>. Menjelang "
      "pemilu dan pilkada, akun resmi instansi berada di posisi yang rawan: pimpinan daerah "
      "yang sedang menjabat bisa saja mencalonkan diri lagi, kolom komentar dipenuhi "
      "pendukung berbagai calon, dan satu unggahan yang keliru bisa dibaca sebagai "
      "keberpihakan instansi, bukan hanya keberpihakan seorang pegawai.</p>"),
    heading("Netralitas adalah kewajiban, bukan pilihan"),
    p("<p>UU No. 20 Tahun 2023 tentang ASN, Pasal 9 ayat (2), menegaskan bahwa pegawai ASN "
      "harus bebas dari pengaruh dan intervensi semua golongan dan partai politik. PP No. "
      "94 Tahun 2021 tentang Disiplin PNS, Pasal 5 huruf n, melarang PNS memberikan "
      "dukungan kepada calon presiden dan wakil presiden, calon kepala daerah dan wakil "
      "kepala daerah, serta calon anggota DPR, DPD, dan DPRD. Bentuk dukungan yang "
      "dilarang antara lain ikut kampanye, menjadi peserta kampanye dengan memakai "
      "fasilitas negara, membuat keputusan atau tindakan yang menguntungkan atau "
      "merugikan salah satu pasangan calon, serta mengadakan kegiatan yang mengarah pada "
      "keberpihakan.</p>"
      "<p>Akun resmi, perangkat kantor, dan anggaran publikasi dibiayai negara. Karena "
      "itu, pakailah semuanya hanya untuk informasi layanan dan kebijakan, tidak pernah "
      "untuk kepentingan calon mana pun.</p>"),
    heading("Kanal resmi di masa pemilu dan pilkada"),
    p("<ul>"
      "<li><strong>Utamakan informasi layanan, bukan citra pejabat.</strong> Kurangi "
      "unggahan yang berpusat pada sosok pimpinan, terlebih bila ia sedang menjadi calon. "
      "Beritakan programnya, bukan orangnya.</li>"
      "<li><strong>Jangan memakai simbol kampanye.</strong> Hindari slogan, jargon, warna "
      "khas, nomor urut, atau gerakan tangan yang identik dengan calon tertentu, sekalipun "
      "&quot;hanya kebetulan&quot;.</li>"
      "<li><strong>Jangan membagikan ulang akun kampanye.</strong> Akun resmi tidak "
      "menyukai, mengomentari, atau membagikan ulang unggahan akun pribadi maupun akun "
      "pemenangan calon.</li>"
      "<li><strong>Moderasi komentar secara setara.</strong> Bila kebijakan moderasi "
      "menyembunyikan ajakan kampanye di kolom komentar, terapkan kepada semua pendukung "
      "tanpa kecuali, dan simpan arsipnya.</li>"
      "<li><strong>Informasi kepemiluan yang netral boleh dibagikan.</strong> Jadwal "
      "pemungutan suara, cara mengecek daftar pemilih, atau imbauan menjaga ketertiban "
      "dari KPU dan Bawaslu adalah informasi publik yang bermanfaat.</li>"
      "</ul>"),
    social_post(
        "instagram", "Bagian Prokopim Kabupaten Contoh", "prokopim.kabcontoh",
        "Terima kasih, Bapak! Lanjutkan pembangunan dua periode! 💪 #LanjutkanNo2 "
        "[foto bupati petahana yang sedang mencalonkan diri, dengan gerakan dua jari]",
        verdict="bad",
        comment="Akun resmi memakai tagar, nomor urut, dan gestur kampanye calon petahana. "
                "Ini menggunakan fasilitas negara untuk menguntungkan satu pasangan calon "
                "dan dapat berujung pada hukuman disiplin bagi pengelolanya serta pejabat "
                "yang memerintahkannya."),
    social_post(
        "instagram", "Bagian Prokopim Kabupaten Contoh", "prokopim.kabcontoh",
        "Pemungutan suara pilkada berlangsung Rabu depan, pukul 07.00–13.00 di TPS "
        "masing-masing. Pastikan nama Anda terdaftar melalui layanan cek daftar pemilih "
        "resmi KPU, dan bawa KTP-el. Layanan kantor pemerintah kabupaten pada hari itu "
        "diatur sesuai ketentuan hari libur yang berlaku.",
        verdict="good",
        comment="Informasi kepemiluan yang netral, bersumber resmi, dan berguna bagi semua "
                "warga tanpa menyebut atau menguntungkan calon mana pun."),
    heading("Disiplin: konsekuensinya nyata"),
    p("<p>PP 94/2021 mengenal tiga tingkat hukuman disiplin bagi PNS: ringan (teguran "
      "atau pernyataan tidak puas), sedang (pemotongan tunjangan kinerja), dan berat (mulai dari "
      "penurunan atau pembebasan jabatan sampai pemberhentian). Pelanggaran netralitas "
      "dalam bentuk dukungan kepada calon diancam hukuman disiplin tingkat sedang sampai "
      "berat, bergantung pada bentuk pelanggarannya. Bagi PPPK berlaku ketentuan disiplin "
      "sesuai aturan manajemen PPPK dan perjanjian kerjanya.</p>"
      "<p>Selain netralitas, pelanggaran yang sering terjadi lewat kanal resmi adalah "
      "membocorkan dokumen yang belum final, mengunggah data pribadi warga, dan membalas "
      "warga dengan kata-kata yang merendahkan. Semuanya bertentangan dengan nilai dasar "
      "ASN BerAKHLAK, terutama <em>berorientasi pelayanan</em>, <em>akuntabel</em>, dan "
      "<em>harmonis</em>.</p>"),
    do_dont(
        "Mengelola kanal resmi menjelang pemilu dan pilkada",
        [
            "Memfokuskan unggahan pada program dan layanan, bukan sosok pejabat.",
            "Membagikan informasi kepemiluan resmi dari KPU dan Bawaslu.",
            "Menerapkan kebijakan moderasi yang sama kepada semua pendukung.",
            "Menolak permintaan unggahan bernuansa kampanye dan melaporkannya kepada "
            "atasan atau pengawas internal.",
        ],
        [
            "Memakai slogan, nomor urut, warna, atau gestur calon.",
            "Menyukai atau membagikan ulang unggahan akun pemenangan.",
            "Menyembunyikan komentar pendukung satu calon sambil membiarkan yang lain.",
            "Memasang advertorial bergambar besar pimpinan yang sedang mencalonkan diri.",
        ],
    ),
    callout("warning", "Diperintah atasan bukan alasan",
            "<p>Bila Anda diminta mengunggah konten yang menguntungkan calon tertentu dari "
            "akun resmi, sampaikan keberatan secara sopan dan tertulis, dan rujuk aturan "
            "netralitas. Pelanggaran netralitas dapat dilaporkan kepada pengawas internal "
            "instansi atau Bawaslu. Tanggung jawab disiplin melekat pada orang yang "
            "melakukannya, bukan hanya pada yang memerintah.</p>"),
    checklist("Uji netralitas sebelum unggahan resmi tayang", [
        "Apakah unggahan ini tetap pantas bila pimpinan bukan calon dalam pemilihan?",
        "Apakah ada slogan, nomor, warna, atau gestur yang identik dengan calon tertentu?",
        "Apakah fokusnya informasi layanan dan program, bukan sosok pejabat?",
        "Apakah moderasi komentar diterapkan sama kepada semua pihak?",
    ]),
    takeaways([
        "Akun resmi dan anggaran publikasi adalah fasilitas negara: hanya untuk informasi "
        "layanan dan kebijakan.",
        "Pasal 9 ayat (2) UU 20/2023 dan Pasal 5 huruf n PP 94/2021 menjadi dasar "
        "netralitas ASN, termasuk di kanal resmi.",
        "Informasi kepemiluan netral dari KPU dan Bawaslu boleh dan baik dibagikan.",
        "Pelanggaran netralitas berujung hukuman disiplin; perintah atasan tidak "
        "menghapus tanggung jawab.",
    ]),
]

# --- Kuis -------------------------------------------------------------------------

QUESTIONS = [
    single(
        "hnh-m7-q1",
        "Seorang warga berkomentar di akun resmi: \"Sudah tiga kali ke kantor kecamatan "
        "cuma buat akta, petugasnya selalu bilang sistem error. Kerja apa sih kalian?!\" "
        "Balasan mana yang paling tepat?",
        [
            ("\"Terima kasih sudah menyampaikan, dan mohon maaf Bapak/Ibu harus datang "
             "berulang kali. Pekan ini server layanan akta sempat terganggu dan sudah pulih "
             "sejak Kamis. Agar berkas Bapak/Ibu bisa kami prioritaskan, mohon kirim pesan "
             "langsung ke akun ini.\"", True,
             "Benar. Balasan ini mengakui, meminta maaf, memberi fakta, dan memindahkan "
             "urusan berkas ke kanal privat."),
            ("\"Sistem error bukan salah petugas. Mohon bersabar.\"", False,
             "Keliru. Balasan ini defensif dan tidak memberi informasi atau jalan keluar."),
            ("\"Silakan tulis NIK dan nomor akta Anda di kolom komentar agar kami cek.\"", False,
             "Keliru. Meminta data pribadi di kolom komentar membuka data warga ke publik."),
            ("Menyembunyikan komentar itu karena nadanya kasar.", False,
             "Keliru. Ini kritik layanan yang sah. Nada kasar bukan alasan untuk "
             "menyembunyikannya."),
        ],
        explanation="Empat langkah: akui, jelaskan dengan data, pindahkan urusan pribadi ke "
                    "kanal privat, lalu kabarkan tindak lanjutnya.",
    ),
    true_false(
        "hnh-m7-q2",
        "Menghapus komentar yang bernada kasar tetapi berisi keluhan layanan yang nyata "
        "adalah cara terbaik menjaga citra instansi.",
        False,
        feedback_true="Kurang tepat. Tangkapan layar komentar yang dihapus biasanya sudah "
                      "beredar, dan kabar \"instansi menghapus kritik\" jauh lebih merusak "
                      "citra daripada kritiknya.",
        feedback_false="Benar. Kritik layanan yang sah dijawab, bukan dihapus. Citra "
                       "instansi justru terbangun dari cara menanggapi kritik dengan "
                       "tenang dan berbasis data.",
        explanation="Moderasi hanya untuk konten yang melanggar aturan, sesuai kebijakan "
                    "tertulis yang diumumkan.",
    ),
    multiple(
        "hnh-m7-q3",
        "Menurut kebijakan moderasi yang baik, komentar mana yang boleh disembunyikan atau "
        "dihapus dari akun resmi? (Pilih semua yang benar.)",
        [
            ("Komentar yang memuat NIK dan alamat lengkap tetangga si pengomentar.", True,
             "Tepat. Sembunyikan untuk melindungi pemilik data, lalu kabari pengomentarnya "
             "dan lanjutkan lewat pesan pribadi."),
            ("Komentar berisi tautan situs judi daring.", True,
             "Tepat. Spam dan tautan judi atau penipuan termasuk konten yang dimoderasi."),
            ("Komentar pedas bahwa pelayanan puskesmas lambat.", False,
             "Keliru. Ini kritik layanan yang sah. Jawab dengan data, jangan dihapus."),
            ("Komentar yang menghasut kebencian terhadap suatu suku atau agama.", True,
             "Tepat. Ujaran kebencian berbasis SARA dimoderasi sesuai kebijakan dan "
             "diarsipkan."),
        ],
        explanation="Yang dimoderasi adalah pelanggaran aturan (data pribadi orang lain, "
                    "spam, judi, ujaran kebencian, ancaman), bukan kritik.",
    ),
    single(
        "hnh-m7-q4",
        "Beredar hoaks bahwa pendaftaran bansos dipungut biaya admin Rp50.000 lewat "
        "sebuah tautan. Judul unggahan klarifikasi mana yang paling baik?",
        [
            ("\"Bansos tidak dipungut biaya dan tidak didaftarkan lewat tautan.\"", True,
             "Benar. Judul langsung menyampaikan fakta, sehingga yang hanya membaca judul "
             "pun menangkap informasi yang benar."),
            ("\"Benarkah daftar bansos cukup bayar Rp50.000 lewat tautan?\"", False,
             "Keliru. Judul berbentuk pertanyaan justru mengulang dan memperkuat klaim "
             "hoaksnya."),
            ("\"HOAKS!!! Yang menyebarkan harap berpikir dulu!!!\"", False,
             "Keliru. Tidak ada faktanya, dan nada ini merendahkan warga yang mungkin hanya "
             "ingin membantu."),
            ("\"Daftar bansos bayar Rp50.000 via tautan\" disertai gambar pesan aslinya.", False,
             "Keliru. Judul dan gambar tanpa label ini bisa dipotong dan disebarkan ulang "
             "sebagai hoaks."),
        ],
        explanation="Pola klarifikasi: fakta lebih dulu, klaim disebut singkat dengan label "
                    "tegas, sumber resmi, cara mengecek, dan tanggal.",
    ),
    single(
        "hnh-m7-q5",
        "Seorang warga menulis di media sosial: \"Dinas Perhubungan Kota Contoh lamban dan "
        "tidak becus mengurus lampu lalu lintas.\" Seorang pejabat ingin melaporkannya "
        "dengan Pasal 27A UU ITE sebagai pencemaran nama baik instansi. Apa saran yang "
        "tepat?",
        [
            ("Tidak melaporkan, melainkan menjawab kritiknya dengan data dan rencana "
             "perbaikan, karena menurut Putusan MK 105/PUU-XXII/2024 lembaga pemerintah "
             "tidak termasuk \"orang lain\" dalam Pasal 27A.", True,
             "Benar. Kritik terhadap instansi bukan pencemaran nama baik menurut Pasal 27A. "
             "Yang dibutuhkan adalah jawaban dan perbaikan."),
            ("Segera melaporkan karena setiap kritik di media sosial dapat dipidana.", False,
             "Keliru. Kritik bukan tindak pidana, dan Pasal 27A hanya melindungi orang "
             "perseorangan."),
            ("Membalas di kolom komentar bahwa warga itu akan dilaporkan bila tidak "
             "menghapus unggahannya.", False,
             "Keliru. Ancaman seperti ini tidak berdasar, merusak kepercayaan, dan membuat "
             "warga lain takut menyampaikan keluhan."),
            ("Meminta seluruh pegawai ramai-ramai membalas untuk membela instansi.", False,
             "Keliru. Serbuan balasan dari pegawai memperkeruh suasana dan tidak menjawab "
             "substansi keluhan."),
        ],
        explanation="Pencemaran nama baik adalah delik aduan untuk orang perseorangan. Kritik "
                    "terhadap instansi dijawab dengan data, bukan dengan ancaman pidana.",
    ),
    true_false(
        "hnh-m7-q6",
        "Menurut Putusan MK Nomor 115/PUU-XXII/2024, perdebatan panas dan saling balas "
        "komentar di media sosial sudah memenuhi unsur \"kerusuhan\" dalam Pasal 28 ayat (3) "
        "UU ITE.",
        False,
        feedback_true="Kurang tepat. MK menegaskan bahwa \"kerusuhan\" berarti gangguan "
                      "ketertiban umum di ruang fisik, bukan keributan di ruang digital.",
        feedback_false="Benar. Keributan di ruang digital tidak termasuk \"kerusuhan\" "
                       "dalam pasal itu. Namun bagi ASN, standar etikanya tetap: jangan "
                       "menyebarkan apa pun yang belum diperiksa kebenarannya.",
        explanation="Pasal 28 ayat (3) mensyaratkan pelaku mengetahui isinya bohong dan "
                    "akibatnya kerusuhan di ruang fisik.",
    ),
    multiple(
        "hnh-m7-q7",
        "Mana yang termasuk data pribadi warga yang tidak boleh diunggah di akun resmi? "
        "(Pilih semua yang benar.)",
        [
            ("NIK dan nomor KK penerima bantuan.", True,
             "Tepat. Keduanya mengidentifikasi seseorang dan sering disalahgunakan untuk "
             "penipuan."),
            ("Hasil laboratorium seorang pasien puskesmas.", True,
             "Tepat. Data kesehatan termasuk data pribadi yang bersifat spesifik menurut "
             "Pasal 4 UU PDP."),
            ("Jadwal buka layanan puskesmas.", False,
             "Keliru. Jadwal layanan adalah informasi publik yang justru harus "
             "disebarluaskan."),
            ("Foto siswa lengkap dengan nama dan sekolahnya dalam berita kasus perundungan.", True,
             "Tepat. Data anak bersifat spesifik, dan dalam kasus sensitif identitas anak "
             "harus dilindungi."),
            ("Jumlah total penerima bantuan di satu kelurahan.", False,
             "Keliru. Angka agregat tanpa identitas bukan data pribadi dan berguna untuk "
             "transparansi."),
        ],
        explanation="Data pribadi adalah data yang mengidentifikasi orang perseorangan. Data "
                    "kesehatan, anak, dan keuangan bersifat spesifik dan perlu perlindungan "
                    "lebih.",
    ),
    single(
        "hnh-m7-q8",
        "Anda ingin mengunggah video testimoni seorang ibu yang anaknya baru sembuh setelah "
        "dirawat di RSUD. Apa yang harus dilakukan lebih dulu?",
        [
            ("Meminta persetujuan yang jelas (sebaiknya tertulis) dari ibu tersebut, "
             "menjelaskan di mana dan untuk apa video dipakai, serta bahwa ia boleh menarik "
             "persetujuannya.", True,
             "Benar. Persetujuan harus spesifik dan diberikan dengan sadar. Bila anak ikut "
             "tampil, persetujuan diberikan oleh orang tua atau wali."),
            ("Cukup merekam karena ibu itu terlihat senang dan tidak keberatan.", False,
             "Keliru. Tidak keberatan bukan persetujuan yang jelas untuk dipublikasikan."),
            ("Mengunggah dulu, lalu menghapus bila ada keberatan.", False,
             "Keliru. Setelah tayang, video bisa diunduh dan disebarkan; penghapusan tidak "
             "menarik kembali salinannya."),
            ("Mengaburkan wajah anak saja tanpa meminta izin siapa pun.", False,
             "Kurang tepat. Mengaburkan wajah membantu, tetapi persetujuan ibu tetap "
             "diperlukan untuk testimoni tentang keluarganya."),
        ],
        explanation="Foto dan testimoni warga memerlukan persetujuan yang jelas; untuk anak, "
                    "dari orang tua atau wali.",
    ),
    single(
        "hnh-m7-q9",
        "Menjelang pilkada, atasan meminta admin akun resmi mengunggah foto bupati petahana, "
        "yang sedang mencalonkan diri, dengan tagar slogan kampanyenya. Apa tindakan yang "
        "tepat?",
        [
            ("Menyampaikan keberatan secara sopan dan tertulis dengan merujuk aturan "
             "netralitas, dan menawarkan unggahan informasi program tanpa unsur kampanye.", True,
             "Benar. Akun resmi adalah fasilitas negara. Menggunakannya untuk menguntungkan "
             "satu calon melanggar netralitas, dan perintah atasan tidak menghapus tanggung "
             "jawab disiplin."),
            ("Mengunggahnya karena ini perintah atasan.", False,
             "Keliru. Tanggung jawab disiplin melekat pada yang melakukan, bukan hanya pada "
             "yang memerintah."),
            ("Mengunggahnya, tetapi menghapus tagar kampanyenya saja.", False,
             "Kurang tepat. Tanpa tagar pun, unggahan yang berpusat pada calon petahana di "
             "masa kampanye bisa dibaca sebagai keberpihakan."),
            ("Mengunggahnya dari akun pribadi saja agar tidak melibatkan instansi.", False,
             "Keliru. Dukungan kepada calon dari akun pribadi ASN juga melanggar "
             "netralitas."),
        ],
        explanation="Pasal 9 ayat (2) UU 20/2023 dan Pasal 5 huruf n PP 94/2021: ASN bebas "
                    "dari pengaruh golongan dan partai politik, dan dilarang memberi dukungan "
                    "kepada calon.",
    ),
    single(
        "hnh-m7-q10",
        "Seorang rekan tidak sengaja membagikan tautan publik ke lembar kerja pendaftar "
        "pelatihan yang memuat NIK dan nomor telepon warga. Tautan itu sudah terlanjur "
        "dibagikan di grup publik. Apa langkah yang paling tepat?",
        [
            ("Segera menutup akses tautan, melaporkan kepada atasan dan pejabat pelindungan "
             "data, karena instansi wajib memberi tahu pemilik data dan lembaga paling "
             "lambat 3 × 24 jam.", True,
             "Benar. Ini kegagalan pelindungan data pribadi. Hentikan kebocorannya, laporkan, "
             "dan penuhi kewajiban pemberitahuan menurut Pasal 46 UU PDP."),
            ("Menghapus pesan di grup dan menganggap masalahnya selesai.", False,
             "Keliru. Data mungkin sudah diunduh. Akses tautan harus ditutup dan kejadian "
             "dilaporkan agar kewajiban pemberitahuan dipenuhi."),
            ("Menunggu sampai ada warga yang mengeluh sebelum bertindak.", False,
             "Keliru. Menunggu memperbesar kerugian dan melewatkan batas waktu "
             "pemberitahuan."),
            ("Mengganti nama berkasnya tanpa mengubah pengaturan berbagi.", False,
             "Keliru. Selama tautan masih terbuka, data tetap bisa diakses siapa saja."),
        ],
        explanation="Instansi adalah pengendali data pribadi: wajib menjaga data dan, bila "
                    "terjadi kegagalan pelindungan, memberi tahu pemilik data dan lembaga "
                    "paling lambat 3 × 24 jam.",
    ),
]

MODULE = module(
    "Menanggapi Kritik dan Hoaks dengan Taat Hukum dan Etika",
    "modul-7-kritik-hoaks-hukum",
    "Membalas kritik dengan tenang dan berbasis data, meluruskan hoaks dengan informasi "
    "terverifikasi, memahami rambu UU ITE setelah perubahan UU 1/2024 dan UU Pelindungan "
    "Data Pribadi, serta menjaga netralitas dan disiplin ASN saat mengelola kanal resmi.",
    lessons=[
        lesson("Menanggapi Kritik dengan Kepala Dingin", "m7-menanggapi-kritik", 15,
               LESSON_CRITICISM),
        lesson("Meluruskan Hoaks dengan Informasi Terverifikasi", "m7-meluruskan-hoaks", 20,
               LESSON_HOAX),
        lesson("Rambu Hukum: UU ITE dan UU Pelindungan Data Pribadi",
               "m7-rambu-uu-ite-pdp", 25, LESSON_LAW),
        lesson("Netralitas dan Disiplin saat Mengelola Kanal Resmi",
               "m7-netralitas-disiplin-kanal-resmi", 15, LESSON_NEUTRALITY),
    ],
    quiz_spec=quiz(
        "Kuis Modul 7: Kritik, Hoaks, dan Hukum",
        "m7-kuis-kritik-hoaks-hukum",
        QUESTIONS,
        intro="<p>Sepuluh soal kasus tentang menanggapi kritik, meluruskan hoaks, UU ITE, "
              "pelindungan data pribadi, serta netralitas dan disiplin ASN. Nilai lulus "
              "70.</p>",
        pass_mark=70,
    ),
)
