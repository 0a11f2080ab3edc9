"""Modul 5: Memantau dan mengevaluasi (monev) media sosial, lalu melaporkannya.

Bahan: artikel rapat koordinasi kehumasan se-Jawa Timur (humas harus bisa memonev
seluruh media sosial; pemerintah provinsi dan kabupaten/kota sudah memiliki aplikasi
penjaring media sosial agar pimpinan dapat mengambil keputusan secepat mungkin dan
tepat) serta pandangan Kemendagri (2022) bahwa media sosial mencakup semua ide,
konten, dan komunikasi daring, dan bahwa suara kelompok masyarakat sipil harus
didengar. Semua kalimat ditulis sendiri.
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
    single,
    social_post,
    takeaways,
    true_false,
)

# --- Pelajaran 1 ------------------------------------------------------------------

LESSON_LISTENING = [
    p("<p>Keluhan warga hampir selalu muncul lebih dulu di media sosial sebelum sampai ke "
      "meja Anda. Blangko KTP-el habis, aplikasi pendaftaran PPDB galat, genangan di "
      "jalan depan puskesmas, atau petugas yang dianggap tidak ramah: semuanya dibicarakan "
      "di kolom komentar, video pendek, dan ulasan Google Maps berjam-jam atau berhari-hari "
      "sebelum ada surat resmi. Unit yang mendengar lebih awal punya kesempatan "
      "memperbaiki masalah ketika masih kecil.</p>"
      "<p>Dalam sebuah rapat koordinasi kehumasan kabupaten/kota se-Jawa Timur, Biro Humas "
      "dan Protokol Sekretariat Daerah Provinsi Jawa Timur menegaskan bahwa aparat humas "
      "harus mampu memantau dan mengevaluasi (monev) seluruh media sosial. Pemerintah "
      "provinsi dan kabupaten/kota di sana sudah memiliki aplikasi untuk menjaring "
      "pemberitaan dan percakapan daring tentang pembangunan daerah dan kebijakan gubernur. "
      "Tujuannya jelas: agar pimpinan dapat mengambil keputusan secepat mungkin dan "
      "tepat.</p>"
      "<p>Monev bukan hanya tugas biro humas. Setiap ASN membaca komentar tentang layanan "
      "unitnya sendiri. Pelajaran ini membahas apa yang perlu dipantau, di mana mencarinya, "
      "dan bagaimana melakukannya dengan etis.</p>"),
    heading("Memantau dan mendengarkan: dua hal yang berbeda"),
    p("<p>Ada dua kegiatan yang sering dicampuradukkan:</p>"
      "<ul>"
      "<li><strong>Pemantauan (monitoring)</strong> mengumpulkan dan menghitung: berapa "
      "kali instansi disebut, di kanal mana, oleh berapa akun, dan kapan.</li>"
      "<li><strong>Mendengarkan percakapan (social listening)</strong> berusaha memahami "
      "maknanya: mengapa warga kesal, kebutuhan apa yang tersembunyi di balik keluhan, dan "
      "isu apa yang sedang tumbuh.</li>"
      "</ul>"
      "<p>Monev menggabungkan keduanya dan menambahkan <strong>evaluasi</strong>: apakah "
      "unggahan kita dipahami, apakah keluhan berkurang setelah perbaikan, dan apakah ada "
      "hal yang harus segera diputuskan pimpinan.</p>"),
    heading("Empat hal yang perlu dipantau"),
    p("<ol>"
      "<li><strong>Sebutan (mention).</strong> Setiap kali akun resmi ditandai atau nama "
      "instansi, nama layanan, dan tagar program Anda disebut. Masukkan juga ejaan keliru "
      "dan sebutan populer: warga jarang menulis &quot;Dinas Kependudukan dan Pencatatan "
      "Sipil&quot;; mereka menulis &quot;dukcapil&quot;, &quot;capil&quot;, atau "
      "&quot;disduk&quot;.</li>"
      "<li><strong>Keluhan dan pertanyaan layanan.</strong> Antrean, syarat yang "
      "membingungkan, aplikasi galat, jadwal yang berubah, dugaan pungutan liar. Setiap "
      "keluhan adalah data gratis untuk memperbaiki layanan.</li>"
      "<li><strong>Sentimen.</strong> Apakah nada percakapan positif, netral, atau negatif. "
      "Yang penting bukan menghitung pujian, melainkan melihat arah perubahannya dari "
      "minggu ke minggu.</li>"
      "<li><strong>Isu yang mulai muncul.</strong> Topik baru yang naik cepat: pesan "
      "berantai tentang bansos, video petugas di loket, foto tanggul yang retak, atau "
      "perdebatan zonasi PPDB. Isu seperti ini sering hanya beberapa unggahan pada hari "
      "pertama, lalu ratusan pada hari ketiga.</li>"
      "</ol>"),
    social_post(
        "x", "Akun warga (nama disamarkan)", "",
        "Udah 3 hari bolak-balik ke kecamatan buat cetak KTP-el, katanya blangko habis "
        "terus. Sampai kapan?? @disdukcapil_kotacontoh",
        verdict="neutral",
        comment="Satu unggahan ini memuat tiga sinyal sekaligus: sebutan akun resmi, keluhan "
                "layanan (blangko), dan sentimen negatif. Bila dalam sehari muncul belasan "
                "unggahan serupa dari kecamatan yang berbeda, itu tanda isu yang sedang "
                "tumbuh dan perlu dilaporkan, bukan sekadar dibalas satu per satu."),
    heading("Di mana mencarinya"),
    p("<p>Sekretaris Jenderal Kemendagri pada 2022 mengingatkan bahwa media sosial bukan "
      "hanya WhatsApp, Twitter, dan Instagram, melainkan semua ide, pemikiran, konten, dan "
      "komunikasi yang berlangsung daring. Ia juga meminta pengelola kehumasan jeli melihat "
      "kelompok masyarakat sipil yang dominan di daerahnya, seperti warga, mahasiswa, "
      "wartawan, dan media massa, agar aspirasi mereka tersalurkan. Karena itu, daftar "
      "tempat pantauan sebaiknya mencakup:</p>"
      "<ul>"
      "<li>komentar dan pesan di akun resmi instansi sendiri;</li>"
      "<li>unggahan publik di Instagram, X, Facebook, TikTok, dan YouTube yang menyebut "
      "instansi atau layanan Anda;</li>"
      "<li>grup Facebook warga yang bersifat publik dan forum daring;</li>"
      "<li>ulasan kantor layanan di Google Maps;</li>"
      "<li>portal berita daring, termasuk media lokal dan kolom komentarnya;</li>"
      "<li>pengaduan yang masuk melalui SP4N-LAPOR! dan kanal pengaduan instansi.</li>"
      "</ul>"),
    callout("warning", "Memantau bukan memata-matai",
            "<p>Pantau hanya percakapan yang memang terbuka untuk umum. Jangan menyusup ke "
            "grup tertutup dengan identitas palsu, jangan membuat daftar nama warga yang "
            "sering mengkritik, dan jangan menyimpan data pribadi mereka lebih dari yang "
            "diperlukan untuk menindaklanjuti keluhan. Tujuan monev adalah memperbaiki "
            "layanan, bukan mengawasi warga.</p>"),
    heading("Menyusun daftar kata kunci"),
    p("<p>Pemantauan hanya sebaik kata kunci yang Anda pakai. Susun daftar sekali, lalu "
      "perbarui setiap bulan atau setiap kali muncul isu baru. Contoh untuk Dinas "
      "Kependudukan dan Pencatatan Sipil Kota Contoh: &quot;disdukcapil kota contoh&quot;, "
      "&quot;dukcapil contoh&quot;, &quot;@disdukcapil_kotacontoh&quot;, &quot;KTP-el&quot;, "
      "&quot;e-KTP&quot;, &quot;blangko&quot;, &quot;akta kelahiran&quot;, &quot;pindah "
      "domisili&quot;, ditambah kata-kata keluhan seperti &quot;antre&quot;, "
      "&quot;error&quot;, &quot;calo&quot;, dan &quot;pungli&quot;.</p>"),
    checklist("Daftar kata kunci pantauan unit Anda", [
        "Nama resmi instansi dan unit, beserta singkatan dan sebutan populernya.",
        "Nama akun resmi (dengan dan tanpa tanda @) dan tagar program.",
        "Nama layanan utama yang dicari warga, dengan istilah sehari-hari.",
        "Nama lokasi kantor layanan, misalnya nama kecamatan atau puskesmas.",
        "Kata keluhan yang umum: antre, error, tutup, calo, pungli, lambat.",
        "Isu musiman: PPDB, pembayaran PBB, musim hujan dan banjir, pencairan bansos.",
    ]),
    takeaways([
        "Monev media sosial bertujuan agar pimpinan dapat memutuskan dengan cepat dan tepat.",
        "Pantau empat hal: sebutan, keluhan, sentimen, dan isu yang mulai muncul.",
        "Media sosial mencakup semua percakapan daring, termasuk berita daring dan ulasan.",
        "Pantau yang terbuka untuk umum saja; monev untuk memperbaiki layanan, bukan "
        "mengawasi warga.",
    ]),
]

# --- Pelajaran 2 ------------------------------------------------------------------

LESSON_TOOLS_CYCLE = [
    p("<p>Banyak unit menunda monev karena merasa harus membeli perangkat lunak mahal "
      "lebih dulu. Padahal yang paling menentukan bukan alatnya, melainkan kebiasaan: "
      "memeriksa pada jam yang sama setiap hari, mencatat dengan format yang sama, dan "
      "membawa temuan kepada orang yang bisa bertindak. Pelajaran ini memperkenalkan tiga "
      "lapis alat yang bisa dipakai bersama dan satu siklus kerja yang bisa langsung Anda "
      "jalankan.</p>"),
    heading("Tiga lapis alat"),
    p("<p><strong>1. Data bawaan platform (insights).</strong> Hampir semua platform "
      "menyediakan statistik gratis untuk akun resmi: dasbor profesional Instagram, Meta "
      "Business Suite untuk Facebook dan Instagram, analitik TikTok, YouTube Studio, dan "
      "statistik unggahan di X. Dari sini Anda tahu jangkauan, tayangan, interaksi, jam "
      "aktif pengikut, dan unggahan mana yang paling banyak disimpan atau dibagikan. "
      "Keterbatasannya: data ini hanya menggambarkan akun Anda sendiri, bukan percakapan "
      "tentang instansi Anda di tempat lain.</p>"
      "<p><strong>2. Aplikasi pemantauan milik pemerintah.</strong> Seperti di Jawa Timur, "
      "banyak pemerintah provinsi dan kabupaten/kota sudah mengoperasikan aplikasi yang "
      "menjaring berita daring dan percakapan media sosial dengan kata kunci tertentu. "
      "Tanyakan kepada dinas kominfo atau biro humas di daerah Anda: apakah aplikasi itu "
      "ada, dan bisakah unit Anda menerima ringkasan berkala untuk kata kunci layanan "
      "Anda. Pengaduan yang masuk melalui SP4N-LAPOR! juga bagian dari bahan monev.</p>"
      "<p><strong>3. Lembar kerja sederhana.</strong> Untuk unit kecil, satu lembar kerja "
      "bersama sudah cukup untuk mulai. Isi dengan pencarian manual di tiap platform, "
      "peringatan berita gratis dari mesin pencari untuk nama instansi Anda, dan temuan "
      "dari kolom komentar akun resmi.</p>"),
    image("hnh-m5-lembar-pantau.svg",
          alt_text="Tabel lembar pantau harian Disdukcapil Kota Contoh dengan kolom tanggal, "
                   "kanal, ringkasan, topik, sentimen, urgensi, dan tindak lanjut. Contoh "
                   "baris: keluhan blangko KTP-el di Instagram berlabel kuning, ulasan "
                   "positif di Google Maps berlabel hijau, dan hoaks perekaman KTP-el "
                   "berbayar di grup publik berlabel merah.",
          caption="Lembar pantau sederhana: satu baris untuk satu unggahan atau satu kelompok "
                  "unggahan serupa, diberi label sentimen dan urgensi."),
    heading("Siklus monev dalam enam langkah"),
    image("hnh-m5-siklus-monev.svg",
          alt_text="Diagram siklus dengan enam kotak yang dihubungkan panah melingkar: "
                   "1 tetapkan tujuan dan kata kunci, 2 kumpulkan sebutan dan keluhan, "
                   "3 pilah dan beri label, 4 analisis skala dan tren, 5 laporkan dan beri "
                   "rekomendasi, 6 tindak lanjuti dan evaluasi, lalu kembali ke langkah 1.",
          caption="Monev adalah siklus: hasil evaluasi dipakai untuk memperbarui kata kunci "
                  "dan tujuan pemantauan berikutnya."),
    p("<ol>"
      "<li><strong>Tetapkan tujuan dan kata kunci.</strong> Apa yang ingin Anda ketahui "
      "bulan ini? Misalnya: bagaimana warga menanggapi jam layanan baru.</li>"
      "<li><strong>Kumpulkan.</strong> Periksa pada jam tetap, misalnya pukul 08.00 dan "
      "15.00. Simpan tautan dan tangkapan layar yang mencantumkan tanggal.</li>"
      "<li><strong>Pilah dan beri label.</strong> Kelompokkan per topik, beri label "
      "sentimen dan tingkat urgensi.</li>"
      "<li><strong>Analisis.</strong> Bandingkan dengan periode sebelumnya. Cari lonjakan, "
      "sumber utama penyebaran, dan apakah media sudah memberitakannya.</li>"
      "<li><strong>Laporkan dan beri rekomendasi.</strong> Sampaikan kepada atasan dalam "
      "format singkat yang bisa langsung diputuskan (dibahas di pelajaran berikutnya).</li>"
      "<li><strong>Tindak lanjuti dan evaluasi.</strong> Setelah ada perbaikan atau "
      "klarifikasi, ukur lagi: apakah keluhan serupa berkurang? Hasilnya menjadi bahan "
      "untuk langkah pertama di siklus berikutnya.</li>"
      "</ol>"),
    heading("Memberi label sentimen dan urgensi"),
    p("<p>Label sentimen otomatis dari aplikasi membantu, tetapi sering keliru membaca "
      "sindiran. Manusia tetap perlu memeriksa, terutama untuk unggahan yang menyebar "
      "luas.</p>"),
    social_post(
        "instagram", "Akun warga (nama disamarkan)", "",
        "Mantap, antre dari subuh dapat nomor 150. Pelayanan juara 👍👍",
        verdict="neutral",
        comment="Kata \"mantap\", \"juara\", dan emoji jempol bisa membuat aplikasi "
                "melabelinya positif. Pembaca manusia langsung tahu ini sindiran: "
                "sentimennya negatif, topiknya antrean. Periksa label otomatis, terutama "
                "untuk unggahan yang ramai."),
    p("<p>Selain sentimen, beri setiap temuan tingkat urgensi agar jelas kapan harus "
      "melapor:</p>"
      "<ul>"
      "<li><strong>Hijau (rutin).</strong> Pertanyaan biasa, pujian, atau keluhan tunggal "
      "yang bisa dijawab di kanal. Cukup masuk rekap mingguan.</li>"
      "<li><strong>Kuning (perlu perhatian).</strong> Keluhan serupa yang berulang dari "
      "beberapa akun, atau mulai diangkat akun berpengikut besar dan media lokal. "
      "Laporkan kepada atasan pada hari yang sama.</li>"
      "<li><strong>Merah (segera).</strong> Menyangkut keselamatan warga (banjir, "
      "bangunan rusak), dugaan pungutan liar atau pelanggaran oleh petugas, hoaks yang "
      "memicu kepanikan, atau data pribadi warga yang tersebar. Laporkan saat itu juga, "
      "jangan menunggu laporan rutin.</li>"
      "</ul>"),
    do_dont(
        "Menjalankan monev sehari-hari",
        [
            "Memeriksa pada jam yang sama setiap hari dan mencatat dengan format yang sama.",
            "Menyimpan tautan dan tangkapan layar bertanggal sebagai bukti.",
            "Menghitung akun yang berbeda, bukan hanya jumlah unggahan.",
            "Membandingkan angka minggu ini dengan minggu lalu untuk melihat tren.",
            "Meneruskan keluhan ke unit pemilik layanan, bukan hanya mencatatnya.",
        ],
        [
            "Hanya mengumpulkan pujian untuk laporan.",
            "Percaya begitu saja pada label sentimen otomatis.",
            "Menyalin NIK, nomor telepon, atau alamat warga ke lembar pantau.",
            "Menunggu laporan bulanan untuk isu berlabel merah.",
            "Membalas keluhan yang sama dengan jawaban berbeda-beda antarpetugas.",
        ],
    ),
    callout("tip", "Mulai dari 15 menit sehari",
            "<p>Unit yang belum pernah memonev bisa mulai dengan dua sesi singkat: pagi "
            "dan sore, masing-masing 15 menit, oleh petugas yang bergiliran. Setelah satu "
            "bulan, Anda sudah punya data pembanding yang cukup untuk melihat pola.</p>"),
    takeaways([
        "Gunakan tiga lapis alat: insights bawaan platform, aplikasi pemantauan pemerintah "
        "daerah, dan lembar kerja sederhana.",
        "Jalankan siklus: tujuan, kumpulkan, pilah, analisis, laporkan, tindak lanjuti.",
        "Periksa label sentimen otomatis; sindiran sering terbaca positif oleh mesin.",
        "Tingkat urgensi menentukan kapan melapor: hijau rutin, kuning hari ini, merah "
        "segera.",
    ]),
]

# --- Pelajaran 3 ------------------------------------------------------------------

LESSON_BRIEF = [
    p("<p>Monev baru berguna kalau hasilnya sampai kepada orang yang bisa memutuskan, dalam "
      "bentuk yang bisa dibaca cepat. Pimpinan menerima puluhan pesan setiap hari. Laporan "
      "berisi empat puluh tangkapan layar tanpa kesimpulan tidak akan dibaca sampai "
      "habis, dan keputusan yang seharusnya diambil hari ini bisa tertunda sampai isunya "
      "membesar.</p>"
      "<p>Karena itu, biasakan menyusun <strong>laporan satu halaman</strong> yang bisa "
      "dibaca dalam dua menit. Laporan ini menjawab empat pertanyaan pimpinan: apa isunya, "
      "seberapa besar, bagaimana nada warga, dan apa yang harus diputuskan.</p>"),
    image("hnh-m5-brief-satu-halaman.svg",
          alt_text="Kerangka laporan satu halaman dengan penanda urgensi kuning di pojok "
                   "kanan atas dan lima bagian berurutan: isu dalam satu kalimat, skala "
                   "berupa angka dan tren, sentimen berupa batang proporsi negatif netral "
                   "positif, fakta dan status di lapangan, serta rekomendasi dengan "
                   "penanggung jawab dan batas waktu.",
          caption="Kerangka laporan monev satu halaman: cukup dibaca dua menit, diakhiri "
                  "keputusan yang diminta."),
    heading("Isi setiap bagian"),
    p("<ul>"
      "<li><strong>Isu.</strong> Satu kalimat berisi fakta, bukan opini: apa yang terjadi, "
      "di mana, sejak kapan. Hindari label seperti &quot;warganet nyinyir&quot;.</li>"
      "<li><strong>Skala.</strong> Angka yang bisa diperiksa: jumlah unggahan dan komentar, "
      "jumlah akun yang berbeda, perkiraan tayangan, ada atau tidaknya liputan media, dan "
      "arah tren dibandingkan periode sebelumnya. Sebut sumber data dan jam "
      "pengambilannya.</li>"
      "<li><strong>Sentimen.</strong> Proporsi negatif, netral, dan positif, ditambah satu "
      "atau dua kutipan yang mewakili, tanpa nama atau akun warga.</li>"
      "<li><strong>Fakta dan status di lapangan.</strong> Apa yang sebenarnya terjadi "
      "menurut unit pemilik layanan. Bagian ini membedakan laporan monev dari sekadar "
      "kliping.</li>"
      "<li><strong>Rekomendasi.</strong> Satu sampai tiga pilihan tindakan yang konkret: "
      "apa, siapa yang mengerjakan, kapan. Sebutkan risikonya bila tidak ditindaklanjuti, "
      "lalu tutup dengan keputusan yang diminta dari pimpinan.</li>"
      "</ul>"),
    heading("Contoh laporan"),
    p("<p><strong>LAPORAN MONEV MEDIA SOSIAL: Disdukcapil Kota Contoh</strong><br>"
      "Data diambil Senin pukul 09.00 WIB dari lembar pantau harian dan aplikasi "
      "pemantauan pemerintah kota. Tingkat urgensi: <strong>kuning</strong>.</p>"
      "<ul>"
      "<li><strong>Isu:</strong> Warga mengeluhkan KTP-el tidak bisa dicetak di "
      "Kecamatan Utara, Timur, dan Barat karena blangko habis sejak Kamis.</li>"
      "<li><strong>Skala:</strong> 46 unggahan dan komentar dari 38 akun berbeda dalam "
      "48 jam; satu video TikTok ditonton sekitar 25.000 kali. Pekan lalu hanya lima "
      "unggahan. Belum ada pemberitaan media daring.</li>"
      "<li><strong>Sentimen:</strong> sekitar 80% negatif, 15% netral (bertanya kapan "
      "tersedia), 5% positif. Kutipan yang mewakili: &quot;Sudah tiga kali datang, "
      "jawabannya selalu besok.&quot;</li>"
      "<li><strong>Fakta di lapangan:</strong> Stok blangko di tiga kecamatan memang habis. "
      "Kiriman berikutnya dijadwalkan tiba Rabu. Perekaman data tetap berjalan.</li>"
      "<li><strong>Rekomendasi:</strong> (1) Hari ini pukul 13.00, akun resmi mengunggah "
      "pengumuman: penyebab, perkiraan tiba blangko, dan kepastian bahwa perekaman tetap "
      "dilayani (penanggung jawab: Kasubbag Umum dan admin akun). (2) Petugas loket dan "
      "admin memakai jawaban seragam yang sama. (3) Warga yang sudah merekam dikabari "
      "lewat pesan singkat saat KTP-el siap dicetak. Risiko bila ditunda: keluhan "
      "diperkirakan terus naik dan mulai diliput media lokal.</li>"
      "<li><strong>Keputusan yang diminta:</strong> persetujuan naskah pengumuman "
      "terlampir sebelum pukul 12.00.</li>"
      "</ul>"),
    callout("warning", "Jangan menyaring kabar buruk",
            "<p>Godaan terbesar dalam menyusun laporan adalah menonjolkan pujian dan "
            "menyembunyikan kritik agar pimpinan senang. Laporan seperti itu justru "
            "berbahaya: pimpinan mengira semuanya baik-baik saja sampai isu meledak di "
            "media. Sampaikan apa adanya, dengan angka dan tanpa dramatisasi.</p>"),
    do_dont(
        "Menyusun laporan untuk pimpinan",
        [
            "Menulis isu dalam satu kalimat yang faktual.",
            "Menyertakan angka, sumber data, jam pengambilan, dan tren.",
            "Menyertakan fakta dari unit pemilik layanan.",
            "Memberi rekomendasi yang bisa langsung diputuskan, lengkap dengan penanggung "
            "jawab dan batas waktu.",
        ],
        [
            "Menempelkan puluhan tangkapan layar tanpa kesimpulan.",
            "Mencantumkan nama, foto, atau akun warga yang mengeluh.",
            "Memakai bahasa yang merendahkan warga, misalnya \"netizen julid\".",
            "Mengirim laporan tanpa saran tindakan.",
        ],
    ),
    checklist("Sebelum laporan dikirim", [
        "Laporan muat dalam satu halaman dan bisa dibaca dalam dua menit.",
        "Isu ditulis dalam satu kalimat faktual.",
        "Angka skala mencantumkan sumber dan jam pengambilan data.",
        "Kutipan warga tidak memuat nama, akun, atau data pribadi.",
        "Fakta lapangan sudah dikonfirmasi ke unit pemilik layanan.",
        "Rekomendasi menyebut apa, siapa, kapan, dan keputusan yang diminta.",
    ]),
    assignment(
        "Susun laporan monev satu halaman",
        "<p>Pilih satu isu nyata tentang layanan unit Anda yang dibicarakan warga di media "
        "sosial dalam sebulan terakhir. Bila belum ada, gunakan salah satu skenario ini: "
        "antrean panjang di puskesmas pada hari Senin, genangan banjir di jalan menuju "
        "kantor layanan, atau keluhan situs PPDB yang sulit diakses.</p>"
        "<p>Pantau percakapannya selama dua sampai tiga hari (atau susun angka perkiraan "
        "yang masuk akal untuk skenario), lalu tulis laporan satu halaman berisi:</p>"
        "<ol>"
        "<li>isu dalam satu kalimat;</li>"
        "<li>skala: jumlah unggahan, akun berbeda, perkiraan tayangan, liputan media, dan "
        "tren, beserta sumber datanya;</li>"
        "<li>sentimen dengan satu atau dua kutipan tanpa identitas warga;</li>"
        "<li>fakta dan status di lapangan;</li>"
        "<li>rekomendasi tindakan (apa, siapa, kapan), risiko bila tidak ditindaklanjuti, "
        "dan keputusan yang Anda minta dari pimpinan;</li>"
        "<li>tingkat urgensi (hijau, kuning, atau merah) beserta alasannya.</li>"
        "</ol>"
        "<p><strong>Jawaban yang baik</strong> tidak lebih dari sekitar 300 kata, memakai "
        "angka yang jelas sumbernya, tidak memuat data pribadi warga, membedakan fakta dari "
        "opini, dan rekomendasinya cukup konkret sehingga pimpinan bisa menjawab "
        "&quot;ya&quot; atau &quot;tidak&quot; hari itu juga.</p>",
        allow_link=False,
    ),
    takeaways([
        "Laporan monev untuk pimpinan cukup satu halaman: isu, skala, sentimen, fakta, "
        "rekomendasi.",
        "Skala ditulis dengan angka yang bisa diperiksa, lengkap dengan sumber dan tren.",
        "Rekomendasi harus bisa langsung diputuskan: apa, siapa, kapan.",
        "Sampaikan kabar buruk apa adanya; laporan yang hanya berisi pujian menyesatkan.",
    ]),
]

# --- Kuis -------------------------------------------------------------------------

QUESTIONS = [
    single(
        "hnh-m5-q1",
        "Dalam rapat koordinasi kehumasan se-Jawa Timur, apa tujuan utama humas memantau "
        "dan mengevaluasi (monev) seluruh media sosial?",
        [
            ("Agar pimpinan dapat mengambil keputusan secepat mungkin dan tepat.", True,
             "Benar. Aplikasi penjaring media sosial di Jawa Timur dibangun supaya "
             "pimpinan cepat mengetahui isu dan bisa segera memutuskan tindakan."),
            ("Agar instansi bisa mengetahui siapa saja warga yang sering mengkritik.", False,
             "Keliru. Monev bukan untuk mendata pengkritik; tujuannya memahami isu dan "
             "memperbaiki layanan."),
            ("Agar jumlah pengikut akun resmi bertambah.", False,
             "Keliru. Pertumbuhan pengikut bisa menjadi salah satu indikator, tetapi bukan "
             "tujuan monev. Fokusnya adalah bahan keputusan pimpinan."),
            ("Agar semua komentar negatif bisa segera dihapus.", False,
             "Keliru. Menghapus kritik yang sah merusak kepercayaan. Monev justru membantu "
             "menanggapi dan memperbaiki penyebab keluhan."),
        ],
        explanation="Intinya: dengar lebih awal, pahami isunya, dan bawa ke pimpinan dalam "
                    "bentuk yang bisa segera diputuskan.",
    ),
    multiple(
        "hnh-m5-q2",
        "Anda menyusun daftar tempat pantauan untuk puskesmas di kecamatan Anda. Mana yang "
        "tepat dimasukkan? (Pilih semua yang benar.)",
        [
            ("Ulasan puskesmas di Google Maps.", True,
             "Tepat. Ulasan di peta daring sering berisi keluhan dan pujian layanan yang "
             "nyata."),
            ("Grup Facebook warga kecamatan yang bersifat publik.", True,
             "Tepat. Percakapan publik di grup warga sering menjadi tempat isu pertama kali "
             "muncul."),
            ("Portal berita daring lokal dan kolom komentarnya.", True,
             "Tepat. Media sosial dalam arti luas mencakup semua konten dan komunikasi "
             "daring, termasuk berita daring."),
            ("Grup WhatsApp tertutup yang Anda masuki dengan nama samaran.", False,
             "Keliru. Menyusup ke grup tertutup dengan identitas palsu tidak etis. Pantau "
             "hanya yang terbuka untuk umum."),
        ],
        explanation="Media sosial bukan hanya Instagram dan X. Pantau semua ruang daring "
                    "yang terbuka untuk umum, tetapi jangan menyusup ke ruang privat.",
    ),
    single(
        "hnh-m5-q3",
        "Aplikasi pemantauan melabeli unggahan ini sebagai \"positif\": \"Mantap, antre dari "
        "subuh dapat nomor 150. Pelayanan juara 👍\". Apa yang sebaiknya Anda lakukan?",
        [
            ("Mengubah labelnya menjadi negatif dengan topik antrean.", True,
             "Benar. Ini sindiran. Pembaca manusia perlu memeriksa label otomatis, "
             "terutama untuk unggahan yang ramai."),
            ("Membiarkan label positif karena aplikasi sudah menganalisisnya.", False,
             "Keliru. Mesin sering salah membaca sindiran. Laporan yang salah label akan "
             "menyesatkan pimpinan."),
            ("Menghapus unggahan itu dari data karena sulit dikategorikan.", False,
             "Keliru. Unggahan ini justru sinyal penting tentang masalah antrean; jangan "
             "dibuang dari data."),
            ("Memberi label netral supaya aman.", False,
             "Keliru. Label netral menyembunyikan keluhan yang nyata. Label harus "
             "mencerminkan makna sebenarnya."),
        ],
        explanation="Label sentimen otomatis membantu menghemat waktu, tetapi sindiran dan "
                    "konteks lokal tetap perlu dibaca manusia.",
    ),
    true_false(
        "hnh-m5-q4",
        "Data insights bawaan Instagram sudah cukup untuk mengetahui semua percakapan warga "
        "tentang instansi Anda.",
        False,
        feedback_true="Kurang tepat. Insights hanya menggambarkan kinerja akun Anda sendiri "
                      "(jangkauan, interaksi, pengikut), bukan percakapan tentang instansi "
                      "di akun lain, grup, atau berita daring.",
        feedback_false="Benar. Insights hanya menunjukkan data akun Anda sendiri. Untuk "
                       "percakapan di tempat lain, Anda perlu pencarian kata kunci, aplikasi "
                       "pemantauan, atau lembar pantau.",
        explanation="Gunakan tiga lapis alat: insights bawaan, aplikasi pemantauan "
                    "pemerintah daerah, dan lembar kerja sederhana.",
    ),
    single(
        "hnh-m5-q5",
        "Pukul 10.00 muncul video yang memperlihatkan seseorang yang diduga petugas loket "
        "meminta uang tambahan untuk mempercepat pembuatan akta. Video sudah dibagikan "
        "ratusan kali. Tingkat urgensi apa yang tepat dan apa tindakan Anda?",
        [
            ("Merah: laporkan kepada atasan saat itu juga beserta tautan dan faktanya.", True,
             "Benar. Dugaan pungutan liar oleh petugas adalah isu merah yang harus segera "
             "diketahui pimpinan agar bisa ditangani dan dijelaskan kepada publik."),
            ("Kuning: catat dan laporkan pada rapat mingguan.", False,
             "Keliru. Menunggu rapat mingguan terlalu lambat untuk dugaan pelanggaran "
             "petugas yang sudah menyebar."),
            ("Hijau: cukup balas di kolom komentar bahwa layanan gratis.", False,
             "Keliru. Balasan itu perlu, tetapi isu ini harus dilaporkan dan ditangani, "
             "bukan sekadar dijawab."),
            ("Tidak perlu dicatat karena belum tentu benar.", False,
             "Keliru. Justru karena belum pasti, pimpinan perlu segera tahu agar fakta "
             "bisa diperiksa sebelum isu membesar."),
        ],
        explanation="Isu merah mencakup keselamatan warga, dugaan pelanggaran petugas, hoaks "
                    "yang memicu kepanikan, dan data pribadi yang tersebar. Laporkan segera.",
    ),
    multiple(
        "hnh-m5-q6",
        "Mana yang seharusnya ada dalam laporan monev satu halaman untuk pimpinan? (Pilih "
        "semua yang benar.)",
        [
            ("Isu dalam satu kalimat faktual.", True,
             "Tepat. Pimpinan perlu tahu inti masalahnya dalam sekali baca."),
            ("Skala berupa angka, sumber data, dan tren.", True,
             "Tepat. Angka yang bisa diperiksa membantu pimpinan menilai seberapa besar "
             "isu itu."),
            ("Rekomendasi tindakan beserta penanggung jawab dan batas waktu.", True,
             "Tepat. Laporan tanpa rekomendasi membuat pimpinan harus menebak langkah "
             "berikutnya."),
            ("Daftar nama dan akun warga yang mengeluh.", False,
             "Keliru. Identitas warga tidak diperlukan untuk keputusan dan berisiko "
             "melanggar pelindungan data pribadi."),
            ("Empat puluh tangkapan layar komentar tanpa ringkasan.", False,
             "Keliru. Tumpukan tangkapan layar tanpa kesimpulan tidak akan dibaca dan "
             "memperlambat keputusan."),
        ],
        explanation="Kerangka laporan: isu, skala, sentimen, fakta di lapangan, rekomendasi, "
                    "dan keputusan yang diminta.",
    ),
    single(
        "hnh-m5-q7",
        "Mana penulisan bagian \"Skala\" yang paling baik?",
        [
            ("\"46 unggahan dari 38 akun dalam 48 jam; satu video ditonton sekitar 25.000 "
             "kali; pekan lalu 5 unggahan; belum diliput media. Sumber: lembar pantau, "
             "Senin 09.00.\"", True,
             "Benar. Ada jumlah, akun berbeda, rentang waktu, tren, status liputan, dan "
             "sumber data."),
            ("\"Isu ini sangat viral dan warganet heboh sekali.\"", False,
             "Keliru. Tidak ada angka yang bisa diperiksa, dan kata-katanya dramatis."),
            ("\"Banyak sekali komentar negatif, kira-kira ratusan.\"", False,
             "Keliru. Perkiraan tanpa sumber dan tanpa pembanding tidak membantu pimpinan "
             "menilai besarnya isu."),
            ("\"Lihat tangkapan layar terlampir.\"", False,
             "Keliru. Pimpinan diminta menghitung sendiri; bagian skala seharusnya sudah "
             "merangkum angkanya."),
        ],
        explanation="Skala yang baik memuat angka, akun berbeda, waktu, tren, liputan media, "
                    "dan sumber data.",
    ),
    true_false(
        "hnh-m5-q8",
        "Agar pimpinan tidak resah, laporan monev sebaiknya menonjolkan komentar positif dan "
        "tidak perlu memuat kritik yang tajam.",
        False,
        feedback_true="Kurang tepat. Laporan yang menyaring kabar buruk membuat pimpinan "
                      "mengira semuanya baik-baik saja sampai isu membesar.",
        feedback_false="Benar. Laporan harus apa adanya: kritik yang tajam justru bahan "
                       "paling penting untuk keputusan. Sampaikan dengan angka, tanpa "
                       "dramatisasi.",
        explanation="Fungsi monev adalah peringatan dini. Menyaring kabar buruk "
                    "menghilangkan fungsi itu.",
    ),
    single(
        "hnh-m5-q9",
        "Dua minggu lalu dinas Anda mengumumkan jam layanan tambahan untuk mengurangi "
        "antrean. Langkah monev apa yang paling tepat sekarang?",
        [
            ("Membandingkan jumlah keluhan antrean sebelum dan sesudah pengumuman.", True,
             "Benar. Ini langkah tindak lanjut dan evaluasi: mengukur apakah perbaikan "
             "benar-benar terasa oleh warga."),
            ("Berhenti memantau karena masalahnya sudah diatasi.", False,
             "Keliru. Tanpa evaluasi, Anda tidak tahu apakah perbaikan berhasil."),
            ("Menghitung jumlah tanda suka pada unggahan pengumuman saja.", False,
             "Keliru. Tanda suka tidak menunjukkan apakah antrean benar-benar berkurang."),
            ("Mengganti seluruh kata kunci pantauan dengan topik baru.", False,
             "Keliru. Kata kunci boleh diperbarui, tetapi topik antrean masih perlu "
             "dipantau untuk mengukur hasil."),
        ],
        explanation="Siklus monev ditutup dengan tindak lanjut dan evaluasi, yang hasilnya "
                    "menjadi bahan siklus berikutnya.",
    ),
    multiple(
        "hnh-m5-q10",
        "Mana praktik monev yang etis dan sesuai pelajaran ini? (Pilih semua yang benar.)",
        [
            ("Memantau hanya percakapan yang terbuka untuk umum.", True,
             "Tepat. Ruang publik boleh dipantau; ruang privat tidak boleh disusupi."),
            ("Tidak menyalin NIK, nomor telepon, atau alamat warga ke lembar pantau.", True,
             "Tepat. Simpan hanya yang diperlukan untuk menindaklanjuti keluhan."),
            ("Meneruskan keluhan ke unit pemilik layanan agar ditindaklanjuti.", True,
             "Tepat. Monev yang berhenti di pencatatan tidak memperbaiki apa pun."),
            ("Membuat daftar warga yang sering mengkritik untuk diwaspadai.", False,
             "Keliru. Mendata pengkritik bertentangan dengan tujuan monev dan merusak "
             "kepercayaan publik."),
        ],
        explanation="Monev dilakukan untuk memperbaiki layanan dan membantu keputusan, "
                    "dengan menghormati privasi warga.",
    ),
]

MODULE = module(
    "Memantau dan Mengevaluasi Media Sosial",
    "modul-5-monev-media-sosial",
    "Mendengarkan percakapan warga secara teratur, memilah keluhan, sentimen, dan isu yang "
    "mulai muncul dengan alat sederhana, lalu melaporkannya kepada pimpinan dalam satu "
    "halaman agar keputusan bisa diambil cepat dan tepat.",
    lessons=[
        lesson("Mendengarkan Warga: Apa yang Perlu Dipantau", "m5-mendengarkan-warga", 15,
               LESSON_LISTENING),
        lesson("Alat dan Siklus Monev", "m5-alat-dan-siklus-monev", 15, LESSON_TOOLS_CYCLE),
        lesson("Laporan Satu Halaman untuk Pimpinan", "m5-laporan-satu-halaman", 20,
               LESSON_BRIEF),
    ],
    quiz_spec=quiz(
        "Kuis Modul 5: Monev Media Sosial",
        "m5-kuis-monev-media-sosial",
        QUESTIONS,
        intro="<p>Sepuluh soal tentang apa yang dipantau, alat dan siklus monev, serta "
              "laporan satu halaman untuk pimpinan. Sebagian besar berupa kasus. Nilai "
              "lulus 70.</p>",
        pass_mark=70,
    ),
)
