"""Module 3: reaching people — audiences, amplification, formats, timing, accessibility, metrics.

Grounded in the Central Java (2018) article (follow and engage accounts with large
followings so a post travels further) and the Ministry of Home Affairs (2022)
article (social media is more than WhatsApp, Twitter and Instagram; listen to
civil society: citizens, students, journalists, media). Every sentence is our own.
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
    single,
    social_post,
    takeaways,
    true_false,
)

# --- Lesson 1: knowing the audience ----------------------------------------------

LESSON_AUDIENCE = [
    p("<p>Unggahan yang rapi dan akurat tetap tidak berguna bila tidak sampai kepada orang "
      "yang membutuhkannya. Bayangkan jadwal imunisasi anak di posyandu yang hanya diunggah di "
      "akun dinas, padahal pengikut akun itu sebagian besar pegawai dan mitra kerja. Ibu-ibu "
      "yang membawa balita justru membaca kabar dari grup WhatsApp RT dan dari kader posyandu. "
      "Mereka tidak pernah melihat unggahan itu, dan petugas heran mengapa yang datang sedikit.</p>"
      "<p>Mengenal khalayak berarti bertanya dulu: <strong>siapa</strong> yang perlu tahu, "
      "<strong>di mana</strong> mereka biasa mencari kabar, dan <strong>apa</strong> yang mereka "
      "butuhkan supaya bisa bertindak. Ini bukan urusan teknik pemasaran, melainkan bagian dari "
      "pelayanan publik: informasi layanan baru bermanfaat ketika diterima oleh warga yang "
      "memerlukannya.</p>"),
    heading("Media sosial lebih luas daripada tiga aplikasi"),
    p("<p>Dalam sebuah kegiatan kehumasan Kementerian Dalam Negeri pada 2022, Sekretaris "
      "Jenderal Kemendagri mengingatkan bahwa media sosial bukan hanya WhatsApp, Twitter (kini "
      "X), dan Instagram. Media sosial adalah seluruh gagasan, pemikiran, konten, dan "
      "komunikasi yang berlangsung secara daring. Artinya, percakapan tentang layanan unit Anda "
      "bisa terjadi di banyak tempat sekaligus:</p>"
      "<ul>"
      "<li>grup WhatsApp warga, sekolah, dan paguyuban, serta Saluran WhatsApp;</li>"
      "<li>grup Facebook kecamatan atau komunitas jual beli lokal;</li>"
      "<li>video TikTok, Reels, dan YouTube Shorts yang dibuat warga sendiri;</li>"
      "<li>kolom komentar portal berita daerah;</li>"
      "<li>ulasan Google Maps tentang kantor kelurahan, puskesmas, atau mal pelayanan publik.</li>"
      "</ul>"
      "<p>Jika Anda hanya memperhatikan akun resmi instansi, Anda melewatkan sebagian besar "
      "percakapan, termasuk keluhan yang sebenarnya bisa dijawab dengan satu kalimat.</p>"),
    heading("Kelompok yang perlu Anda kenal"),
    p("<p>Pesan yang sama tidak selalu cocok untuk semua orang. Sekjen Kemendagri menyebut "
      "masyarakat sipil, yaitu rakyat, mahasiswa, wartawan, dan media massa, sebagai kelompok "
      "yang aspirasinya harus didengar, dan meminta pengelola humas jeli melihat kelompok mana "
      "yang dominan di wilayahnya. Dalam praktik layanan sehari-hari, kelompok itu bisa dirinci "
      "sebagai berikut:</p>"
      "<ul>"
      "<li><strong>Warga pengguna layanan</strong>: butuh jadwal, syarat, biaya, dan tempat. "
      "Mereka banyak membaca dari grup WhatsApp dan Facebook.</li>"
      "<li><strong>Pelajar dan mahasiswa</strong>: peka terhadap video pendek dan bahasa yang "
      "lugas, misalnya untuk informasi penerimaan murid baru, beasiswa daerah, atau "
      "magang.</li>"
      "<li><strong>Wartawan dan media massa</strong>: butuh data yang bisa dikutip, sumber "
      "resmi, dan narahubung yang bisa ditelepon.</li>"
      "<li><strong>Komunitas dan organisasi masyarakat sipil</strong>: PKK, karang taruna, "
      "relawan bencana, forum difabel, dan akun info kota. Mereka bisa menjadi penyambung "
      "pesan ke anggotanya.</li>"
      "<li><strong>Pelaku usaha dan UMKM</strong>: mencari kepastian perizinan, jadwal pelatihan, "
      "dan bantuan modal.</li>"
      "<li><strong>Kelompok rentan</strong>: lansia dan penyandang disabilitas, yang butuh teks "
      "jelas, takarir video, teks alternatif gambar, dan sering mendapat kabar lewat kader atau "
      "keluarga.</li>"
      "</ul>"),
    image("hnh-m3-peta-khalayak.svg",
          alt_text="Peta khalayak: informasi layanan unit Anda di tengah, dikelilingi warga "
                   "pengguna layanan, pelajar dan mahasiswa, kelompok rentan, wartawan dan "
                   "media, komunitas dan OMS, serta pelaku usaha, masing-masing dengan "
                   "salurannya.",
          caption="Peta khalayak: tulis siapa yang perlu tahu dan di mana mereka membaca, "
                  "sebelum menulis unggahan."),
    heading("Tiga pertanyaan sebelum menulis"),
    p("<p>Ambil contoh pengumuman penerimaan murid baru tingkat SMP di sebuah kabupaten "
      "(kini disebut SPMB, sebelumnya dikenal sebagai PPDB). Sebelum menulis, jawab tiga "
      "pertanyaan ini:</p>"
      "<ol>"
      "<li><strong>Siapa yang paling membutuhkan?</strong> Orang tua murid kelas 6 SD, lalu "
      "murid itu sendiri, lalu wali kelas yang sering ditanya orang tua.</li>"
      "<li><strong>Di mana mereka mencari kabar?</strong> Orang tua di grup WhatsApp kelas dan "
      "Facebook; murid di Instagram dan TikTok; wartawan lewat siaran pers dan situs resmi "
      "dinas.</li>"
      "<li><strong>Apa yang mereka perlukan untuk bertindak?</strong> Tanggal pendaftaran, "
      "jalur yang tersedia, dokumen yang harus disiapkan, tautan pendaftaran, dan nomor "
      "pengaduan bila laman bermasalah.</li>"
      "</ol>"
      "<p>Dari jawaban itu, satu informasi bisa dikemas menjadi beberapa bentuk: unggahan "
      "lengkap di Instagram, teks ringkas yang siap diteruskan wali kelas ke grup orang tua, "
      "dan rilis berisi angka kuota untuk media.</p>"),
    social_post("instagram", "Dinas Pendidikan Kabupaten Contoh", "disdik.kabcontoh",
                "Rapat koordinasi persiapan SPMB tahun ajaran baru telah dilaksanakan di aula "
                "dinas, dihadiri kepala bidang dan para kepala sekolah. Semoga SPMB berjalan "
                "lancar. #SPMB #Disdik",
                verdict="bad",
                comment="Unggahan ini ditulis untuk kalangan sendiri. Orang tua murid tidak "
                        "butuh kabar rapat; mereka butuh tanggal, jalur, syarat, dan tautan "
                        "pendaftaran. Tidak ada satu pun informasi yang bisa mereka pakai."),
    social_post("instagram", "Dinas Pendidikan Kabupaten Contoh", "disdik.kabcontoh",
                "Orang tua murid kelas 6 SD, pendaftaran SMP negeri dibuka 2–6 Juni.\n"
                "Jalur: domisili, afirmasi, prestasi, dan mutasi (perpindahan tugas orang tua).\n"
                "Siapkan: Kartu Keluarga dan akta kelahiran; rapor untuk jalur prestasi.\n"
                "Daftar di laman SPMB resmi (tautan di bio). Kendala pendaftaran? Hubungi "
                "posko SPMB 0800-000-000 (Senin–Jumat, 08.00–15.00 WIB).\n"
                "#SPMBKabContoh",
                verdict="good",
                comment="Langsung menyapa khalayaknya, yaitu orang tua murid. Memuat tanggal, "
                        "jalur, dokumen, tempat mendaftar, dan kanal bantuan. Teks ini juga "
                        "mudah diteruskan wali kelas ke grup WhatsApp orang tua."),
    callout("tip", "Dengarkan sebelum berbicara",
            "<p>Cara tercepat mengenal khalayak adalah mendengarkan mereka. Catat pertanyaan yang "
            "berulang di loket, di kolom komentar, dan di ulasan Google Maps kantor Anda selama "
            "seminggu. Pertanyaan yang paling sering muncul adalah bahan unggahan berikutnya.</p>"),
    takeaways([
        "Informasi layanan baru bermanfaat bila sampai kepada warga yang membutuhkannya.",
        "Media sosial mencakup semua percakapan daring, bukan hanya WhatsApp, X, dan Instagram.",
        "Kenali kelompok warga, pelajar, wartawan, media, komunitas, dan kelompok rentan di "
        "wilayah Anda.",
        "Sebelum menulis, jawab: siapa yang perlu tahu, di mana mereka membaca, dan apa yang "
        "mereka perlukan untuk bertindak.",
    ]),
]

# --- Lesson 2: amplification -----------------------------------------------------

LESSON_AMPLIFY = [
    p("<p>Akun resmi sebuah puskesmas atau kelurahan umumnya hanya punya beberapa ratus sampai "
      "beberapa ribu pengikut. Sementara itu, akun pemerintah provinsi, media lokal, atau akun "
      "info kota bisa diikuti ratusan ribu orang. Jika informasi penting hanya beredar di akun "
      "kecil, warga yang membutuhkannya bisa tidak pernah melihatnya. Karena itu, memperluas "
      "jangkauan adalah pekerjaan yang sah dan perlu, selama dilakukan dengan cara yang "
      "santun dan jujur.</p>"),
    heading("Ikuti dan libatkan akun berpengikut besar"),
    p("<p>Dalam pertemuan koordinasi kehumasan Provinsi Jawa Tengah pada 2018, Dinas Kominfo "
      "Jawa Tengah menyarankan ASN yang punya akun media sosial untuk mengikuti akun-akun yang "
      "pengikutnya besar, dengan harapan diikuti balik. Dengan begitu, informasi yang Anda "
      "sampaikan berpeluang terbaca oleh pengikut mereka juga. Dalam praktik, akun yang layak "
      "Anda ikuti dan libatkan antara lain:</p>"
      "<ul>"
      "<li>akun resmi pemerintah di atas Anda: pemerintah kabupaten/kota, provinsi, dan "
      "kementerian yang membidangi urusan Anda;</li>"
      "<li>akun instansi di samping Anda: dinas lain, instansi vertikal, BPBD, serta BUMN "
      "dan BUMD layanan seperti PLN dan PDAM, yang layanannya sering bersinggungan;</li>"
      "<li>media lokal dan akun info kota yang rutin membagikan kabar layanan;</li>"
      "<li>komunitas dan tokoh masyarakat yang netral, misalnya forum relawan, penggerak PKK, "
      "atau pengelola akun kampus.</li>"
      "</ul>"
      "<p>Mengikuti saja tidak cukup. Libatkan mereka: bagikan ulang unggahan mereka yang "
      "relevan bagi warga Anda, beri komentar yang bermanfaat, tandai akun yang memang terkait, "
      "dan kirimkan bahan siap pakai kepada admin akun komunitas ketika ada informasi layanan "
      "yang penting. Hubungan baik seperti ini membuat mereka lebih bersedia membagikan "
      "informasi Anda ketika dibutuhkan.</p>"),
    social_post("x", "Kelurahan Sukamaju", "kel_sukamaju",
                "MOHON RT!!! @akunartis1 @akunartis2 @infoviral @akunbola @akunkuliner "
                "@akunmeme Ayo ramaikan kegiatan kelurahan kami!!!",
                verdict="bad",
                comment="Menandai akun besar yang tidak ada hubungannya dengan isi pesan terasa "
                        "seperti spam dan merusak kesan instansi. Tidak ada pula informasi yang "
                        "bisa dipakai warga: kegiatan apa, kapan, di mana."),
    social_post("instagram", "Puskesmas Sukamaju", "pkm.sukamaju",
                "Pemeriksaan kesehatan gratis untuk lansia, Sabtu 21 Juni, 07.30–11.00 WIB, "
                "di Balai RW 03. Bawa KTP-el atau Kartu Keluarga. Kolaborasi dengan "
                "@kel_sukamaju dan @infokotacontoh agar kabar ini sampai ke keluarga yang "
                "merawat lansia. #LansiaSehat",
                verdict="good",
                comment="Kolaborasi dengan akun kelurahan dan akun info kota yang memang "
                        "melayani warga yang sama. Isinya lengkap, dan kedua akun mitra punya "
                        "alasan jelas untuk membagikannya."),
    heading("Akun pribadi ASN sebagai pengeras suara"),
    p("<p>Anda tidak perlu membuat versi sendiri dari informasi resmi. Peran terbaik akun "
      "pribadi adalah <strong>membagikan ulang</strong> unggahan akun resmi, lalu menambahkan "
      "satu kalimat yang membuatnya dekat, misalnya, \"Tetangga yang punya orang tua lansia, "
      "ini jadwalnya.\" Dengan begitu, angka dan jadwal tetap satu versi, sementara jangkauan "
      "bertambah melalui jejaring pertemanan Anda.</p>"
      "<p>Jangan lupakan jejaring luring. Ketua RT, kader posyandu, guru, dan pengurus tempat "
      "ibadah adalah penerus kabar yang sangat efektif. Kirimkan kepada mereka teks pendek yang "
      "siap diteruskan: berisi inti informasi, sumber resmi, dan nomor yang bisa dihubungi, "
      "bukan hanya tautan tanpa keterangan.</p>"),
    do_dont("Memperluas jangkauan dengan santun",
            [
                "Mengikuti akun resmi pemerintah, instansi mitra, media lokal, dan komunitas "
                "di wilayah Anda.",
                "Menandai akun yang memang terkait dengan isi pesan.",
                "Mengirim bahan siap pakai (teks dan gambar) kepada admin akun komunitas.",
                "Membagikan ulang unggahan akun resmi dari akun pribadi, tanpa mengubah angka "
                "dan jadwalnya.",
            ],
            [
                "Membeli pengikut, suka, atau komentar.",
                "Menandai puluhan akun besar yang tidak berhubungan dengan pesan.",
                "Meminta akun calon atau partai politik membagikan informasi layanan.",
                "Mengirim pesan berantai massal ke nomor pribadi warga yang tidak pernah "
                "memberi izin.",
            ]),
    callout("warning", "Netralitas tetap berlaku",
            "<p>Memperluas jangkauan tidak boleh menyeret instansi ke politik praktis. Aturan "
            "netralitas ASN melarang Anda mendukung calon atau partai, termasuk lewat tanda "
            "suka, komentar, atau membagikan unggahan kampanye mereka. Pilih mitra penyebar "
            "informasi yang netral, terutama menjelang pemilu dan pilkada.</p>"),
    checklist("Sebelum meminta akun lain membagikan informasi Anda", [
        "Informasinya sudah diumumkan di kanal resmi instansi.",
        "Informasinya relevan bagi pengikut akun yang Anda mintai bantuan.",
        "Teks dan gambar siap pakai, lengkap dengan sumber dan narahubung.",
        "Akun mitra tidak terkait kampanye politik atau kegiatan komersial yang tidak patut.",
        "Anda menyampaikan permintaan dengan sopan, lewat jalur yang lazim (pesan langsung atau "
        "jejaring humas).",
    ]),
    takeaways([
        "Ikuti dan libatkan akun berpengikut besar yang relevan agar informasi menjangkau lebih "
        "banyak warga.",
        "Libatkan berarti berbagi, berkomentar, dan berkolaborasi, bukan menandai sembarang akun.",
        "Akun pribadi ASN paling berguna sebagai pengeras suara akun resmi, tanpa membuat versi "
        "sendiri.",
        "Jejaring luring (RT, kader, guru) tetap penyambung kabar yang kuat.",
        "Jaga netralitas: jangan libatkan akun kampanye politik.",
    ]),
]

# --- Lesson 3: formats, timing, accessibility --------------------------------------

LESSON_FORMAT = [
    p("<p>Isi yang benar belum tentu terbaca. Jadwal layanan yang ditulis dalam satu paragraf "
      "panjang akan dilewati. Tutorial pendaftaran antrean daring yang hanya ditulis dalam "
      "teks akan membingungkan. Poster yang semua isinya berada di dalam gambar tidak bisa "
      "dibaca oleh warga tunanetra yang memakai pembaca layar. Memilih format, waktu, dan "
      "cara penyajian yang tepat menentukan apakah pesan Anda benar-benar sampai.</p>"),
    heading("Pilih format sesuai pesan"),
    p("<ul>"
      "<li><strong>Teks singkat</strong>: untuk pengumuman cepat, misalnya perubahan jam layanan "
      "atau gangguan sistem. Letakkan informasi terpenting di kalimat pertama.</li>"
      "<li><strong>Foto</strong>: untuk menunjukkan layanan benar-benar berjalan, misalnya "
      "petugas perekaman KTP-el yang datang ke panti werdha. Pastikan orang yang difoto setuju "
      "dan tidak ada data pribadi yang terlihat.</li>"
      "<li><strong>Video pendek</strong>: untuk menjelaskan langkah demi langkah, misalnya cara "
      "mengambil nomor antrean daring. Sampaikan pesan utama di detik-detik awal.</li>"
      "<li><strong>Infografis</strong>: untuk syarat, alur, jadwal, dan angka. Huruf harus besar "
      "dan kontras, dan isinya juga ditulis di keterangan unggahan.</li>"
      "<li><strong>Siaran langsung</strong>: untuk tanya jawab dengan warga atau acara penting. "
      "Umumkan jadwalnya beberapa hari sebelumnya, lalu simpan rekaman dan ringkasan hasilnya "
      "agar yang tidak sempat menonton tetap mendapat jawabannya.</li>"
      "</ul>"),
    image("hnh-m3-pilih-format.svg",
          alt_text="Tabel lima format: teks singkat untuk pengumuman cepat, foto untuk bukti "
                   "layanan berjalan, video pendek untuk langkah demi langkah, infografis untuk "
                   "syarat dan angka, siaran langsung untuk tanya jawab.",
          caption="Format mengikuti pesan, bukan sebaliknya."),
    heading("Waktu: kapan warga membaca"),
    p("<p>Tidak ada jam ajaib yang berlaku untuk semua akun. Banyak akun instansi mendapati "
      "warga aktif pada pagi hari sebelum beraktivitas, jam istirahat siang, dan malam hari, "
      "tetapi pola pengikut Anda bisa berbeda. Lihat menu statistik (insights atau analitik) di "
      "akun resmi untuk mengetahui kapan pengikut paling aktif. Beberapa kebiasaan yang "
      "membantu:</p>"
      "<ul>"
      "<li>Umumkan layanan terjadwal beberapa hari sebelumnya, lalu beri pengingat sehari "
      "sebelum dan pada hari pelaksanaan.</li>"
      "<li>Informasi darurat, seperti banjir, pemadaman air, atau penutupan jalan, diunggah "
      "segera, lalu diperbarui secara berkala dengan jam pembaruan yang jelas.</li>"
      "<li>Sebutkan zona waktu (WIB, WITA, atau WIT) bila khalayak Anda tersebar di berbagai "
      "daerah, misalnya untuk webinar atau pendaftaran nasional.</li>"
      "<li>Hindari menumpuk banyak unggahan dalam satu jam; unggahan penting bisa tenggelam "
      "oleh unggahan Anda sendiri.</li>"
      "</ul>"),
    heading("Aksesibilitas: agar semua warga bisa ikut membaca"),
    p("<p>Layanan publik berlaku untuk semua warga, termasuk lansia dan penyandang disabilitas. "
      "Beberapa kebiasaan sederhana membuat unggahan bisa diakses lebih banyak orang:</p>"
      "<ul>"
      "<li><strong>Teks alternatif (alt text)</strong>: deskripsi singkat gambar yang dibacakan "
      "oleh pembaca layar. Hampir semua platform besar menyediakan kolomnya, biasanya di "
      "pengaturan lanjutan saat mengunggah. Tulis isi penting gambar, termasuk teks yang ada "
      "di dalamnya, bukan sekadar \"poster layanan\".</li>"
      "<li><strong>Takarir (caption video)</strong>: teks yang muncul di video agar bisa "
      "dipahami warga tunarungu dan warga yang menonton tanpa suara di tempat umum.</li>"
      "<li><strong>Informasi penting juga ditulis di keterangan</strong>, jangan hanya di dalam "
      "gambar.</li>"
      "<li><strong>Tagar dengan huruf kapital di awal kata</strong>, misalnya #LayananKTPel, "
      "lebih mudah dibaca mata dan pembaca layar daripada #layananktpel.</li>"
      "<li><strong>Emoji secukupnya</strong>, karena pembaca layar membacakan nama setiap "
      "emoji.</li>"
      "<li><strong>Bahasa sederhana</strong>, tanpa singkatan internal seperti \"yanduk\" atau "
      "\"rekam KTP-el ulang via SIAK\".</li>"
      "</ul>"),
    social_post("instagram", "Disdukcapil Kota Contoh", "disdukcapil.kotacontoh",
                "Layanan KTP-el keliling hadir di Kelurahan Sukamaju!\n"
                "Sabtu, 14 Juni, 08.00–12.00 WIB, di Aula Kantor Kelurahan Sukamaju.\n"
                "Untuk perekaman baru, penggantian KTP-el rusak, dan pencetakan.\n"
                "Bawa Kartu Keluarga asli. Gratis, tanpa biaya apa pun.\n"
                "Pertanyaan: 0800-000-000 (WhatsApp, hari kerja 08.00–15.00 WIB).\n"
                "#LayananKTPel #DukcapilKotaContoh",
                verdict="good",
                comment="Semua isi poster juga tertulis di keterangan, jadi tetap terbaca oleh "
                        "pembaca layar dan warga dengan sinyal lemah. Tagar memakai huruf "
                        "kapital di awal kata, zona waktu disebut, dan gambarnya diberi teks "
                        "alternatif yang memuat jadwal dan syarat.",
                image="hnh-m3-infografis-ktp-keliling.svg",
                image_alt="Poster Disdukcapil Kota Contoh: Layanan KTP-el Keliling di Kelurahan "
                          "Sukamaju, Sabtu 14 Juni pukul 08.00 sampai 12.00 WIB di Aula Kantor "
                          "Kelurahan Sukamaju. Bawa Kartu Keluarga asli. Gratis. Info "
                          "0800-000-000."),
    social_post("instagram", "Disdukcapil Kota Contoh", "disdukcapil.kotacontoh",
                "Simak info berikut ya 👇👇👇🔥🔥🔥 #dukcapil #ktp #infopenting",
                verdict="bad",
                comment="Seluruh informasi hanya ada di dalam gambar. Warga tunanetra, warga "
                        "yang gambarnya gagal dimuat, dan mesin pencari tidak mendapat apa pun. "
                        "Deretan emoji akan dibacakan satu per satu oleh pembaca layar."),
    checklist("Sebelum menekan tombol unggah", [
        "Format sudah sesuai dengan pesan (teks, foto, video, infografis, atau siaran langsung).",
        "Informasi terpenting ada di kalimat pertama keterangan.",
        "Gambar diberi teks alternatif yang memuat isi pentingnya.",
        "Video diberi takarir.",
        "Tanggal, jam, dan zona waktu tertulis jelas.",
        "Ada kanal bertanya atau narahubung.",
    ]),
    assignment(
        "Rencanakan dan tulis satu unggahan layanan",
        "<p>Pilih satu layanan nyata di unit kerja Anda yang perlu diketahui warga dalam sebulan "
        "ke depan, misalnya jadwal posyandu, pembukaan pendaftaran pelatihan UMKM, atau "
        "perubahan jam layanan loket. Tuliskan:</p>"
        "<ol>"
        "<li><strong>Khalayak sasaran</strong>: siapa yang paling membutuhkan informasi ini dan "
        "di mana mereka biasa membaca kabar.</li>"
        "<li><strong>Format</strong> yang Anda pilih beserta alasannya.</li>"
        "<li><strong>Waktu unggah</strong>: kapan pengumuman pertama, kapan pengingat.</li>"
        "<li><strong>Teks unggahan lengkap</strong> (paling banyak 120 kata).</li>"
        "<li><strong>Teks alternatif</strong> untuk gambar atau <strong>takarir</strong> untuk "
        "video Anda.</li>"
        "<li><strong>Satu akun mitra</strong> yang akan Anda ajak membagikan, dan alasannya.</li>"
        "<li><strong>Satu target sederhana</strong> yang akan Anda ukur.</li>"
        "</ol>"
        "<p>Jawaban yang baik: khalayaknya spesifik (bukan \"masyarakat umum\"), teksnya memuat "
        "apa, kapan, di mana, syarat, dan kanal bertanya, teks alternatifnya memuat isi penting "
        "gambar, akun mitranya relevan dan netral, serta targetnya bisa diukur dan punya batas "
        "waktu. Bila unggahan sudah tayang di akun resmi, lampirkan tautannya.</p>",
        allow_link=True,
    ),
    takeaways([
        "Pilih format menurut pesan: teks untuk kabar cepat, video untuk langkah, infografis "
        "untuk syarat dan angka.",
        "Cek statistik akun untuk tahu kapan pengikut aktif; beri pengumuman awal dan pengingat.",
        "Sebutkan zona waktu bila khalayak tersebar di berbagai daerah.",
        "Beri teks alternatif pada gambar dan takarir pada video.",
        "Tulis informasi penting di keterangan, jangan hanya di dalam gambar.",
    ]),
]

# --- Lesson 4: measuring reach and simple targets --------------------------------

LESSON_MEASURE = [
    p("<p>Pimpinan akan bertanya, \"Unggahan kita kemarin sampai ke berapa orang? Ada "
      "hasilnya?\" Tanpa angka, jawabannya hanya perasaan. Dengan beberapa angka sederhana, Anda "
      "bisa menunjukkan apa yang berhasil, memperbaiki yang kurang, dan membela anggaran "
      "publikasi dengan alasan yang masuk akal. Pada 2015, misalnya, Biro Hukum dan Humas "
      "Kementerian PAN-RB bisa menyebut bahwa situs webnya pernah masuk sepuluh besar dan "
      "bersaing dengan situs berita umum. Klaim seperti itu hanya bisa dibuat bila kinerja "
      "kanal dicatat dan diukur.</p>"
      "<p>Pelajaran ini membahas ukuran dasar untuk satu unggahan dan cara menetapkan target. "
      "Pemantauan dan evaluasi yang lebih menyeluruh dibahas di Modul 5.</p>"),
    heading("Lima angka dasar"),
    p("<ul>"
      "<li><strong>Jangkauan (reach)</strong>: jumlah akun berbeda yang melihat unggahan.</li>"
      "<li><strong>Tayangan (impressions)</strong>: jumlah total unggahan ditampilkan, termasuk "
      "bila satu akun melihatnya berulang kali. Karena itu, tayangan hampir selalu lebih besar "
      "atau sama dengan jangkauan.</li>"
      "<li><strong>Interaksi (engagement)</strong>: suka, komentar, simpan, bagikan, dan klik. "
      "Cara menghitung tingkat interaksi yang lazim dan dipakai dalam kursus ini: jumlah "
      "interaksi dibagi jangkauan, lalu dikalikan 100 persen. Apa pun rumus yang Anda pilih, "
      "pakai rumus yang sama setiap bulan agar hasilnya bisa dibandingkan.</li>"
      "<li><strong>Dibagikan (shares)</strong>: tanda kuat bahwa warga menganggap informasi "
      "Anda berguna bagi orang lain.</li>"
      "<li><strong>Komentar terjawab</strong>: persentase pertanyaan warga yang dijawab, dan "
      "berapa cepat. Ini ukuran layanan, bukan sekadar popularitas.</li>"
      "</ul>"),
    image("hnh-m3-corong-metrik.svg",
          alt_text="Diagram corong dari atas ke bawah: tayangan, jangkauan, interaksi, lalu "
                   "dibagikan dan ditindaklanjuti, misalnya warga datang dengan berkas lengkap. "
                   "Di samping corong, kotak komentar terjawab dengan target paling lama satu "
                   "kali dua puluh empat jam.",
          caption="Semakin ke bawah corong, semakin dekat ke tujuan layanan."),
    heading("Contoh membaca angka"),
    p("<p>Unggahan jadwal posyandu di akun resmi sebuah puskesmas mencatat angka berikut "
      "setelah tiga hari:</p>"
      "<ul>"
      "<li>tayangan 5.400 dan jangkauan 3.600;</li>"
      "<li>interaksi 270: suka 180, komentar 40, simpan 20, dan dibagikan 30;</li>"
      "<li>dari 40 komentar, 25 berupa pertanyaan, dan 22 di antaranya dijawab dalam "
      "1×24 jam.</li>"
      "</ul>"
      "<p>Tingkat interaksinya 270 ÷ 3.600 × 100% = 7,5%. Komentar terjawab tepat waktu "
      "22 ÷ 25 = 88%. Angka bagikan yang cukup tinggi menandakan warga meneruskannya ke keluarga "
      "atau grup. Tiga pertanyaan yang belum terjawab menjadi pekerjaan rumah: siapa yang "
      "bertugas menjawab di akhir pekan? Kalau pertanyaan yang sama terus muncul, misalnya "
      "\"apakah perlu membawa buku KIA?\", tambahkan jawabannya di unggahan berikutnya.</p>"),
    heading("Angka yang bisa menipu"),
    p("<ul>"
      "<li><strong>Jumlah pengikut saja</strong> tidak menunjukkan apakah informasi dipakai "
      "warga.</li>"
      "<li><strong>Suka dari sesama pegawai</strong> yang diwajibkan menyukai setiap unggahan "
      "menggelembungkan angka, padahal yang dituju adalah warga.</li>"
      "<li><strong>Pengikut atau interaksi yang dibeli</strong> merusak data dan kepercayaan, "
      "serta memboroskan uang negara.</li>"
      "<li><strong>Membandingkan hal yang tidak sebanding</strong>, misalnya video hiburan "
      "dengan pengumuman tarif retribusi, akan menghasilkan kesimpulan yang keliru.</li>"
      "</ul>"
      "<p>Lihat juga dampak di dunia nyata: apakah pertanyaan berulang di loket berkurang, "
      "apakah warga datang dengan berkas lengkap, apakah kehadiran di posyandu naik.</p>"),
    heading("Menetapkan target sederhana"),
    p("<p>Target yang baik berangkat dari kondisi awal, jelas ukurannya, dan punya batas "
      "waktu. Hitung dulu rata-rata tiga bulan terakhir, lalu pilih dua atau tiga target saja. "
      "Contohnya:</p>"
      "<ul>"
      "<li>Dalam tiga bulan, 90% pertanyaan warga di kolom komentar dijawab dalam 1×24 jam "
      "(saat ini 60%).</li>"
      "<li>Rata-rata jangkauan unggahan layanan naik dari 1.200 menjadi 1.500 akun per unggahan "
      "sampai akhir triwulan.</li>"
      "<li>Setiap unggahan jadwal layanan dibagikan ulang oleh minimal dua akun mitra, misalnya "
      "akun kelurahan dan akun info kota.</li>"
      "</ul>"
      "<p>Catat angkanya di lembar kerja sederhana setiap pekan: tanggal, topik, format, "
      "jangkauan, tayangan, interaksi, dibagikan, jumlah pertanyaan, dan jumlah yang dijawab "
      "tepat waktu. Lima belas menit setiap Senin sudah cukup untuk melihat pola.</p>"),
    callout("tip", "Bandingkan dengan diri sendiri",
            "<p>Akun puskesmas tidak perlu bersaing dengan akun pemerintah provinsi. Bandingkan "
            "unggahan Anda dengan unggahan Anda sendiri bulan lalu. Kenaikan kecil yang konsisten "
            "lebih berarti daripada satu unggahan viral.</p>"),
    takeaways([
        "Jangkauan adalah jumlah akun berbeda; tayangan adalah jumlah kali unggahan tampil.",
        "Tingkat interaksi = interaksi ÷ jangkauan × 100%.",
        "Komentar terjawab dan kecepatannya adalah ukuran layanan yang penting.",
        "Hindari angka semu: pengikut yang dibeli atau suka wajib dari pegawai.",
        "Tetapkan dua atau tiga target dari kondisi awal, dengan ukuran dan batas waktu yang "
        "jelas.",
    ]),
]

# --- Quiz -------------------------------------------------------------------------

QUESTIONS = [
    single(
        "hnh-m3-q1",
        "Puskesmas Anda mengunggah jadwal imunisasi balita di akun Instagram resmi. Pengikut akun "
        "itu kebanyakan pegawai dinas, dan yang datang ke posyandu tetap sedikit. Langkah "
        "pertama yang paling tepat adalah …",
        [
            ("Mengunggah ulang jadwal yang sama tiga kali sehari di akun yang sama.", False,
             "Mengulang di akun yang sama hanya menjangkau pengikut yang sama. Masalahnya bukan "
             "frekuensi, melainkan khalayak yang tidak tersentuh."),
            ("Mengenali khalayak, yaitu orang tua balita, dan menyalurkan informasinya lewat "
             "tempat mereka membaca: grup WhatsApp RT, kader posyandu, dan akun kelurahan.",
             True,
             "Tepat. Informasi harus dibawa ke tempat khalayak berada. Orang tua balita lebih "
             "banyak mendapat kabar dari grup warga dan kader daripada dari akun dinas."),
            ("Membeli pengikut agar akun terlihat lebih besar.", False,
             "Pengikut yang dibeli bukan orang tua balita di wilayah Anda, jadi tidak menambah "
             "kehadiran di posyandu, dan memboroskan anggaran."),
            ("Menunggu warga mengikuti akun resmi dengan sendirinya.", False,
             "Menunggu berarti membiarkan warga yang membutuhkan tetap tidak tahu. Pelayanan "
             "informasi menuntut kita menjemput khalayak."),
        ],
        explanation="Mulailah dari pertanyaan siapa yang perlu tahu dan di mana mereka membaca. "
                    "Saluran mengikuti khalayak, bukan sebaliknya.",
    ),
    true_false(
        "hnh-m3-q2",
        "Sekjen Kemendagri (2022) menegaskan bahwa media sosial yang perlu diperhatikan humas "
        "pemerintah terbatas pada WhatsApp, Twitter, dan Instagram.",
        False,
        feedback_true="Kurang tepat. Justru ditegaskan bahwa media sosial bukan hanya WhatsApp, "
                      "Twitter, dan Instagram, melainkan semua gagasan, konten, dan komunikasi "
                      "daring, termasuk ulasan, kolom komentar berita, dan video warga.",
        feedback_false="Benar, pernyataan itu salah. Media sosial mencakup seluruh percakapan "
                       "daring, sehingga ulasan Google Maps, grup Facebook, dan video TikTok "
                       "tentang layanan Anda juga perlu diperhatikan.",
        explanation="Cakupan yang luas berarti humas perlu mendengarkan di banyak tempat, bukan "
                    "hanya di akun resmi sendiri.",
    ),
    multiple(
        "hnh-m3-q3",
        "Kelurahan Anda ingin jadwal layanan KTP-el keliling menjangkau lebih banyak warga. "
        "Cara mana saja yang tepat dan etis? (Pilih semua yang benar.)",
        [
            ("Mengajak akun info kota dan akun kecamatan membagikan unggahan, dengan bahan "
             "siap pakai.", True,
             "Tepat. Akun berpengikut besar yang melayani warga yang sama adalah mitra penyebar "
             "yang wajar, dan bahan siap pakai memudahkan mereka."),
            ("Membagikan ulang unggahan akun resmi dari akun pribadi pegawai, dengan satu "
             "kalimat pengantar.", True,
             "Tepat. Akun pribadi menjadi pengeras suara tanpa mengubah isi resmi, sehingga "
             "jadwal tetap satu versi."),
            ("Menandai dua puluh akun selebritas agar unggahan ikut ramai.", False,
             "Menandai akun yang tidak terkait terasa seperti spam dan merusak citra instansi. "
             "Pengikut selebritas belum tentu warga yang membutuhkan layanan itu."),
            ("Meminta tim sukses calon kepala daerah membagikan jadwal saat masa kampanye.",
             False,
             "Ini menyeret layanan publik ke politik praktis dan melanggar semangat netralitas "
             "ASN. Pilih mitra penyebar yang netral."),
            ("Mengirim teks ringkas siap teruskan kepada ketua RT dan kader untuk grup warga.",
             True,
             "Tepat. Jejaring luring adalah penyambung kabar yang efektif, terutama untuk "
             "warga yang jarang membuka Instagram."),
        ],
        explanation="Perluas jangkauan lewat akun yang relevan dan netral, akun pribadi pegawai, "
                    "dan jejaring warga. Hindari spam, pengikut palsu, dan akun politik.",
    ),
    single(
        "hnh-m3-q4",
        "Statistik sebuah unggahan menunjukkan tayangan 5.000 dan jangkauan 3.200. Tafsiran "
        "mana yang benar?",
        [
            ("Ada 5.000 orang berbeda yang melihat unggahan itu.", False,
             "Itu arti jangkauan, bukan tayangan. Tayangan menghitung setiap kali unggahan "
             "tampil, termasuk tampilan berulang pada akun yang sama."),
            ("Sebanyak 3.200 akun berbeda melihat unggahan itu, dan sebagian melihatnya lebih "
             "dari sekali sehingga total tampilannya 5.000.", True,
             "Tepat. Jangkauan menghitung akun unik, sedangkan tayangan menghitung total "
             "tampilan."),
            ("Ada 1.800 orang yang tidak menyukai unggahan itu.", False,
             "Selisih tayangan dan jangkauan bukan tanda tidak suka; selisih itu berasal dari "
             "tampilan berulang."),
            ("Angka itu pasti salah karena tayangan tidak mungkin lebih besar dari jangkauan.",
             False,
             "Justru tayangan hampir selalu sama atau lebih besar daripada jangkauan, karena satu "
             "akun bisa melihat unggahan beberapa kali."),
        ],
        explanation="Jangkauan = akun berbeda yang melihat; tayangan = jumlah kali tampil.",
    ),
    single(
        "hnh-m3-q5",
        "Unggahan informasi bansos mencapai jangkauan 4.000 akun dan 240 interaksi (suka, "
        "komentar, simpan, dan bagikan). Berapa tingkat interaksinya?",
        [
            ("0,6%", False,
             "Periksa lagi hitungannya: 240 ÷ 4.000 = 0,06, lalu dikalikan 100% menjadi 6%, "
             "bukan 0,6%."),
            ("6%", True,
             "Tepat. 240 ÷ 4.000 × 100% = 6%. Angka ini bisa dibandingkan dengan unggahan Anda "
             "sendiri di bulan-bulan sebelumnya."),
            ("16,7%", False,
             "Ini hasil membagi 4.000 dengan 240, kebalikan dari rumus yang benar. Interaksi "
             "dibagi jangkauan, bukan sebaliknya."),
            ("240%", False,
             "Jumlah interaksi tidak boleh langsung dianggap persen. Bagi dulu dengan jangkauan."),
        ],
        explanation="Tingkat interaksi = jumlah interaksi ÷ jangkauan × 100%.",
    ),
    multiple(
        "hnh-m3-q6",
        "Anda akan mengunggah infografis syarat pembuatan akta kelahiran. Langkah apa saja yang "
        "membuatnya lebih mudah diakses? (Pilih semua yang benar.)",
        [
            ("Menulis teks alternatif yang memuat syarat-syarat di dalam gambar.", True,
             "Tepat. Pembaca layar membacakan teks alternatif, sehingga warga tunanetra tetap "
             "mendapat daftar syaratnya."),
            ("Menuliskan ulang syarat utama di keterangan unggahan.", True,
             "Tepat. Informasi di keterangan bisa dibaca pembaca layar, disalin, dan tetap "
             "terbaca bila gambar gagal dimuat."),
            ("Memakai tagar #AktaKelahiranGratis, bukan #aktakelahirangratis.", True,
             "Tepat. Huruf kapital di awal kata membantu mata dan pembaca layar memisahkan kata."),
            ("Memadatkan semua syarat dalam huruf kecil agar muat di satu gambar.", False,
             "Huruf kecil dan padat sulit dibaca, terutama oleh lansia dan di layar ponsel. "
             "Lebih baik bagi menjadi beberapa slide."),
            ("Mengganti kata-kata penting dengan deretan emoji agar lebih menarik.", False,
             "Pembaca layar membacakan nama setiap emoji, sehingga pesan menjadi panjang dan "
             "membingungkan. Gunakan emoji secukupnya."),
        ],
        explanation="Aksesibilitas: teks alternatif, isi penting di keterangan, tagar berhuruf "
                    "kapital di awal kata, huruf besar dan kontras, serta emoji secukupnya.",
    ),
    single(
        "hnh-m3-q7",
        "Dinas Penanaman Modal ingin menjelaskan cara mengajukan izin usaha mikro secara daring "
        "langkah demi langkah. Format mana yang paling tepat sebagai unggahan utama?",
        [
            ("Foto pejabat saat rapat koordinasi perizinan.", False,
             "Foto rapat tidak menjelaskan langkah apa pun kepada pelaku usaha."),
            ("Video pendek yang memperagakan langkah-langkahnya, diberi takarir dan tautan ke "
             "laman resmi.", True,
             "Tepat. Video cocok untuk memperagakan langkah demi langkah; takarir membuatnya "
             "bisa dipahami tanpa suara, dan tautan membawa warga ke tempat bertindak."),
            ("Siaran langsung dua jam tanpa rekaman dan tanpa ringkasan.", False,
             "Siaran langsung cocok untuk tanya jawab, tetapi tanpa rekaman dan ringkasan, warga "
             "yang tidak sempat menonton kehilangan penjelasannya."),
            ("Satu paragraf teks panjang tanpa gambar.", False,
             "Langkah-langkah yang panjang dalam satu paragraf sulit diikuti di layar ponsel."),
        ],
        explanation="Pilih format menurut pesan: untuk langkah demi langkah, video pendek "
                    "bertakarir adalah pilihan yang kuat.",
    ),
    true_false(
        "hnh-m3-q8",
        "Mewajibkan semua pegawai menyukai setiap unggahan akun resmi adalah cara yang baik "
        "untuk menunjukkan kepada pimpinan bahwa informasi sudah menjangkau warga.",
        False,
        feedback_true="Kurang tepat. Suka dari pegawai sendiri hanya menggelembungkan angka. "
                      "Yang perlu dijangkau adalah warga, dan angka semu membuat evaluasi "
                      "menyesatkan.",
        feedback_false="Benar, pernyataan itu salah. Interaksi wajib dari pegawai adalah angka "
                       "semu. Ukurlah jangkauan ke warga, bagikan, dan komentar terjawab, serta "
                       "dampak nyata di loket.",
        explanation="Angka yang jujur membantu perbaikan; angka semu hanya menyenangkan sesaat.",
    ),
    single(
        "hnh-m3-q9",
        "Mana target media sosial yang paling baik untuk sebuah unit layanan?",
        [
            ("Menjadi akun paling viral se-provinsi tahun ini.", False,
             "Viral tidak sama dengan bermanfaat, dan target ini tidak punya ukuran awal "
             "yang jelas."),
            ("Menambah pengikut sebanyak-banyaknya.", False,
             "Tanpa angka, batas waktu, dan kaitan dengan layanan, target ini tidak bisa "
             "dievaluasi."),
            ("Dalam tiga bulan, 90% pertanyaan warga di kolom komentar dijawab dalam 1×24 jam, "
             "naik dari 60% saat ini.", True,
             "Tepat. Target ini berangkat dari kondisi awal, ukurannya jelas, punya batas waktu, "
             "dan langsung berkaitan dengan mutu layanan."),
            ("Mengunggah sesering mungkin setiap hari.", False,
             "Banyaknya unggahan bukan tujuan. Unggahan yang terlalu banyak justru bisa "
             "menenggelamkan informasi penting."),
        ],
        explanation="Target sederhana yang baik: berangkat dari kondisi awal, terukur, berbatas "
                    "waktu, dan terkait layanan.",
    ),
    single(
        "hnh-m3-q10",
        "Sebuah kementerian mengumumkan webinar nasional untuk ASN di seluruh Indonesia dengan "
        "tulisan \"Kamis, pukul 09.00\". Apa perbaikan paling penting?",
        [
            ("Menambahkan zona waktu, misalnya 09.00 WIB (10.00 WITA, 11.00 WIT).", True,
             "Tepat. Khalayak tersebar di tiga zona waktu; tanpa keterangan zona, peserta di "
             "Indonesia tengah dan timur bisa terlambat."),
            ("Mengganti gambar poster dengan warna yang lebih cerah.", False,
             "Warna poster bukan masalah utama. Informasi waktunya masih ambigu bagi peserta "
             "di luar WIB."),
            ("Menghapus jam agar peserta bertanya lewat pesan langsung.", False,
             "Menghapus informasi penting hanya menambah pertanyaan dan beban admin."),
            ("Mengunggahnya tepat pukul 09.00 pada hari webinar.", False,
             "Pengumuman di hari-H terlalu mendadak. Umumkan beberapa hari sebelumnya, lalu "
             "beri pengingat."),
        ],
        explanation="Waktu yang jelas menyebut tanggal, jam, dan zona waktu, dan diumumkan cukup "
                    "awal dengan pengingat.",
    ),
]

MODULE = module(
    "Menjangkau Warga: Khalayak, Format, dan Ukuran Keberhasilan",
    "modul-3-menjangkau-warga",
    "Mengenali siapa yang perlu dijangkau dan di mana mereka membaca, memperluas jangkauan "
    "lewat akun berpengikut besar dan jejaring warga, memilih format dan waktu yang tepat, "
    "membuat unggahan yang ramah disabilitas, lalu mengukur hasil dengan angka sederhana.",
    lessons=[
        lesson("Mengenal khalayak: siapa yang perlu mendengar Anda", "m3-mengenal-khalayak",
               10, LESSON_AUDIENCE),
        lesson("Memperluas jangkauan lewat jejaring dan kolaborasi", "m3-memperluas-jangkauan",
               9, LESSON_AMPLIFY),
        lesson("Format, waktu, dan aksesibilitas", "m3-format-waktu-aksesibilitas", 12,
               LESSON_FORMAT),
        lesson("Mengukur jangkauan dan menetapkan target sederhana", "m3-mengukur-jangkauan",
               10, LESSON_MEASURE),
    ],
    quiz_spec=quiz(
        "Kuis Modul 3: Menjangkau Warga",
        "m3-kuis-menjangkau-warga",
        QUESTIONS,
        intro="<p>Sepuluh soal tentang khalayak, jangkauan, format, aksesibilitas, dan ukuran "
              "keberhasilan. Sebagian besar berupa kasus. Nilai lulus 70.</p>",
        pass_mark=70,
    ),
)
