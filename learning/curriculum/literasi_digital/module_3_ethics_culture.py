"""Module 3 of "Literasi Digital Dasar untuk ASN": etis dan berbudaya digital."""

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

UU_HAK_CIPTA = "UU No. 28 Tahun 2014 tentang Hak Cipta"

# --- Pelajaran 1: etiket digital, berbagi, dan hoaks ---------------------------

LESSON_ETIKET = [
    p("<p>Di ruang digital, orang tidak melihat raut wajah atau mendengar nada suara Anda. "
      "Yang mereka lihat hanya tulisan, gambar, dan apa yang Anda bagikan. Bagi ASN, jejak "
      "itu dibaca dua kali: sebagai pribadi dan sebagai bagian dari instansi. Satu komentar "
      "kasar atau satu pesan berantai yang keliru bisa tersebar luas, ditangkap layar, dan "
      "dikaitkan dengan nama instansi Anda.</p>"
      "<p>Pilar <strong>etis digital</strong> mengajak kita menimbang dampak setiap tindakan "
      "daring: apakah benar, apakah perlu, dan apakah santun.</p>"),
    heading("Netiket: sopan santun di ruang digital"),
    p("<ul>"
      "<li><strong>Grup kerja:</strong> kirim pesan pada jam kerja kecuali mendesak, tulis "
      "langsung ke pokok persoalan, dan jangan ramaikan grup koordinasi dengan pesan berantai, "
      "promosi, atau stiker berlebihan.</li>"
      "<li><strong>Huruf kapital semua</strong> terbaca seperti berteriak. Pakai huruf kapital "
      "seperlunya.</li>"
      "<li><strong>Kritik gagasan, bukan orangnya.</strong> Berbeda pendapat boleh; merendahkan, "
      "mengejek fisik, atau menyerang identitas orang tidak.</li>"
      "<li><strong>Pindah ke jalur pribadi</strong> untuk hal yang menyangkut satu orang, "
      "misalnya menegur kesalahan atau meluruskan kabar keliru yang dikirim kerabat.</li>"
      "<li><strong>Hormati privasi:</strong> jangan meneruskan tangkapan layar percakapan "
      "pribadi atau foto orang lain tanpa izin.</li>"
      "</ul>"),
    heading("Mengenal gangguan informasi"),
    p("<p>Istilah “hoaks” sering dipakai untuk semua kabar yang salah. Agar "
      "responsnya tepat, bedakan tiga jenis gangguan informasi:</p>"
      "<ul>"
      "<li><strong>Misinformasi</strong>: informasi keliru yang disebarkan tanpa niat jahat, "
      "misalnya kerabat meneruskan jadwal vaksinasi lama karena mengira masih berlaku.</li>"
      "<li><strong>Disinformasi</strong>: informasi keliru yang sengaja dibuat atau disebarkan "
      "untuk menipu atau merugikan, misalnya pengumuman bansos palsu untuk mencuri data.</li>"
      "<li><strong>Malinformasi</strong>: informasi yang benar tetapi dipakai untuk "
      "merugikan, misalnya menyebarkan alamat rumah dan nomor telepon warga yang menyampaikan "
      "kritik agar ia diintimidasi.</li>"
      "</ul>"),
    social_post(
        "whatsapp", "Grup Keluarga Besar", "",
        "INNALILLAHI!! Tanggul sungai di Kecamatan Timur JEBOL pagi ini, air setinggi 3 meter "
        "menuju pusat kota!! Segera mengungsi!! Lihat videonya 👇 Sebarkan sebelum dihapus!!",
        verdict="bad",
        comment="Video tanpa keterangan waktu dan tempat, nada panik, dan ajakan \"sebarkan "
                "sebelum dihapus\". Video banjir lama sering diedarkan ulang saat musim hujan. "
                "Cek akun resmi BPBD dan pemerintah daerah sebelum percaya, apalagi sebelum "
                "meneruskan.",
    ),
    social_post(
        "x", "BPBD Kota Contoh", "bpbdkotacontoh",
        "KLARIFIKASI: Video tanggul jebol yang beredar hari ini adalah kejadian tahun 2021 di "
        "luar wilayah Kota Contoh. Tanggul Kecamatan Timur dalam kondisi aman; tinggi muka air "
        "dipantau setiap jam. Pembaruan resmi hanya dari akun ini dan situs pemkot. Darurat? "
        "Hubungi 112.",
        verdict="good",
        comment="Klarifikasi yang menenangkan: menyebut asal video, menjelaskan kondisi "
                "terkini, menunjukkan kanal resmi, dan memberi nomor darurat.",
    ),
    heading("Saring sebelum berbagi"),
    image("ld-m3-saring-sebelum-sharing.svg",
          alt_text="Diagram alur lima pertanyaan sebelum berbagi: benar, bermanfaat, perlu "
                   "dibagikan sekarang, santun, dan aman dari data pribadi. Bila semua ya, "
                   "bagikan dengan menyebut sumber; bila ada yang tidak atau ragu, tahan dan "
                   "cek dulu.",
          caption="Lima pertanyaan sebelum menekan tombol bagikan."),
    p("<p>Untuk memeriksa kabar yang meragukan, gunakan cara membaca lateral dari Modul 1, "
      "lalu manfaatkan rujukan pemeriksa fakta seperti cekfakta.com dan turnbackhoax.id "
      "(Mafindo), serta klarifikasi hoaks yang diterbitkan Kementerian Komunikasi dan "
      "Digital. Untuk foto dan video, penelusuran gambar terbalik (reverse image search) "
      "sering menunjukkan kapan dan di mana gambar itu pertama kali muncul.</p>"
      "<p>Bila kerabat atau rekan menyebarkan kabar keliru, luruskan dengan santun: kirim "
      "pesan pribadi, sertakan tautan klarifikasi resmi, dan hindari nada menggurui. "
      "Tujuannya memperbaiki informasi, bukan mempermalukan orang.</p>"
      "<p>Ada pula sisi hukumnya. UU No. 11 Tahun 2008 tentang Informasi dan Transaksi "
      "Elektronik sebagaimana telah diubah terakhir dengan UU No. 1 Tahun 2024 memuat "
      "larangan, antara lain, menyebarkan pemberitahuan bohong yang menimbulkan kerusuhan "
      "di masyarakat dan menghasut kebencian terhadap kelompok berdasarkan identitasnya, "
      "seperti ras, etnis, atau agama (Pasal 28 setelah perubahan). Namun alasan utama "
      "untuk menyaring bukan takut dipidana, melainkan tanggung jawab kepada warga.</p>"),
    do_dont(
        "Menyikapi kabar yang meragukan",
        [
            "Menahan diri dan mengecek ke akun atau situs resmi terlebih dahulu.",
            "Meluruskan lewat pesan pribadi dengan tautan klarifikasi resmi.",
            "Melaporkan konten menyesatkan lewat fitur lapor di platform.",
            "Membagikan klarifikasi resmi, bukan tangkapan layar hoaksnya.",
        ],
        [
            "Meneruskan dengan catatan \"belum tahu benar atau tidak\".",
            "Membagikan ulang hoaks untuk mengejeknya, sehingga ikut menyebarkan.",
            "Menyerang pengirim di grup dengan kata-kata kasar.",
            "Menambahkan dugaan pribadi seolah-olah informasi resmi dari kantor.",
        ],
    ),
    takeaways([
        "Di ruang digital, ASN dibaca sebagai pribadi sekaligus bagian dari instansi.",
        "Netiket: ringkas, santun, kritik gagasan bukan orang, hormati privasi.",
        "Bedakan misinformasi, disinformasi, dan malinformasi agar responsnya tepat.",
        "Saring sebelum berbagi: benar, bermanfaat, perlu, santun, dan aman.",
    ]),
]

# --- Pelajaran 2: hak cipta, kredit, dan bahasa inklusif ------------------------

LESSON_HAK_CIPTA = [
    p("<p>Banyak ASN kini ikut membuat konten: infografis layanan, video kegiatan, atau "
      "materi sosialisasi. Godaannya besar untuk mengambil foto dari mesin pencari, memakai "
      "lagu populer sebagai latar video, atau menyalin infografis instansi lain. Padahal "
      "karya itu punya pemilik. Konten instansi yang melanggar hak cipta bisa diturunkan "
      "platform, memicu keberatan dari pencipta, dan mencoreng instansi yang seharusnya "
      "memberi teladan.</p>"
      "<p>Etika digital juga menyangkut cara kita menyebut dan melibatkan orang lain: "
      "memberi kredit yang layak, dan memakai bahasa yang tidak meminggirkan siapa pun.</p>"),
    heading("Hak cipta lahir otomatis"),
    regulation(
        UU_HAK_CIPTA, "Pasal 1 angka 1",
        "Hak Cipta adalah hak eksklusif pencipta yang timbul secara otomatis berdasarkan "
        "prinsip deklaratif setelah suatu ciptaan diwujudkan dalam bentuk nyata tanpa "
        "mengurangi pembatasan sesuai dengan ketentuan peraturan perundang-undangan.",
    ),
    p("<p>Artinya, foto, tulisan, ilustrasi, dan musik sudah dilindungi sejak dibuat, "
      "meskipun tidak didaftarkan dan tidak diberi tanda ©. “Ada di internet” "
      "tidak sama dengan “bebas dipakai”.</p>"
      "<ul>"
      "<li><strong>Pakai karya sendiri atau milik instansi</strong> sebisa mungkin: foto "
      "kegiatan oleh tim dokumentasi, ikon dan ilustrasi yang dibuat sendiri.</li>"
      "<li><strong>Pakai karya berlisensi terbuka</strong> sesuai syaratnya. Lisensi Creative "
      "Commons BY, misalnya, membolehkan pemakaian asalkan nama pencipta disebutkan.</li>"
      "<li><strong>Minta izin</strong> bila ingin memakai karya orang lain, termasuk foto "
      "warga atau fotografer lokal, dan simpan bukti izinnya.</li>"
      "<li><strong>Musik:</strong> gunakan pustaka musik berlisensi yang disediakan platform "
      "atau musik bebas royalti; jangan memasang lagu populer sembarangan pada video "
      "instansi.</li>"
      "</ul>"
      "<p>Pasal 44 UU Hak Cipta memberi ruang penggunaan tanpa dianggap melanggar untuk "
      "keperluan tertentu, seperti pendidikan, penelitian, dan penulisan kritik, dengan "
      "syarat sumbernya disebutkan secara lengkap dan tidak merugikan kepentingan wajar "
      "pencipta. Ruang ini terbatas; jangan menjadikannya alasan untuk memakai karya orang "
      "dalam materi promosi. Sebaliknya, Pasal 42 menyebut beberapa karya yang tidak "
      "dilindungi hak cipta, di antaranya peraturan perundang-undangan dan putusan "
      "pengadilan, sehingga bebas dikutip.</p>"),
    heading("Memberi kredit dengan benar"),
    p("<p>Kredit yang baik menyebut <strong>siapa</strong> penciptanya, "
      "<strong>dari mana</strong> sumbernya, dan bila ada, <strong>lisensinya</strong>. "
      "Contoh: <em>Foto: Tim Dokumentasi Dinas Pertanian Kabupaten Contoh</em>, atau "
      "<em>Data: BPS, diolah oleh Bappeda Kota Contoh</em>. Saat membagikan ulang unggahan "
      "instansi lain, pakai fitur bagikan atau sebut akun asalnya, jangan mengunggah ulang "
      "seolah-olah buatan sendiri. Kredit juga berlaku bagi rekan kerja: sebut tim yang "
      "menyusun laporan atau membuat desain.</p>"),
    callout(
        "warning", "Foto orang juga menyangkut privasi",
        "<p>Selain hak cipta, foto memuat wajah orang. Mintalah persetujuan sebelum "
        "mengunggah foto warga yang sedang dilayani, terutama pasien, anak-anak, dan penerima "
        "bantuan. Bila ragu, pilih sudut yang tidak menampakkan wajah.</p>",
    ),
    heading("Bahasa yang inklusif dan konten yang aksesibel"),
    p("<p>Instansi pemerintah melayani semua warga. Bahasa yang kita pakai sebaiknya "
      "menghormati setiap orang dan konten yang kita buat sebaiknya bisa diakses sebanyak "
      "mungkin orang, termasuk warga penyandang disabilitas dan warga lanjut usia.</p>"),
    do_dont(
        "Memilih kata dan menyiapkan konten",
        [
            "\"Penyandang disabilitas\", sesuai istilah UU No. 8 Tahun 2016.",
            "\"Warga lanjut usia\" atau \"lansia\".",
            "Menulis teks alternatif untuk gambar dan memberi teks/subtitel pada video.",
            "Memakai kalimat sederhana dan menjelaskan singkatan saat pertama muncul.",
        ],
        [
            "Istilah \"orang cacat\", \"penderita\", atau sebutan merendahkan lainnya.",
            "Lelucon yang menyinggung suku, agama, gender, atau kondisi fisik.",
            "Informasi penting yang hanya tersedia sebagai teks di dalam gambar.",
            "Warna teks yang hampir sama dengan warna latar sehingga sulit dibaca.",
        ],
    ),
    social_post(
        "facebook", "Dinas Sosial Kota Contoh", "dinsos.kotacontoh",
        "Pendaftaran bantuan alat bantu dengar dan kursi roda bagi warga penyandang "
        "disabilitas dibuka 2–13 September di kantor kelurahan. Keluarga atau pendamping boleh "
        "mendaftarkan. Bawa KK dan KTP. Informasi: layanan Dinsos (WhatsApp dan telepon, jam "
        "kerja). Foto: Tim Dokumentasi Dinsos Kota Contoh.",
        verdict="good",
        comment="Istilahnya menghormati, informasinya lengkap, ada jalur bagi pendamping, dan "
                "kredit foto jelas. Bila disertai gambar, lengkapi dengan teks alternatif.",
    ),
    social_post(
        "instagram", "Akun pribadi seorang pegawai kelurahan", "",
        "Hari ini bagi-bagi bantuan buat orang-orang cacat di kelurahan kami, kasihan banget "
        "lihatnya 😢 (foto: ambil dari Google)",
        verdict="bad",
        comment="Istilah \"cacat\" dan nada iba merendahkan martabat penerima; foto diambil "
                "dari mesin pencari tanpa izin pencipta. Gunakan foto sendiri dengan "
                "persetujuan, istilah \"penyandang disabilitas\", dan fokus pada informasi "
                "layanan.",
    ),
    takeaways([
        "Hak cipta lahir otomatis; yang ada di internet tidak otomatis bebas dipakai.",
        "Pakai karya sendiri, berlisensi terbuka sesuai syaratnya, atau dengan izin.",
        "Kredit menyebut pencipta, sumber, dan lisensi; jangan mengaku karya orang lain.",
        "Bahasa inklusif dan konten aksesibel membuat layanan terjangkau semua warga.",
    ]),
]

# --- Pelajaran 3: netralitas, Pancasila, jejak digital --------------------------

LESSON_NETRALITAS = [
    p("<p>Menjelang pemilu dan pilkada, media sosial menjadi tempat paling ramai sekaligus "
      "paling rawan bagi netralitas ASN. Satu tanda suka, satu komentar dukungan, atau satu "
      "foto berpose simbol nomor urut calon dapat ditangkap layar dan dilaporkan. Di luar "
      "masa pemilihan pun, semua yang pernah Anda unggah menjadi jejak digital yang bisa "
      "dibaca kembali bertahun-tahun kemudian.</p>"
      "<p>Pelajaran ini membahas aturan netralitas di media sosial, nilai Pancasila sebagai "
      "pegangan budaya digital, dan cara mengelola jejak digital.</p>"),
    heading("Netralitas ASN di media sosial"),
    p("<p><strong>UU No. 20 Tahun 2023 tentang ASN</strong> menjadikan netralitas salah "
      "satu asas penyelenggaraan kebijakan dan Manajemen ASN, dan asas ini berlaku bagi "
      "seluruh pegawai ASN, baik PNS maupun PPPK. Undang-undang yang sama menetapkan nilai "
      "dasar ASN <strong>BerAKHLAK</strong> (berorientasi pelayanan, akuntabel, kompeten, "
      "harmonis, loyal, adaptif, kolaboratif), yang juga berlaku saat Anda bermedia "
      "sosial.</p>"
      "<p><strong>PP No. 94 Tahun 2021 tentang Disiplin PNS</strong> mengatur larangan yang "
      "lebih rinci. Pasal 5 huruf n melarang PNS memberikan dukungan kepada calon "
      "Presiden/Wakil Presiden, calon kepala daerah/wakil kepala daerah, serta calon anggota "
      "DPR, DPD, dan DPRD dengan berbagai cara, antara lain ikut kampanye, menjadi peserta "
      "kampanye dengan atribut partai atau atribut PNS, memakai fasilitas negara, dan "
      "mengadakan kegiatan yang mengarah pada keberpihakan, termasuk ajakan, imbauan, atau "
      "seruan kepada rekan kerja, keluarga, dan masyarakat. Pelanggaran disiplin dapat "
      "dijatuhi hukuman disiplin ringan, sedang, atau berat sesuai tingkatnya.</p>"
      "<p>Pedoman pengawasan netralitas ASN yang diterbitkan bersama oleh sejumlah "
      "kementerian dan lembaga memberi contoh perilaku di media sosial yang termasuk "
      "pelanggaran, misalnya mengunggah, mengomentari, membagikan, atau menyukai konten "
      "kampanye calon, serta bergabung dalam grup atau akun pemenangan. Anggaplah setiap "
      "interaksi di media sosial sebagai pernyataan sikap.</p>"),
    do_dont(
        "Netral di media sosial",
        [
            "Membagikan informasi resmi penyelenggara pemilu, seperti jadwal dan lokasi TPS.",
            "Mengajak warga menggunakan hak pilihnya tanpa menyebut atau mengisyaratkan calon.",
            "Menggunakan hak pilih Anda sendiri di bilik suara dengan rahasia.",
            "Keluar dari grup yang berubah menjadi grup pemenangan calon.",
        ],
        [
            "Menyukai, mengomentari, atau membagikan unggahan kampanye calon.",
            "Berfoto dengan pose jari atau atribut yang menunjukkan nomor urut calon.",
            "Mengunggah foto bersama calon dengan keterangan bernada dukungan.",
            "Memakai akun atau perangkat instansi untuk konten yang berpihak.",
        ],
    ),
    social_post(
        "facebook", "Akun pribadi seorang ASN dinas pendidikan", "",
        "Alhamdulillah ketemu calon bupati kita yang paling peduli guru 🙏 Sudah saatnya "
        "kabupaten kita dipimpin beliau! Kawan-kawan guru pasti paham maksud saya 😉 "
        "#PilkadaDamai",
        verdict="bad",
        comment="Walau diunggah di akun pribadi dan diberi tagar \"damai\", isinya jelas "
                "ajakan memihak kepada sesama ASN. Ini dapat dinilai melanggar ketentuan "
                "netralitas dan disiplin PNS.",
    ),
    social_post(
        "instagram", "Akun pribadi seorang ASN kecamatan", "",
        "Tanggal pemungutan suara sudah ditetapkan. Cek nama Anda di daftar pemilih lewat "
        "situs resmi KPU dan datang ke TPS. Suara Anda menentukan, gunakan hak pilih dengan "
        "bijak. (Sumber: KPU)",
        verdict="good",
        comment="Mengajak menggunakan hak pilih dengan merujuk sumber resmi, tanpa menyebut "
                "atau mengisyaratkan calon mana pun.",
    ),
    heading("Pancasila sebagai pegangan budaya digital"),
    p("<p>Pilar <strong>budaya digital</strong> menempatkan Pancasila dan Bhinneka Tunggal "
      "Ika sebagai pegangan perilaku di ruang digital. Dalam keseharian bermedia sosial, "
      "wujudnya bisa sesederhana ini:</p>"
      "<ul>"
      "<li><strong>Ketuhanan:</strong> menghormati keyakinan orang lain, tidak menista atau "
      "memperolok simbol agama.</li>"
      "<li><strong>Kemanusiaan:</strong> berempati, tidak merundung, tidak menyebarkan aib "
      "orang.</li>"
      "<li><strong>Persatuan:</strong> tidak ikut memecah belah dengan konten bernada SARA, "
      "dan merayakan keberagaman.</li>"
      "<li><strong>Kerakyatan:</strong> berdiskusi dengan argumen dan menghargai perbedaan "
      "pendapat, termasuk kritik warga terhadap kebijakan.</li>"
      "<li><strong>Keadilan sosial:</strong> membantu warga yang belum terbiasa dengan layanan "
      "digital, agar tidak ada yang tertinggal.</li>"
      "</ul>"),
    heading("Jejak digital: yang terunggah sulit hilang"),
    image("ld-m3-jejak-digital.svg",
          alt_text="Dua jenis jejak digital. Jejak aktif: unggahan, komentar, tanda suka, "
                   "ulasan. Jejak pasif: data lokasi, riwayat pencarian, foto yang ditandai "
                   "orang lain. Keduanya bisa ditemukan kembali lewat mesin pencari, "
                   "tangkapan layar, dan arsip.",
          caption="Jejak aktif dan pasif sama-sama membentuk citra Anda sebagai ASN."),
    p("<p>Jejak digital terbagi dua. <strong>Jejak aktif</strong> adalah yang sengaja Anda "
      "buat: unggahan, komentar, tanda suka, ulasan. <strong>Jejak pasif</strong> terekam "
      "tanpa Anda sadari: data lokasi, riwayat pencarian, foto yang ditandai orang lain. "
      "Menghapus unggahan tidak menjamin hilang, karena tangkapan layar dan arsip bisa "
      "tetap beredar.</p>"
      "<p>Biasakan memisahkan peran. Akun resmi instansi dipakai untuk informasi resmi, "
      "sedangkan akun pribadi tetap aktif dan bisa ikut menyebarkan informasi layanan, "
      "dengan kesadaran bahwa warga tetap mengenali Anda sebagai ASN. Secara berkala, "
      "telusuri nama Anda di mesin pencari, periksa pengaturan privasi, dan rapikan unggahan "
      "lama yang tidak lagi sesuai.</p>"),
    checklist("Audit jejak digital pribadi", [
        "Saya sudah menelusuri nama saya di mesin pencari.",
        "Pengaturan privasi akun (siapa yang bisa melihat, menandai, dan mengomentari) sudah "
        "saya periksa.",
        "Unggahan lama yang kasar, berpihak, atau memuat data pribadi sudah saya rapikan.",
        "Lokasi otomatis pada foto dan unggahan sudah saya matikan bila tidak perlu.",
        "Saya tidak tergabung dalam grup atau akun pemenangan calon.",
    ]),
    assignment(
        "Audit jejak digital dan satu unggahan yang beretika",
        "<p>Tugas ini terdiri atas tiga bagian:</p>"
        "<ol>"
        "<li><strong>Audit singkat.</strong> Telusuri nama Anda di mesin pencari dan periksa "
        "minimal dua akun media sosial pribadi Anda memakai daftar periksa di atas. Tuliskan "
        "apa yang Anda temukan dan apa yang Anda perbaiki, tanpa menyebut detail pribadi "
        "yang sensitif.</li>"
        "<li><strong>Lima aturan pribadi.</strong> Tulis lima aturan bermedia sosial yang "
        "akan Anda pegang sebagai ASN, masing-masing dikaitkan dengan salah satu pilar "
        "(cakap, aman, etis, budaya) atau dengan netralitas.</li>"
        "<li><strong>Satu unggahan.</strong> Tulis unggahan untuk akun pribadi Anda yang "
        "membagikan satu informasi layanan dari akun resmi instansi Anda (misalnya jadwal "
        "posyandu, perpanjangan layanan perizinan, atau peringatan dini banjir). Cantumkan "
        "sumber dan kredit, pakai bahasa yang inklusif, dan bila memakai gambar, sertakan "
        "teks alternatifnya. Bila Anda benar-benar mengunggahnya, lampirkan tautannya.</li>"
        "</ol>"
        "<p>Jawaban yang baik jujur dan spesifik, aturannya bisa dijalankan sehari-hari, dan "
        "unggahannya akurat, bersumber jelas, santun, serta netral.</p>",
        allow_link=True,
    ),
    takeaways([
        "UU ASN menjadikan netralitas sebagai asas yang berlaku bagi PNS dan PPPK.",
        "PP 94/2021 Pasal 5 huruf n melarang PNS mendukung calon dalam pemilu dan pilkada "
        "dengan berbagai cara; di media sosial, tanda suka dan bagikan pun bisa dinilai "
        "sebagai dukungan.",
        "Pancasila dan Bhinneka Tunggal Ika menjadi pegangan budaya digital sehari-hari.",
        "Jejak digital aktif dan pasif sulit dihapus: audit dan rapikan secara berkala.",
    ]),
]

# --- Kuis ------------------------------------------------------------------------

QUESTIONS = [
    single(
        "ld-m3-q1",
        "Seorang kerabat mengirim video \"tanggul jebol\" ke grup keluarga dengan ajakan "
        "segera mengungsi. Anda belum menemukan informasi itu di akun resmi BPBD. Apa yang "
        "paling tepat?",
        [
            ("Meneruskan ke grup lain dengan catatan \"belum tahu benar atau tidak, hati-hati "
             "saja\".", False,
             "Catatan ragu-ragu tidak menghentikan penyebaran; orang tetap panik dan "
             "meneruskannya."),
            ("Mengecek akun resmi BPBD dan pemerintah daerah, lalu membagikan klarifikasi "
             "resmi bila videonya keliru.", True,
             "Tepat. Verifikasi ke sumber resmi, lalu bagikan klarifikasinya, bukan "
             "hoaksnya."),
            ("Menegur kerabat di grup dengan keras agar jera.", False,
             "Teguran kasar di depan umum mempermalukan dan jarang meluruskan informasi. "
             "Luruskan dengan santun, sebaiknya lewat pesan pribadi."),
            ("Mendiamkan saja karena bukan urusan kantor.", False,
             "Sebagai ASN, Anda punya peran penting meluruskan informasi keliru tentang "
             "layanan dan kebencanaan."),
        ],
        explanation="Saring sebelum berbagi: cek ke sumber resmi, bagikan klarifikasi, dan "
                    "luruskan dengan santun.",
    ),
    single(
        "ld-m3-q2",
        "Seseorang menyebarkan alamat rumah dan nomor telepon seorang warga yang mengkritik "
        "layanan puskesmas, agar warga itu \"didatangi\". Datanya benar. Ini termasuk jenis "
        "gangguan informasi apa?",
        [
            ("Misinformasi", False,
             "Misinformasi adalah informasi keliru yang tersebar tanpa niat jahat. Di sini "
             "datanya benar dan niatnya merugikan."),
            ("Disinformasi", False,
             "Disinformasi adalah informasi keliru yang sengaja disebarkan. Di sini datanya "
             "benar."),
            ("Malinformasi", True,
             "Tepat. Informasi yang benar dipakai untuk merugikan atau mengintimidasi "
             "seseorang."),
            ("Bukan masalah, karena datanya benar.", False,
             "Informasi yang benar pun bisa merugikan. Ini juga menyangkut pelindungan data "
             "pribadi."),
        ],
        explanation="Malinformasi: informasi benar yang disebarkan untuk merugikan. Membedakan "
                    "jenisnya membantu memilih respons yang tepat.",
    ),
    multiple(
        "ld-m3-q3",
        "Menjelang pilkada, mana tindakan ASN di media sosial yang berisiko dinilai "
        "melanggar netralitas? (Pilih semua yang benar.)",
        [
            ("Menyukai dan membagikan unggahan kampanye salah satu calon.", True,
             "Benar. Pedoman pengawasan netralitas menyebut tanda suka dan bagikan konten "
             "kampanye sebagai contoh pelanggaran."),
            ("Berfoto dengan pose jari yang menunjukkan nomor urut calon.", True,
             "Benar. Pose seperti ini dibaca sebagai dukungan kepada calon tertentu."),
            ("Membagikan informasi resmi KPU tentang cara mengecek daftar pemilih.", False,
             "Ini informasi penyelenggaraan pemilu yang netral dan bermanfaat, bukan "
             "dukungan kepada calon."),
            ("Bergabung dalam grup WhatsApp pemenangan salah satu calon.", True,
             "Benar. Bergabung dalam grup pemenangan menunjukkan keberpihakan."),
        ],
        explanation="Di media sosial, interaksi sekecil tanda suka dapat dinilai sebagai "
                    "dukungan. Informasi resmi penyelenggara pemilu tetap boleh dibagikan.",
    ),
    true_false(
        "ld-m3-q4",
        "Karena harus netral, ASN tidak boleh menggunakan hak pilihnya dalam pemilu.",
        False,
        "Kurang tepat. Netralitas tidak menghapus hak pilih ASN.",
        "Tepat, pernyataan ini salah. ASN tetap menggunakan hak pilihnya secara rahasia di "
        "bilik suara; yang dilarang adalah menunjukkan atau menggalang dukungan.",
        explanation="Netral berarti tidak berpihak secara terbuka dan tidak memakai jabatan "
                    "atau fasilitas untuk kepentingan calon, bukan kehilangan hak pilih.",
    ),
    single(
        "ld-m3-q5",
        "Anda membuat infografis jadwal posyandu untuk akun instansi dan menemukan foto "
        "bagus di mesin pencari. Apa yang sebaiknya dilakukan?",
        [
            ("Memakainya, karena foto yang ada di internet bebas dipakai untuk kepentingan "
             "publik.", False,
             "Hak cipta lahir otomatis. Kepentingan publik tidak menghapus hak pencipta."),
            ("Memakainya asalkan menulis \"sumber: Google\".", False,
             "Mesin pencari bukan pencipta. Kredit seperti ini tidak sah dan tidak "
             "menggantikan izin."),
            ("Memakai foto dokumentasi posyandu milik instansi (dengan persetujuan orang yang "
             "tampak) atau foto berlisensi terbuka sesuai syaratnya.", True,
             "Tepat. Karya sendiri atau berlisensi terbuka, dengan kredit yang benar, adalah "
             "pilihan paling aman."),
            ("Memotong bagian tanda air pemilik foto agar tampilannya rapi.", False,
             "Menghapus tanda air pencipta memperberat pelanggaran dan jelas tidak etis."),
        ],
        explanation="UU No. 28 Tahun 2014: hak cipta timbul otomatis. Gunakan karya sendiri, "
                    "berlisensi terbuka, atau dengan izin, dan cantumkan kredit.",
    ),
    single(
        "ld-m3-q6",
        "Anda ingin memakai ilustrasi berlisensi Creative Commons BY (CC BY) dalam bahan "
        "sosialisasi. Syarat utama yang harus dipenuhi adalah …",
        [
            ("Membayar royalti kepada pencipta.", False,
             "CC BY tidak mewajibkan pembayaran; syarat utamanya atribusi."),
            ("Menyebutkan nama pencipta dan sumber/lisensinya.", True,
             "Tepat. \"BY\" berarti atribusi: pencipta harus disebutkan."),
            ("Tidak boleh mengubah ilustrasi sama sekali.", False,
             "Larangan mengubah berlaku pada lisensi dengan unsur ND (NoDerivatives), bukan "
             "CC BY."),
            ("Hanya boleh dipakai oleh lembaga pendidikan.", False,
             "CC BY tidak membatasi jenis pengguna; syarat utamanya atribusi."),
        ],
        explanation="Lisensi terbuka tetap punya syarat. Pada CC BY, syaratnya menyebut "
                    "pencipta dan sumber.",
    ),
    single(
        "ld-m3-q7",
        "Kalimat pengumuman mana yang paling sesuai dengan prinsip bahasa inklusif?",
        [
            ("\"Bantuan kursi roda untuk orang cacat, silakan datang.\"", False,
             "Istilah \"cacat\" merendahkan; gunakan \"penyandang disabilitas\"."),
            ("\"Bantuan kursi roda bagi warga penyandang disabilitas; pendamping boleh "
             "mendaftarkan.\"", True,
             "Tepat. Istilahnya menghormati dan ada jalur bagi warga yang membutuhkan "
             "pendamping."),
            ("\"Kasihan para penderita cacat, ayo bantu mereka.\"", False,
             "Nada iba dan istilah \"penderita\" memposisikan warga sebagai objek belas "
             "kasihan."),
            ("\"Bantuan bagi yang tidak normal secara fisik.\"", False,
             "Menyebut orang \"tidak normal\" merendahkan martabat."),
        ],
        explanation="Bahasa inklusif menghormati martabat setiap warga. UU No. 8 Tahun 2016 "
                    "memakai istilah penyandang disabilitas.",
    ),
    multiple(
        "ld-m3-q8",
        "Mana yang termasuk jejak digital pasif? (Pilih semua yang benar.)",
        [
            ("Data lokasi yang terekam aplikasi di ponsel.", True,
             "Benar. Data ini terekam tanpa Anda sengaja membuat unggahan."),
            ("Foto Anda yang ditandai (tag) oleh orang lain.", True,
             "Benar. Jejak ini dibuat orang lain, tetapi tetap terhubung dengan Anda."),
            ("Komentar yang Anda tulis di unggahan akun berita.", False,
             "Ini jejak aktif, karena Anda sengaja menulisnya."),
            ("Riwayat pencarian yang tersimpan di peramban dan layanan daring.", True,
             "Benar. Riwayat ini terekam otomatis saat Anda berselancar."),
        ],
        explanation="Jejak aktif sengaja dibuat; jejak pasif terekam tanpa disadari. "
                    "Keduanya perlu dikelola.",
    ),
    true_false(
        "ld-m3-q9",
        "Unggahan yang sudah dihapus dari akun pribadi pasti hilang dan tidak bisa lagi "
        "dikaitkan dengan Anda.",
        False,
        "Kurang tepat. Tangkapan layar, unggahan ulang, dan arsip daring bisa tetap beredar.",
        "Tepat, pernyataan ini salah. Menghapus unggahan tidak menjamin jejaknya hilang, "
        "sehingga berpikirlah sebelum mengunggah.",
        explanation="Jejak digital sulit dihapus. Cara terbaik adalah menimbang sebelum "
                    "mengunggah.",
    ),
    single(
        "ld-m3-q10",
        "Di kolom komentar unggahan kebijakan pemda, seorang warga mengkritik kebijakan "
        "sambil menyinggung suku pejabat terkait. Sebagai ASN yang ikut berdiskusi, sikap "
        "yang paling mencerminkan nilai Pancasila adalah …",
        [
            ("Membalas dengan menyinggung suku warga tersebut.", False,
             "Membalas dengan hal serupa memperkeruh suasana dan bertentangan dengan nilai "
             "persatuan."),
            ("Menanggapi substansi kritiknya dengan data, mengajak diskusi tanpa menyinggung "
             "identitas siapa pun, dan melaporkan komentar bernada SARA lewat fitur lapor.",
             True,
             "Tepat. Ini mencerminkan nilai kerakyatan (menghargai kritik) dan persatuan "
             "(menolak konten SARA)."),
            ("Menyebarkan tangkapan layar profil warga itu agar diserbu warganet.", False,
             "Ini perundungan dan bisa menjadi malinformasi; bertentangan dengan nilai "
             "kemanusiaan."),
            ("Menghapus semua kritik di kolom komentar.", False,
             "Kritik atas kebijakan adalah bagian dari partisipasi warga dan perlu "
             "ditanggapi, bukan dibungkam."),
        ],
        explanation="Budaya digital berlandaskan Pancasila: tanggapi kritik dengan argumen, "
                    "tolak konten SARA, dan jangan merundung.",
    ),
]

MODULE = module(
    "Modul 3: Etis dan Berbudaya Digital",
    "modul-3-etis-dan-berbudaya",
    "Netiket, berbagi secara bertanggung jawab, hoaks dan verifikasi, hak cipta dan kredit, "
    "bahasa inklusif, netralitas ASN di media sosial, nilai Pancasila, dan jejak digital.",
    lessons=[
        lesson("Netiket, berbagi dengan bertanggung jawab, dan hoaks", "m3-netiket-hoaks", 12,
               LESSON_ETIKET),
        lesson("Hak cipta, kredit, dan bahasa yang inklusif", "m3-hak-cipta-inklusif", 11,
               LESSON_HAK_CIPTA),
        lesson("Netralitas ASN, nilai Pancasila, dan jejak digital",
               "m3-netralitas-jejak-digital", 14, LESSON_NETRALITAS),
    ],
    quiz_spec=quiz(
        "Kuis Modul 3: Etis dan Berbudaya Digital", "kuis-modul-3-etis-dan-berbudaya",
        QUESTIONS,
        intro="<p>Sepuluh soal kasus tentang hoaks, netralitas, hak cipta, bahasa inklusif, "
              "dan jejak digital. Nilai lulus 70. Anda boleh mengulang.</p>",
        pass_mark=70,
    ),
)
