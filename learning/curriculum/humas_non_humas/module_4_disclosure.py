"""Module 4: public information disclosure (UU 14/2008) and coordinated public communication
(Inpres 9/2015), and what an ordinary ASN may and may not share.

Grounded in the East Java article (monitoring UU 14/2008 and the province's falling
openness ranking) and the Central Java article (managing public information is a state
duty and a citizen's right). Articles are quoted only where the wording is certain;
the rest is explained in our own words with the article named.
"""

from ..build import (
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
INPRES = "Instruksi Presiden No. 9 Tahun 2015 tentang Pengelolaan Komunikasi Publik"
PP_DISIPLIN = "PP No. 94 Tahun 2021 tentang Disiplin PNS"

# --- Lesson 1: principles and categories -------------------------------------------

LESSON_PRINCIPLES = [
    p("<p>Setiap hari ASN mengelola informasi: jadwal layanan, anggaran kegiatan, daftar "
      "penerima program, hasil pengawasan. Warga berhak mengetahui sebagian besar informasi "
      "itu. Dalam koordinasi kehumasan Jawa Tengah pada 2018, narasumber dari Kementerian "
      "Kominfo menegaskan bahwa mengelola informasi publik adalah kewajiban pemerintah, dan "
      "memperoleh informasi publik adalah hak masyarakat.</p>"
      "<p>Karena itu, keterbukaan informasi bukan kebaikan hati instansi, melainkan kewajiban "
      "hukum. ASN yang memahami aturannya bisa melayani warga dengan percaya diri: tahu apa yang "
      "harus dibuka, apa yang harus dijaga, dan ke mana mengarahkan pertanyaan.</p>"),
    heading("Prinsip dasar: terbuka, kecuali yang dikecualikan"),
    regulation(UU_KIP, "Pasal 2 ayat (1) dan ayat (2)",
               "(1) Setiap Informasi Publik bersifat terbuka dan dapat diakses oleh setiap "
               "Pengguna Informasi Publik.\n"
               "(2) Informasi Publik yang dikecualikan bersifat ketat dan terbatas."),
    p("<p>Titik berangkatnya adalah <strong>terbuka</strong>. Informasi baru boleh ditutup bila "
      "memang termasuk yang dikecualikan undang-undang, dan pengecualian itu ditafsirkan "
      "sempit. Ayat (3) pasal yang sama meminta agar informasi bisa diperoleh dengan cepat, tepat "
      "waktu, biaya ringan, dan cara sederhana. Kewajiban ini berlaku bagi badan publik: "
      "lembaga eksekutif, legislatif, dan yudikatif, serta badan lain yang dananya sebagian atau "
      "seluruhnya bersumber dari APBN atau APBD.</p>"
      "<p>Pertanyaan yang tepat bukan \"apakah informasi ini boleh dibuka?\", melainkan "
      "\"adakah alasan sah menurut undang-undang untuk menutupnya?\"</p>"),
    heading("Tiga golongan informasi yang wajib dibuka"),
    p("<ul>"
      "<li><strong>Informasi berkala (Pasal 9)</strong>: diumumkan secara rutin tanpa perlu "
      "diminta, misalnya profil instansi, ringkasan program dan kegiatan yang sedang berjalan, "
      "ringkasan kinerja, dan ringkasan laporan keuangan.</li>"
      "<li><strong>Informasi serta-merta (Pasal 10)</strong>: diumumkan segera karena menyangkut "
      "keselamatan banyak orang dan ketertiban umum, misalnya peringatan banjir dan jalur "
      "evakuasi, wabah penyakit, keracunan pangan massal, atau gangguan pasokan air bersih.</li>"
      "<li><strong>Informasi yang wajib tersedia setiap saat (Pasal 11)</strong>: disiapkan dan "
      "diberikan ketika diminta, misalnya daftar informasi publik, keputusan dan kebijakan "
      "beserta dokumen pendukungnya, rencana kerja dan anggaran, perjanjian dengan pihak "
      "ketiga, serta prosedur kerja pegawai yang berkaitan dengan pelayanan masyarakat.</li>"
      "</ul>"),
    image("hnh-m4-kategori-informasi.svg",
          alt_text="Empat kolom menurut UU 14/2008: berkala (Pasal 9) diumumkan rutin, "
                   "serta-merta (Pasal 10) diumumkan segera, setiap saat (Pasal 11) tersedia "
                   "ketika diminta, dikecualikan (Pasal 17) tertutup ketat setelah uji "
                   "konsekuensi.",
          caption="Tiga golongan wajib dibuka, satu golongan dikecualikan secara ketat."),
    heading("Informasi yang dikecualikan, secara ringkas"),
    p("<p>Pasal 17 UU 14/2008 mengatur informasi yang boleh ditutup. Ringkasnya, informasi "
      "dikecualikan bila membukanya dapat:</p>"
      "<ul>"
      "<li>menghambat proses penegakan hukum, misalnya penyelidikan yang sedang berjalan;</li>"
      "<li>mengganggu perlindungan hak kekayaan intelektual atau menimbulkan persaingan usaha "
      "tidak sehat;</li>"
      "<li>membahayakan pertahanan dan keamanan negara;</li>"
      "<li>mengungkap kekayaan alam Indonesia yang perlu dilindungi;</li>"
      "<li>merugikan ketahanan ekonomi nasional atau hubungan luar negeri;</li>"
      "<li>mengungkap isi akta otentik yang bersifat pribadi atau wasiat seseorang;</li>"
      "<li>mengungkap rahasia pribadi, misalnya riwayat kesehatan, kondisi keuangan, atau "
      "catatan pendidikan seseorang;</li>"
      "<li>membuka memorandum atau surat di dalam dan antarbadan publik yang menurut sifatnya "
      "dirahasiakan;</li>"
      "<li>membuka informasi yang menurut undang-undang lain tidak boleh diungkapkan.</li>"
      "</ul>"
      "<p>Menutup informasi pun tidak boleh asal. Undang-undang meminta pengujian konsekuensi: "
      "apakah menutupnya melindungi kepentingan yang lebih besar daripada membukanya. Pengujian "
      "ini dilakukan oleh PPID, bukan oleh pegawai secara perorangan. Sering kali yang "
      "dikecualikan hanya sebagian isi dokumen, sehingga bagian itu dihitamkan dan sisanya tetap "
      "diberikan.</p>"),
    heading("Mengapa peringkat keterbukaan penting"),
    p("<p>Dalam sebuah rapat koordinasi kehumasan kabupaten/kota se-Jawa Timur, Biro Humas dan "
      "Protokol Pemprov Jatim secara khusus mengevaluasi pelaksanaan UU 14/2008. Alasannya, "
      "peringkat keterbukaan informasi Pemprov Jatim terus menurun, dan pada 2014 berada di "
      "peringkat kesepuluh. Hal itu disebut ironis, karena provinsi yang sama biasanya berada di "
      "posisi teratas dalam berbagai penilaian pembangunan. Rapat itu mencari cara agar "
      "peringkat provinsi dan kabupaten/kota kembali naik.</p>"
      "<p>Komisi Informasi melakukan pemantauan dan evaluasi keterbukaan informasi badan publik "
      "setiap tahun, dengan kategori mulai dari \"informatif\" sampai \"tidak informatif\". "
      "Peringkat ini bukan soal gengsi. Peringkat mencerminkan apakah warga benar-benar bisa "
      "menemukan informasi yang menjadi haknya: apakah daftar informasi publik tersedia, apakah "
      "laman PPID terisi dan mutakhir, apakah permohonan dijawab tepat waktu. Setiap unit "
      "kerja ikut menentukannya, karena PPID hanya bisa membuka informasi yang diserahkan "
      "oleh unit pemiliknya.</p>"),
    callout("tip", "Periksa laman PPID instansi Anda",
            "<p>Buka laman PPID instansi Anda hari ini. Carilah informasi tentang unit Anda "
            "sendiri: adakah jadwal layanan, standar pelayanan, dan ringkasan kegiatannya? Bila "
            "belum ada atau sudah usang, sampaikan kepada atasan dan PPID pelaksana di unit "
            "Anda.</p>"),
    takeaways([
        "Informasi publik pada dasarnya terbuka; pengecualian bersifat ketat dan terbatas.",
        "Tiga golongan wajib dibuka: berkala, serta-merta, dan tersedia setiap saat.",
        "Pasal 17 mengatur informasi yang dikecualikan, termasuk rahasia pribadi dan memo "
        "internal yang dirahasiakan.",
        "Menutup informasi harus melalui uji konsekuensi oleh PPID, bukan keputusan perorangan.",
        "Peringkat keterbukaan mencerminkan apakah warga bisa mendapatkan haknya atas informasi.",
    ]),
]

# --- Lesson 2: the PPID and how a request works ----------------------------------------

LESSON_PPID = [
    p("<p>Suatu hari seorang mahasiswa datang ke loket Anda dan bertanya, \"Boleh saya minta "
      "data realisasi anggaran perbaikan jalan lingkungan tahun lalu?\" Atau seorang warga "
      "mengirim pesan langsung ke akun pribadi Anda, menanyakan daftar penerima bantuan alat "
      "pertanian. Anda bukan petugas PPID, tetapi pertanyaan itu datang kepada Anda. Mengetahui"
      " alur permohonan informasi membuat Anda bisa menjawab dengan benar: tidak menolak "
      "sembarangan, tidak pula mengirim dokumen sendiri tanpa prosedur.</p>"),
    regulation(UU_KIP, "Pasal 4 ayat (1)",
               "Setiap Orang berhak memperoleh Informasi Publik sesuai dengan ketentuan "
               "Undang-Undang ini."),
    heading("Siapa PPID"),
    p("<p>PPID adalah Pejabat Pengelola Informasi dan Dokumentasi, yaitu pejabat yang "
      "bertanggung jawab atas penyimpanan, pendokumentasian, penyediaan, dan pelayanan "
      "informasi di badan publik. Pasal 13 UU 14/2008 mewajibkan setiap badan publik menunjuk "
      "PPID dan membangun sistem layanan informasi yang cepat, mudah, dan wajar.</p>"
      "<p>Di banyak pemerintah daerah, ada <strong>PPID utama</strong> (sering berada di Dinas "
      "Kominfo atau sekretariat daerah) dan <strong>PPID pelaksana</strong> di setiap perangkat "
      "daerah. Kementerian dan lembaga juga umumnya punya PPID di tingkat pusat dan di unit-unit "
      "kerjanya. Cari tahu siapa PPID pelaksana di unit Anda, karena dialah yang akan meminta "
      "data kepada Anda ketika ada permohonan.</p>"),
    heading("Langkah permohonan informasi"),
    p("<ol>"
      "<li><strong>Permohonan diajukan</strong> secara tertulis atau tidak tertulis: datang "
      "langsung, lewat surat, surel, atau formulir daring di laman PPID. Pemohon menyebutkan "
      "identitasnya, informasi yang diminta, dan cara ia ingin menerimanya.</li>"
      "<li><strong>PPID mencatat permohonan</strong> dan memberi tanda bukti berupa nomor "
      "pendaftaran.</li>"
      "<li><strong>Paling lambat 10 hari kerja</strong> sejak permohonan diterima, badan publik "
      "wajib memberi pemberitahuan tertulis: apakah informasinya dikuasai, diterima atau "
      "ditolak beserta alasannya, serta format dan cara penyampaiannya. Waktu ini dapat "
      "diperpanjang paling lambat 7 hari kerja berikutnya dengan alasan tertulis.</li>"
      "<li><strong>Informasi diberikan</strong> seluruhnya atau sebagian. Bila informasinya "
      "tidak dikuasai, pemohon diberi tahu, termasuk badan publik mana yang menguasainya bila "
      "diketahui. Bila ditolak karena dikecualikan, alasannya harus merujuk pada Pasal 17, "
      "bukan alasan seperti \"tidak lazim\" atau \"data internal\".</li>"
      "<li><strong>Keberatan</strong>: pemohon yang tidak puas, misalnya karena ditolak atau "
      "tidak dijawab, dapat mengajukan keberatan secara tertulis kepada atasan PPID.</li>"
      "<li><strong>Sengketa informasi</strong>: bila tanggapan atas keberatan tetap tidak "
      "memuaskan, pemohon dapat membawa perkaranya ke Komisi Informasi, yang menyelesaikannya "
      "melalui mediasi atau ajudikasi.</li>"
      "</ol>"),
    image("hnh-m4-alur-permohonan.svg",
          alt_text="Alur enam langkah: permohonan, PPID mencatat, pemberitahuan tertulis paling "
                   "lambat 10 hari kerja (bisa diperpanjang 7 hari kerja), hasil, lalu bila "
                   "tidak puas keberatan kepada atasan PPID dan sengketa ke Komisi Informasi.",
          caption="Alur permohonan informasi publik. Unit kerja berperan menyerahkan data "
                  "kepada PPID tepat waktu."),
    heading("Ketika warga bertanya kepada Anda"),
    p("<p>Anda tidak perlu menjadi PPID untuk melayani dengan baik. Jika informasinya sudah "
      "diumumkan, tunjukkan sumbernya. Jika belum, jelaskan cara mengajukan permohonan dan "
      "beri tautan atau alamat PPID. Jangan mengirim berkas dari komputer kantor Anda sendiri, "
      "karena dokumen itu mungkin memuat bagian yang harus dihitamkan dan belum melalui uji "
      "konsekuensi.</p>"),
    social_post("x", "Kecamatan Sukamaju", "kec_sukamaju",
                "Maaf, data anggaran itu internal dan tidak bisa dibagikan. Silakan datang saja "
                "ke kantor kalau perlu.",
                verdict="bad",
                comment="Menolak tanpa dasar dan tanpa menunjukkan jalur resmi. Realisasi "
                        "anggaran pada umumnya termasuk informasi yang wajib dibuka, dan "
                        "menyebutnya \"internal\" tanpa uji konsekuensi keliru. Warga juga "
                        "dipaksa datang, padahal permohonan bisa diajukan secara daring."),
    social_post("x", "Kecamatan Sukamaju", "kec_sukamaju",
                "Terima kasih atas pertanyaannya, Kak. Ringkasan realisasi anggaran kecamatan "
                "tahun lalu sudah tersedia di laman PPID Kabupaten Contoh, menu Informasi "
                "Berkala. Jika memerlukan rincian per ruas jalan, silakan ajukan permohonan "
                "lewat formulir daring di laman yang sama. Pemberitahuan tertulis kami sampaikan "
                "paling lambat 10 hari kerja. Pertanyaan lain: 0800-000-000.",
                verdict="good",
                comment="Ramah, menunjukkan informasi yang sudah dibuka, menjelaskan jalur "
                        "permohonan untuk rincian tambahan, dan menyebut batas waktu layanan. "
                        "Warga tahu persis langkah berikutnya."),
    do_dont("Melayani pertanyaan informasi",
            [
                "Menunjukkan tautan informasi yang sudah diumumkan resmi.",
                "Menjelaskan cara mengajukan permohonan ke PPID beserta salurannya.",
                "Menyerahkan data yang diminta PPID kepada PPID sebelum tenggat.",
                "Mencatat pertanyaan yang sering muncul untuk usulan informasi berkala baru.",
            ],
            [
                "Menolak dengan alasan \"data internal\" tanpa dasar pengecualian.",
                "Mengirim dokumen kantor sendiri lewat pesan pribadi.",
                "Menanyai pemohon dengan nada curiga atau mempersulitnya.",
                "Menahan data yang diminta PPID sampai tenggat terlewati.",
            ]),
    checklist("Peran Anda dalam layanan informasi", [
        "Saya tahu siapa PPID pelaksana di unit saya dan cara menghubunginya.",
        "Saya tahu alamat laman PPID dan daftar informasi publik instansi saya.",
        "Dokumen layanan unit saya (jadwal, standar pelayanan, syarat) tersedia dan mutakhir.",
        "Saya bisa menjelaskan kepada warga cara mengajukan permohonan dan batas waktunya.",
    ]),
    takeaways([
        "Setiap orang berhak memperoleh informasi publik sesuai UU 14/2008.",
        "PPID mengelola layanan informasi; unit kerja wajib mendukungnya dengan data.",
        "Pemberitahuan tertulis paling lambat 10 hari kerja, dapat diperpanjang 7 hari kerja.",
        "Pemohon yang tidak puas dapat mengajukan keberatan kepada atasan PPID, lalu sengketa ke "
        "Komisi Informasi.",
        "Arahkan warga ke sumber resmi atau ke PPID; jangan mengirim dokumen sendiri.",
    ]),
]

# --- Lesson 3: coordinated public communication (Inpres 9/2015) -------------------------

LESSON_COORDINATION = [
    p("<p>Saat banjir melanda, warga membaca tiga angka pengungsi yang berbeda: satu dari akun "
      "kecamatan, satu dari grup relawan, satu lagi dari akun pribadi seorang pegawai dinas. "
      "Akibatnya warga bingung, bantuan salah sasaran, dan kepercayaan kepada pemerintah turun. "
      "Komunikasi publik yang terkoordinasi mencegah hal ini: fakta dikumpulkan dari sumber yang "
      "berwenang, diolah menjadi satu pesan yang konsisten, lalu disebarkan lewat banyak "
      "saluran.</p>"),
    heading("Isi pokok Inpres 9/2015"),
    p("<p>Instruksi Presiden No. 9 Tahun 2015 tentang Pengelolaan Komunikasi Publik ditujukan "
      "kepada para menteri, Sekretaris Kabinet, Kapolri, Jaksa Agung, Panglima TNI, Kepala BIN, "
      "kepala lembaga pemerintah nonkementerian, gubernur, serta bupati dan wali kota. Pada "
      "intinya, mereka diminta mendukung komunikasi publik dengan:</p>"
      "<ul>"
      "<li>menyampaikan data dan informasi tentang pelaksanaan tugas dan fungsinya kepada "
      "kementerian yang membidangi komunikasi secara berkala;</li>"
      "<li>menyebarluaskan kepada publik <strong>narasi tunggal</strong> dan data pendukung "
      "yang disusun kementerian tersebut mengenai kebijakan dan program pemerintah;</li>"
      "<li>menyampaikan kebijakan dan program pemerintah lintas sektor dan lintas daerah secara "
      "cepat dan tepat;</li>"
      "<li>menyampaikan informasi melalui berbagai saluran secara tepat, cepat, objektif, "
      "berkualitas, berwawasan nasional, dan mudah dimengerti.</li>"
      "</ul>"
      "<p>Inpres ini juga memberi rambu untuk iklan layanan masyarakat, antara lain tidak boleh "
      "menonjolkan kepentingan pribadi atau golongan.</p>"),
    heading("Dari Kominfo ke Komdigi"),
    p("<p>Ketika Inpres ini terbit, kementerian yang ditunjuk adalah Kementerian Komunikasi dan "
      "Informatika (Kominfo). Sejak Oktober 2024 kementerian tersebut menjadi Kementerian "
      "Komunikasi dan Digital (Komdigi), yang meneruskan koordinasi humas pemerintah, antara "
      "lain melalui Badan Koordinasi Kehumasan (Bakohumas). Di daerah, Dinas Kominfo menjadi "
      "simpul yang menghubungkan perangkat daerah dengan jaringan ini. Susunan kelembagaan "
      "komunikasi pemerintah bisa berubah; ikuti arahan terbaru dari Komdigi dan dari humas "
      "instansi Anda.</p>"),
    image("hnh-m4-alur-narasi.svg",
          alt_text="Siklus: unit kerja memberi data lapangan, humas instansi mengolahnya, "
                   "kementerian komunikasi (dulu Kominfo, kini Komdigi) menyusun narasi, semua "
                   "instansi dan ASN menyebarkannya, warga memberi umpan balik ke unit kerja.",
          caption="Satu fakta, satu narasi, banyak saluran."),
    heading("Apa artinya bagi humas dan bagi Anda"),
    p("<p>Narasi tunggal hanya bisa akurat bila bahannya akurat. Humas instansi bertugas "
      "mengumpulkan data dan cerita dari unit kerja, memeriksanya, lalu menyampaikannya ke "
      "jaringan komunikasi pemerintah. Unit kerja, termasuk Anda, adalah sumber faktanya: "
      "jadwal, capaian, kendala di lapangan, dan pertanyaan yang sering diajukan warga.</p>"
      "<p>Bagi ASN di luar humas, ada tiga kebiasaan penting:</p>"
      "<ul>"
      "<li><strong>Pakai angka resmi.</strong> Jangan membuat perkiraan sendiri, walaupun Anda "
      "melihat langsung di lapangan. Laporkan pengamatan Anda ke humas atau atasan.</li>"
      "<li><strong>Bagikan dari sumber resmi.</strong> Teruskan unggahan akun resmi atau "
      "tautan situs resmi, bukan tangkapan layar yang dipotong.</li>"
      "<li><strong>Tetap melayani.</strong> Narasi tunggal bukan berarti hanya satu orang yang "
      "boleh bicara. Anda tetap menjawab pertanyaan layanan di unit Anda, dengan isi yang sama "
      "dengan informasi resmi.</li>"
      "</ul>"),
    social_post("facebook", "Akun pribadi pegawai dinas", "",
                "Info dari lapangan: pengungsi banjir di Kecamatan Sukamaju kayaknya sudah "
                "lebih dari 5.000 orang, bantuan belum datang sama sekali. Pemerintah ke mana?",
                verdict="bad",
                comment="Angka perkiraan pribadi yang berbeda dengan data resmi BPBD membuat "
                        "warga bingung dan bisa memicu kepanikan. Sebagai ASN, laporkan "
                        "pengamatan lapangan kepada atasan atau posko, lalu bagikan data resmi."),
    social_post("facebook", "BPBD Kabupaten Contoh", "bpbdkabcontoh",
                "Pembaruan banjir Kecamatan Sukamaju, pukul 16.00 WIB: 1.240 warga mengungsi di "
                "3 titik (Balai Desa Sukamaju, SDN 2 Sukamaju, Masjid Al-Ikhlas). Dapur umum "
                "sudah beroperasi. Kebutuhan mendesak: selimut dan popok bayi. Posko: "
                "0800-000-000. Pembaruan berikutnya pukul 20.00 WIB.",
                verdict="good",
                comment="Satu sumber yang berwenang, angka jelas beserta jamnya, lokasi, "
                        "kebutuhan, narahubung, dan jadwal pembaruan. Inilah unggahan yang "
                        "sebaiknya dibagikan ulang oleh pegawai lain, tanpa mengubah angkanya."),
    callout("warning", "Dalam situasi darurat",
            "<p>Ketika data belum lengkap, sampaikan apa yang sudah pasti, apa yang sedang "
            "diperiksa, dan kapan pembaruan berikutnya. Jangan mengisi kekosongan dengan "
            "perkiraan pribadi. Ini sejalan dengan kewajiban mengumumkan informasi serta-merta "
            "dalam UU 14/2008: cepat, tetapi dari sumber yang berwenang.</p>"),
    takeaways([
        "Inpres 9/2015 meminta instansi menyampaikan data kepada kementerian komunikasi dan "
        "menyebarkan narasi tunggal pemerintah.",
        "Kominfo kini menjadi Komdigi; ikuti arahan terbaru dan jaringan Bakohumas.",
        "Humas instansi memasok data dan narasi; unit kerja adalah sumber faktanya.",
        "ASN memakai angka resmi, membagikan dari sumber resmi, dan tetap melayani pertanyaan.",
    ]),
]

# --- Lesson 4: what an ordinary ASN may and may not share ---------------------------------

LESSON_SHARING = [
    p("<p>ASN melihat banyak hal yang belum atau tidak boleh diketahui publik: draf peraturan "
      "yang masih dibahas, memo pimpinan, data warga di aplikasi layanan. Di sisi lain, banyak "
      "informasi yang justru perlu disebarkan seluas mungkin. Kedua kesalahan sama-sama "
      "merugikan: terlalu tertutup membuat warga tidak mendapat haknya, terlalu lepas bisa "
      "melukai warga dan instansi. Pelajaran ini memberi pegangan sederhana untuk membedakan "
      "keduanya.</p>"),
    image("hnh-m4-lampu-bagikan.svg",
          alt_text="Lampu lalu lintas. Hijau, bagikan: informasi yang sudah diumumkan resmi. "
                   "Kuning, tanya dulu: hasil rapat, angka sementara, kebijakan yang masih "
                   "dibahas. Merah, jangan: draf dan memo internal, data pribadi warga, "
                   "informasi yang dikecualikan.",
          caption="Lampu lalu lintas berbagi informasi kantor."),
    heading("Hijau: silakan bagikan"),
    p("<p>Informasi yang sudah diumumkan lewat kanal resmi instansi: jadwal dan syarat layanan, "
      "standar pelayanan, nomor pengaduan, unggahan akun resmi, siaran pers, dan dokumen yang "
      "sudah ada di laman PPID. Bagikan dengan menyertakan sumbernya dan tanpa mengubah angka "
      "atau tanggalnya.</p>"),
    heading("Kuning: tanyakan dulu"),
    p("<p>Hasil rapat yang belum diumumkan, angka sementara, rencana kebijakan yang masih "
      "dibahas, atau pertanyaan wartawan tentang kebijakan instansi. Informasi ini mungkin "
      "kelak terbuka, tetapi belum final atau bukan kewenangan Anda untuk menyampaikannya. "
      "Tanyakan kepada atasan, humas, atau PPID. Untuk wartawan, arahkan ke juru bicara atau "
      "humas instansi.</p>"),
    heading("Merah: jangan bagikan"),
    p("<ul>"
      "<li><strong>Draf dan memo internal</strong>, seperti draf peraturan kepala daerah, nota "
      "dinas, atau notula rapat yang menurut sifatnya dirahasiakan. Pasal 17 UU 14/2008 "
      "mengecualikan memorandum dan surat di dalam badan publik yang bersifat demikian. Draf "
      "yang beredar juga bisa menyesatkan, karena isinya mungkin berubah.</li>"
      "<li><strong>Data pribadi warga</strong>: NIK, nomor KK, alamat lengkap, nomor telepon, "
      "data kesehatan pasien puskesmas, data anak, atau foto dokumen kependudukan. Rahasia "
      "pribadi termasuk informasi yang dikecualikan, dan UU No. 27 Tahun 2022 tentang "
      "Pelindungan Data Pribadi menggolongkan data kesehatan, data anak, dan data keuangan "
      "pribadi sebagai data yang bersifat spesifik.</li>"
      "<li><strong>Tangkapan layar grup kantor</strong> dan percakapan internal.</li>"
      "<li><strong>Informasi yang dikecualikan lainnya</strong>, misalnya berkas perkara yang "
      "sedang diperiksa atau data pengamanan.</li>"
      "</ul>"),
    p("<p>Bagi PNS, menjaga informasi jabatan juga merupakan kewajiban disiplin. Salah satu "
      "kewajiban PNS dalam PP No. 94 Tahun 2021 berbunyi:</p>"),
    regulation(PP_DISIPLIN, "Pasal 3 huruf g",
               "menyimpan rahasia jabatan dan hanya dapat mengemukakan rahasia jabatan sesuai "
               "dengan ketentuan peraturan perundang-undangan"),
    p("<p>Bagi PPPK, semangat yang sama berlaku melalui kode etik dan kode perilaku ASN. "
      "Namun ingat dua sisinya: rahasia "
      "jabatan bukan alasan untuk menutup informasi yang menurut UU 14/2008 wajib dibuka. "
      "Yang menentukan suatu informasi dikecualikan adalah PPID melalui uji konsekuensi, bukan "
      "selera perorangan.</p>"),
    social_post("whatsapp", "Grup Alumni SMA 1 Contoh", "",
                "Bocoran nih, guys 🤫 (foto halaman draf peraturan bupati tentang tunjangan "
                "pegawai, lengkap dengan coretan revisi dan paraf). Katanya bulan depan "
                "berlaku!",
                verdict="bad",
                comment="Draf yang masih dibahas bukan informasi final dan bisa berubah. "
                        "Menyebarkannya dapat menyesatkan, melanggar kewajiban menyimpan rahasia "
                        "jabatan, dan membuat instansi sibuk meluruskan. Tunggu pengumuman "
                        "resmi."),
    social_post("instagram", "Akun pribadi staf puskesmas", "",
                "Ramai banget antrean poli umum pagi ini! Semangat, teman-teman! (foto meja "
                "pendaftaran dengan layar komputer yang menampilkan nama, NIK, dan keluhan "
                "pasien)",
                verdict="bad",
                comment="Niatnya baik, tetapi foto ini membuka data pribadi dan data kesehatan "
                        "pasien. Sebelum memotret di tempat layanan, pastikan tidak ada wajah "
                        "pasien tanpa izin, layar, berkas, atau dokumen yang terlihat."),
    social_post("instagram", "Akun pribadi staf puskesmas", "",
                "Teman-teman, Puskesmas Sukamaju buka layanan pemeriksaan kesehatan gratis "
                "untuk lansia hari Sabtu. Jadwal dan syaratnya lengkap di unggahan akun resmi "
                "@pkm.sukamaju. Tolong kabari keluarga yang merawat lansia, ya.",
                verdict="good",
                comment="Membagikan informasi yang sudah resmi, menunjuk sumbernya, tidak "
                        "mengubah isi, dan menambahkan sentuhan pribadi yang mengajak orang "
                        "meneruskan."),
    do_dont("Berbagi informasi kantor",
            [
                "Membagikan ulang pengumuman dari akun atau situs resmi, lengkap dengan sumber.",
                "Mengarahkan pertanyaan wartawan ke humas atau juru bicara.",
                "Mengarahkan permintaan dokumen ke PPID.",
                "Memeriksa latar foto sebelum mengunggah dari tempat layanan.",
            ],
            [
                "Mengunggah draf, memo, atau notula rapat yang belum diumumkan.",
                "Menampilkan NIK, nomor KK, data kesehatan, atau data anak, walau sebagian.",
                "Membagikan tangkapan layar grup kantor.",
                "Menyebut sesuatu \"rahasia negara\" untuk menolak informasi yang wajib dibuka.",
            ]),
    checklist("Lima pertanyaan sebelum membagikan informasi kantor", [
        "Apakah informasi ini sudah diumumkan lewat kanal resmi?",
        "Apakah ini versi final, bukan draf atau angka sementara?",
        "Apakah ada data pribadi warga, termasuk di latar foto atau tangkapan layar?",
        "Apakah saya berwenang menyampaikannya, atau seharusnya humas, juru bicara, atau PPID?",
        "Apakah saya menyertakan sumber resmi agar warga bisa memeriksanya?",
    ]),
    assignment(
        "Pilah informasi unit kerja Anda",
        "<p>Tuliskan lima informasi yang dikelola unit kerja Anda, misalnya jadwal layanan, "
        "rencana kegiatan tahun ini, daftar penerima program, laporan pengaduan, atau notula "
        "rapat internal. Untuk setiap informasi, tentukan:</p>"
        "<ol>"
        "<li>golongannya: berkala, serta-merta, tersedia setiap saat, dikecualikan, atau "
        "\"perlu ditanyakan ke PPID\";</li>"
        "<li>alasan singkat Anda, dengan menyebut pasal UU 14/2008 yang relevan bila "
        "memungkinkan;</li>"
        "<li>siapa yang boleh menyampaikannya kepada publik: Anda sendiri, humas, atau PPID.</li>"
        "</ol>"
        "<p>Lalu pilih satu informasi berlabel hijau dan tulis unggahan untuk akun pribadi "
        "Anda (paling banyak 80 kata) yang membagikannya dengan menyebut sumber resmi.</p>"
        "<p>Jawaban yang baik: penggolongannya masuk akal dan beralasan, data pribadi warga "
        "dan draf internal tidak masuk daftar yang disebarkan, informasi yang dikecualikan "
        "dikaitkan dengan alasan dalam Pasal 17 (bukan sekadar \"rahasia\"), dan unggahannya "
        "akurat, santun, serta menunjuk sumber resmi. Bila unggahan sudah tayang, lampirkan "
        "tautannya.</p>",
        allow_link=True,
    ),
    takeaways([
        "Hijau: bagikan informasi yang sudah resmi, dengan sumbernya.",
        "Kuning: hasil rapat, angka sementara, dan pertanyaan wartawan ditanyakan dulu ke "
        "atasan, humas, atau PPID.",
        "Merah: draf dan memo internal, data pribadi warga, dan informasi yang dikecualikan.",
        "Menyimpan rahasia jabatan adalah kewajiban, tetapi bukan alasan menutup informasi yang "
        "wajib dibuka.",
    ]),
]

# --- Quiz -------------------------------------------------------------------------

QUESTIONS = [
    true_false(
        "hnh-m4-q1",
        "Menurut UU 14/2008, setiap informasi publik pada dasarnya terbuka dan dapat diakses, "
        "sedangkan informasi yang dikecualikan bersifat ketat dan terbatas.",
        True,
        feedback_true="Benar. Itulah isi Pasal 2 ayat (1) dan (2): titik berangkatnya terbuka, "
                      "dan pengecualian ditafsirkan sempit.",
        feedback_false="Kurang tepat. Pasal 2 ayat (1) dan (2) UU 14/2008 menyatakan informasi "
                       "publik bersifat terbuka, dan yang dikecualikan bersifat ketat dan "
                       "terbatas.",
        explanation="Pertanyaan yang tepat: adakah alasan sah untuk menutup informasi ini? "
                    "Bukan: bolehkah informasi ini dibuka?",
    ),
    single(
        "hnh-m4-q2",
        "Hujan deras semalaman membuat tanggul sungai berisiko jebol dan BPBD menetapkan jalur "
        "evakuasi. Informasi ini termasuk golongan apa menurut UU 14/2008?",
        [
            ("Informasi berkala, cukup dimuat dalam laporan semesteran.", False,
             "Laporan rutin terlalu lambat. Informasi yang mengancam keselamatan banyak orang "
             "harus diumumkan segera."),
            ("Informasi serta-merta, wajib diumumkan segera.", True,
             "Tepat. Pasal 10 mengatur informasi yang mengancam hajat hidup orang banyak dan "
             "ketertiban umum, yang wajib diumumkan tanpa menunggu."),
            ("Informasi yang tersedia setiap saat, diberikan bila ada yang meminta.", False,
             "Warga tidak boleh harus meminta dulu untuk mengetahui jalur evakuasi. Informasi "
             "seperti ini diumumkan secara aktif."),
            ("Informasi yang dikecualikan, agar tidak menimbulkan kepanikan.", False,
             "Menutup informasi keselamatan justru membahayakan warga. Kepanikan dicegah dengan "
             "informasi yang jelas dan resmi, bukan dengan menutupnya."),
        ],
        explanation="Informasi serta-merta (Pasal 10) diumumkan segera karena menyangkut "
                    "keselamatan banyak orang.",
    ),
    multiple(
        "hnh-m4-q3",
        "Mana saja yang termasuk informasi yang wajib tersedia setiap saat (Pasal 11 UU "
        "14/2008)? (Pilih semua yang benar.)",
        [
            ("Daftar informasi publik instansi.", True,
             "Tepat. Daftar informasi publik adalah pintu masuk bagi warga untuk mengetahui "
             "informasi apa saja yang dikuasai instansi."),
            ("Prosedur kerja pegawai yang berkaitan dengan pelayanan masyarakat.", True,
             "Tepat. Warga berhak tahu bagaimana layanan yang mereka terima dijalankan."),
            ("Perjanjian badan publik dengan pihak ketiga.", True,
             "Tepat. Perjanjian dengan pihak ketiga termasuk yang wajib tersedia, sehingga "
             "penggunaan uang publik bisa diawasi."),
            ("Rekam medis pasien puskesmas.", False,
             "Riwayat kesehatan seseorang adalah rahasia pribadi yang dikecualikan, dan juga "
             "data pribadi spesifik menurut UU PDP."),
            ("Memo internal pimpinan yang menurut sifatnya dirahasiakan.", False,
             "Memorandum di dalam badan publik yang menurut sifatnya dirahasiakan termasuk "
             "informasi yang dikecualikan dalam Pasal 17."),
        ],
        explanation="Pasal 11 memuat informasi yang disiapkan dan diberikan ketika diminta; "
                    "rahasia pribadi dan memo yang dirahasiakan diatur sebagai pengecualian.",
    ),
    single(
        "hnh-m4-q4",
        "Seorang warga mengirim pesan langsung ke akun pribadi Anda, staf kecamatan, meminta "
        "rincian realisasi anggaran perbaikan jalan tahun lalu. Respons yang paling tepat "
        "adalah …",
        [
            ("Mengirim berkas rekap anggaran dari komputer kantor Anda.", False,
             "Niatnya membantu, tetapi dokumen itu belum melalui PPID dan mungkin memuat "
             "bagian yang harus dihitamkan. Gunakan jalur resmi."),
            ("Menolak karena anggaran adalah data internal.", False,
             "Realisasi anggaran umumnya termasuk informasi yang wajib dibuka. Menolak tanpa "
             "dasar pengecualian bertentangan dengan UU 14/2008."),
            ("Menunjukkan ringkasan yang sudah ada di laman PPID dan menjelaskan cara "
             "mengajukan permohonan untuk rinciannya.", True,
             "Tepat. Warga dilayani dengan informasi yang sudah terbuka, lalu diarahkan ke "
             "jalur resmi untuk rincian tambahan."),
            ("Mengabaikan pesan karena dikirim ke akun pribadi.", False,
             "Mengabaikan membuat warga merasa dipersulit. Cukup arahkan dengan sopan ke sumber "
             "dan jalur resmi."),
        ],
        explanation="ASN di luar PPID melayani dengan menunjukkan sumber resmi dan jalur "
                    "permohonan, bukan dengan menolak atau mengirim dokumen sendiri.",
    ),
    single(
        "hnh-m4-q5",
        "Menurut UU 14/2008, dalam berapa lama badan publik wajib memberi pemberitahuan "
        "tertulis atas permohonan informasi?",
        [
            ("Paling lambat 3 hari kerja, tanpa perpanjangan.", False,
             "Batas waktu dalam undang-undang lebih panjang: 10 hari kerja, dengan kemungkinan "
             "perpanjangan."),
            ("Paling lambat 10 hari kerja, dapat diperpanjang paling lambat 7 hari kerja dengan "
             "alasan tertulis.", True,
             "Tepat. Inilah batas waktu dalam Pasal 22. Unit kerja perlu menyerahkan data "
             "kepada PPID dengan cepat agar batas ini terpenuhi."),
            ("Paling lambat 30 hari kalender.", False,
             "Batas waktunya dihitung dalam hari kerja dan lebih pendek: 10 hari kerja, dapat "
             "diperpanjang 7 hari kerja."),
            ("Tidak ada batas waktu; tergantung kesibukan instansi.", False,
             "Undang-undang menetapkan batas waktu yang jelas agar hak warga tidak digantung."),
        ],
        explanation="Pemberitahuan tertulis paling lambat 10 hari kerja, dapat diperpanjang "
                    "paling lambat 7 hari kerja dengan alasan tertulis.",
    ),
    single(
        "hnh-m4-q6",
        "Permohonan informasi seorang warga ditolak dan ia tidak puas dengan alasannya. Apa "
        "langkah berikutnya yang diatur UU 14/2008?",
        [
            ("Langsung melaporkan PPID ke polisi.", False,
             "Undang-undang menyediakan jalur khusus yang lebih dulu ditempuh: keberatan, lalu "
             "sengketa informasi."),
            ("Mengajukan keberatan secara tertulis kepada atasan PPID; bila tetap tidak puas, "
             "mengajukan sengketa ke Komisi Informasi.", True,
             "Tepat. Keberatan kepada atasan PPID, lalu penyelesaian sengketa di Komisi "
             "Informasi melalui mediasi atau ajudikasi."),
            ("Mengunggah keluhan di media sosial karena tidak ada jalur lain.", False,
             "Warga boleh bersuara di media sosial, tetapi jalur hukumnya tersedia: keberatan "
             "dan sengketa informasi."),
            ("Mengajukan permohonan yang sama berulang kali sampai dikabulkan.", False,
             "Mengulang permohonan tidak mengubah keputusan. Jalur yang tersedia adalah "
             "keberatan kepada atasan PPID."),
        ],
        explanation="Urutannya: permohonan → keberatan kepada atasan PPID → sengketa di Komisi "
                    "Informasi.",
    ),
    multiple(
        "hnh-m4-q7",
        "Mana saja yang boleh dibagikan seorang ASN biasa di akun pribadinya? (Pilih semua yang "
        "benar.)",
        [
            ("Unggahan ulang pengumuman resmi jadwal pendaftaran murid baru dari akun dinas "
             "pendidikan.", True,
             "Tepat. Informasi sudah resmi; membagikannya dengan sumber aslinya memperluas "
             "jangkauan tanpa mengubah isi."),
            ("Tautan ke laman PPID instansi berisi ringkasan laporan keuangan.", True,
             "Tepat. Dokumen yang sudah dibuka PPID adalah informasi publik yang boleh "
             "disebarluaskan."),
            ("Foto draf peraturan bupati yang masih dibahas, lengkap dengan coretan revisi.",
             False,
             "Draf internal yang belum final dapat menyesatkan dan termasuk rahasia jabatan. "
             "Tunggu pengumuman resmi."),
            ("Tangkapan layar data penerima bansos lengkap dengan NIK dan alamat.", False,
             "NIK dan alamat adalah data pribadi. Membukanya melanggar perlindungan data "
             "pribadi dan bisa merugikan penerima."),
            ("Foto antrean puskesmas yang menampilkan layar berisi nama dan keluhan pasien.",
             False,
             "Data kesehatan adalah data pribadi spesifik. Periksa latar foto sebelum "
             "mengunggah."),
        ],
        explanation="Hijau: informasi resmi dengan sumbernya. Merah: draf internal dan data "
                    "pribadi warga.",
    ),
    single(
        "hnh-m4-q8",
        "Apa inti Inpres No. 9 Tahun 2015 tentang Pengelolaan Komunikasi Publik?",
        [
            ("Setiap instansi membuat versinya sendiri tentang kebijakan pemerintah agar "
             "beragam.", False,
             "Justru sebaliknya: Inpres ini mendorong narasi yang konsisten agar warga tidak "
             "bingung oleh versi yang berbeda-beda."),
            ("Instansi menyampaikan data dan informasi kepada kementerian yang membidangi "
             "komunikasi, lalu menyebarluaskan narasi tunggal dan data pendukungnya.", True,
             "Tepat. Data mengalir dari instansi, diolah menjadi narasi tunggal oleh "
             "kementerian komunikasi (dulu Kominfo, kini Komdigi), lalu disebarkan semua "
             "instansi."),
            ("Hanya kementerian komunikasi yang boleh berbicara kepada publik.", False,
             "Inpres ini tidak membungkam instansi lain; semua instansi tetap menyampaikan "
             "informasi, dengan isi yang konsisten."),
            ("Inpres ini menggantikan UU 14/2008 tentang Keterbukaan Informasi Publik.", False,
             "Instruksi Presiden tidak bisa menggantikan undang-undang. Keduanya berjalan "
             "bersama: UU 14/2008 soal hak atas informasi, Inpres 9/2015 soal koordinasi "
             "komunikasi pemerintah."),
        ],
        explanation="Inpres 9/2015: data dari instansi, narasi tunggal dari kementerian "
                    "komunikasi, disebarkan lewat semua saluran pemerintah.",
    ),
    true_false(
        "hnh-m4-q9",
        "Karena sudah ada narasi tunggal, ASN di unit layanan tidak perlu lagi menjawab "
        "pertanyaan warga tentang layanan di unitnya dan cukup menunggu unggahan humas.",
        False,
        feedback_true="Kurang tepat. Narasi tunggal menjaga agar isi informasi konsisten, bukan "
                      "membatasi siapa yang melayani. ASN tetap menjawab pertanyaan layanan "
                      "dengan isi yang sama dengan informasi resmi.",
        feedback_false="Benar, pernyataan itu salah. Narasi tunggal berarti fakta dan angkanya "
                       "sama. ASN tetap melayani pertanyaan warga tentang layanan unitnya.",
        explanation="Konsisten bukan berarti diam. Pelayanan informasi tetap berjalan di setiap "
                    "unit.",
    ),
    single(
        "hnh-m4-q10",
        "Dalam rakor kehumasan se-Jawa Timur, penurunan peringkat keterbukaan informasi Pemprov "
        "Jatim (peringkat kesepuluh pada 2014) dibahas secara khusus. Mengapa peringkat itu "
        "penting?",
        [
            ("Karena peringkat menentukan besar kecilnya anggaran humas tahun berikutnya.", False,
             "Bukan itu alasannya. Peringkat penting karena mencerminkan pemenuhan hak warga atas "
             "informasi."),
            ("Karena peringkat menunjukkan seberapa baik badan publik memenuhi kewajiban membuka "
             "informasi, sehingga penurunannya menjadi tanda untuk memperbaiki layanan.", True,
             "Tepat. Peringkat mencerminkan ketersediaan daftar informasi, kemutakhiran laman "
             "PPID, dan ketepatan waktu menjawab permohonan."),
            ("Karena peringkat hanya soal gengsi antarprovinsi.", False,
             "Peringkat memang bisa dibanggakan, tetapi yang diukur adalah apakah warga bisa "
             "mendapatkan haknya atas informasi."),
            ("Karena peringkat yang rendah berarti semua informasi harus ditutup sementara.",
             False,
             "Justru sebaliknya: peringkat yang rendah menandakan informasi kurang terbuka dan "
             "perlu dibuka lebih baik."),
        ],
        explanation="Peringkat keterbukaan adalah cermin pelayanan informasi. Setiap unit ikut "
                    "menentukannya dengan menyerahkan data kepada PPID.",
    ),
]

MODULE = module(
    "Keterbukaan Informasi Publik dan Komunikasi yang Terkoordinasi",
    "modul-4-keterbukaan-informasi",
    "Prinsip keterbukaan informasi menurut UU 14/2008, golongan informasi yang wajib dibuka "
    "dan yang dikecualikan, cara kerja PPID dan permohonan informasi, komunikasi publik yang "
    "terkoordinasi menurut Inpres 9/2015, serta pegangan praktis tentang apa yang boleh dan "
    "tidak boleh dibagikan seorang ASN.",
    lessons=[
        lesson("Prinsip keterbukaan dan golongan informasi", "m4-prinsip-keterbukaan", 12,
               LESSON_PRINCIPLES),
        lesson("PPID dan cara kerja permohonan informasi", "m4-ppid-dan-permohonan", 10,
               LESSON_PPID),
        lesson("Komunikasi publik yang terkoordinasi (Inpres 9/2015)",
               "m4-komunikasi-terkoordinasi", 9, LESSON_COORDINATION),
        lesson("Yang boleh dan tidak boleh dibagikan ASN", "m4-boleh-dan-tidak-boleh", 10,
               LESSON_SHARING),
    ],
    quiz_spec=quiz(
        "Kuis Modul 4: Keterbukaan Informasi Publik",
        "m4-kuis-keterbukaan-informasi",
        QUESTIONS,
        intro="<p>Sepuluh soal tentang prinsip keterbukaan, golongan informasi, PPID, Inpres "
              "9/2015, dan apa yang boleh dibagikan ASN. Nilai lulus 70.</p>",
        pass_mark=70,
    ),
)
