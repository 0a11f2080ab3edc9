"""A small sample course ("Pengantar Humas Digital untuk ASN", 2 JP).

Two modules, four lessons and two quizzes: a short first taste of the catalogue,
loaded by ``load_demo`` next to the full curriculum.
"""

from learning.curriculum import build

COURSE_TITLE = "Pengantar Humas Digital untuk ASN"
_text = build.p


def _question(kind, question_id, prompt, choices, explanation):
    """choices: (text, feedback) or (text, feedback, True) for a correct one."""
    builder = build.single if kind == "single_choice" else build.multiple
    return builder(question_id, prompt,
                   [(text, bool(rest and rest[0]), feedback) for text, feedback, *rest in choices],
                   explanation)


def _true_false(question_id, prompt, answer, feedback_true, feedback_false, explanation):
    return build.true_false(question_id, prompt, answer == "true", feedback_true,
                            feedback_false, explanation)


UU_KIP = "UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik"
UU_PELAYANAN_PUBLIK = "UU No. 25 Tahun 2009 tentang Pelayanan Publik"

LESSON_WHY = [
    _text("<p>Warga kini lebih sering mengenal instansi pemerintah dari linimasa daripada "
          "dari loket. Informasi jadwal layanan, syarat dokumen, atau program bantuan "
          "pertama kali mereka baca di Instagram, WhatsApp, atau TikTok, sering kali dari "
          "akun pribadi seorang pegawai, bukan dari akun resmi.</p>"
          "<p>Karena itu setiap ASN ikut menjadi wajah instansinya. Unggahan yang akurat "
          "dan santun menambah kepercayaan publik; unggahan yang keliru, walau tidak "
          "sengaja, bisa menyebar lebih cepat daripada klarifikasinya.</p>"),
    {"type": "regulation", "value": {
        "regulation": UU_KIP, "article": "Pasal 7 ayat (1)",
        "text": "Badan Publik wajib menyediakan, memberikan dan/atau menerbitkan Informasi "
                "Publik yang berada di bawah kewenangannya kepada Pemohon Informasi Publik, "
                "selain informasi yang dikecualikan sesuai dengan ketentuan.",
    }},
    _text("<p>Kewajiban membuka informasi ada pada badan publik, dan badan publik bekerja "
          "melalui pegawainya. Membagikan informasi resmi dengan benar adalah bagian dari "
          "pelayanan, bukan sekadar kegiatan bagian humas.</p>"),
    {"type": "callout", "value": {
        "kind": "tip", "title": "Mulai dari yang Anda kuasai",
        "text": "<p>Anda tidak perlu membahas semua kebijakan. Bagikan informasi layanan di "
                "unit kerja Anda sendiri: jam buka, syarat, dan kanal pengaduan. Itulah "
                "informasi yang paling dicari warga.</p>",
    }},
    {"type": "key_takeaways", "value": {"items": [
        "Setiap ASN ikut membentuk citra instansinya di media sosial.",
        "Keterbukaan informasi publik adalah kewajiban badan publik.",
        "Bagikan informasi resmi yang Anda pahami, dari sumber resmi.",
    ]}},
]

LESSON_ETHICS = [
    _text("<p>Akun pribadi tetap akun pribadi, tetapi warga tahu Anda bekerja di "
          "instansi pemerintah. Apa yang Anda tulis dibaca sebagai sikap seorang ASN. "
          "Pegang tiga prinsip: <strong>akurat</strong> (cek sumber resmi), "
          "<strong>santun</strong> (hormati semua warga), dan <strong>netral</strong> "
          "(tidak berpihak dalam politik praktis).</p>"),
    {"type": "do_dont", "value": {
        "title": "Bermedia sosial sebagai ASN",
        "do_items": [
            "Membagikan ulang informasi dari akun resmi instansi.",
            "Mengecek tanggal dan sumber sebelum meneruskan pesan berantai.",
            "Mengarahkan keluhan warga ke kanal pengaduan resmi.",
        ],
        "dont_items": [
            "Mengunggah dokumen internal atau data pribadi warga.",
            "Ikut menyebarkan kabar yang belum jelas kebenarannya.",
            "Mendukung atau menyerang peserta pemilu di media sosial.",
        ],
    }},
    {"type": "social_post", "value": {
        "platform": "whatsapp", "account_name": "Grup Warga RW 05", "handle": "",
        "text": "PENTING!!! Besok semua KTP lama tidak berlaku, wajib ganti ke kantor "
                "kecamatan sebelum jam 12. Sebarkan ke semua grup!!!",
        "image_alt": "", "verdict": "bad",
        "comment": "Tanpa sumber, tanpa tanggal, dan memicu kepanikan. Jangan diteruskan; "
                   "cek situs atau akun resmi Dukcapil terlebih dahulu.",
    }},
    {"type": "checklist", "value": {
        "title": "Sebelum menekan tombol bagikan",
        "items": [
            "Sumbernya akun atau situs resmi.",
            "Tanggal dan isinya masih berlaku.",
            "Tidak memuat data pribadi atau dokumen internal.",
            "Bahasanya santun dan tidak menyudutkan siapa pun.",
        ],
    }},
    {"type": "key_takeaways", "value": {"items": [
        "Akun pribadi ASN tetap dibaca publik sebagai suara aparatur.",
        "Akurat, santun, netral.",
        "Ragu? Jangan bagikan sebelum dicek ke sumber resmi.",
    ]}},
]

LESSON_WRITING = [
    _text("<p>Unggahan layanan yang baik menjawab pertanyaan warga sebelum mereka "
          "bertanya: <em>apa</em>, <em>kapan</em>, <em>di mana</em>, <em>syaratnya apa</em>, "
          "dan <em>ke mana bertanya</em>. Tulis kalimat pendek, letakkan informasi "
          "terpenting di awal, dan hindari singkatan internal.</p>"),
    {"type": "social_post", "value": {
        "platform": "instagram", "account_name": "Dinas Kependudukan Kota Contoh",
        "handle": "disdukcapil.contoh",
        "text": "Mulai Senin, 3 Maret, layanan perekaman KTP elektronik buka sampai pukul "
                "19.00 di Mal Pelayanan Publik lantai 2. Bawa fotokopi Kartu Keluarga. "
                "Pertanyaan? Hubungi 0800-000-000 (gratis).",
        "image_alt": "", "verdict": "good",
        "comment": "Lengkap dan ringkas: waktu, tempat, syarat, dan kontak ada dalam "
                   "tiga kalimat.",
    }},
    {"type": "checklist", "value": {
        "title": "Unggahan layanan yang jelas",
        "items": [
            "Informasi terpenting ada di kalimat pertama.",
            "Tanggal, jam, dan tempat ditulis lengkap.",
            "Syarat dokumen disebutkan.",
            "Ada kontak atau tautan resmi untuk bertanya.",
        ],
    }},
    {"type": "callout", "value": {
        "kind": "warning", "title": "Hati-hati dengan tangkapan layar",
        "text": "<p>Periksa ulang tangkapan layar sebelum diunggah: nomor telepon, NIK, "
                "atau nama warga sering tidak sengaja ikut terlihat.</p>",
    }},
    {"type": "practice_assignment", "id": "tugas-tulis-ulang-pengumuman", "value": {
        "title": "Tulis ulang pengumuman layanan",
        "prompt": "<p>Pilih satu layanan di unit kerja Anda. Tulis pengumuman untuk "
                  "media sosial (maksimal 80 kata) yang memuat apa, kapan, di mana, "
                  "syarat, dan kontak. Bila sudah diunggah, lampirkan tautannya.</p>",
        "allow_link": True,
    }},
    {"type": "key_takeaways", "value": {"items": [
        "Jawab apa, kapan, di mana, syarat, dan kontak.",
        "Informasi terpenting di awal, kalimat pendek.",
        "Periksa data pribadi sebelum mengunggah.",
    ]}},
]

LESSON_RESPONDING = [
    _text("<p>Komentar dan kritik warga adalah masukan gratis tentang layanan kita. "
          "Tanggapan yang cepat dan sopan sering meredakan kemarahan, sedangkan diam atau "
          "membalas dengan emosi justru memperbesar masalah.</p>"),
    {"type": "regulation", "value": {
        "regulation": UU_PELAYANAN_PUBLIK, "article": "Pasal 36 ayat (1)",
        "text": "Penyelenggara berkewajiban menyediakan sarana pengaduan dan menugaskan "
                "pelaksana yang kompeten dalam pengelolaan pengaduan.",
    }},
    {"type": "do_dont", "value": {
        "title": "Menanggapi kritik",
        "do_items": [
            "Ucapkan terima kasih dan akui keluhannya.",
            "Jelaskan langkah tindak lanjut dan perkiraan waktunya.",
            "Pindahkan percakapan yang memuat data pribadi ke pesan langsung.",
        ],
        "dont_items": [
            "Membalas dengan nada marah atau menyindir.",
            "Menghapus komentar kritis yang tidak melanggar aturan.",
            "Berjanji hal yang di luar kewenangan Anda.",
        ],
    }},
    {"type": "social_post", "value": {
        "platform": "x", "account_name": "Pemerintah Kota Contoh", "handle": "pemkotcontoh",
        "text": "Terima kasih atas laporannya, Kak. Lampu jalan di Jl. Merdeka sudah kami "
                "teruskan ke Dinas Perhubungan dan dijadwalkan diperbaiki Kamis ini. "
                "Kami kabari lagi setelah selesai.",
        "image_alt": "", "verdict": "good",
        "comment": "Berterima kasih, menyebut tindak lanjut dan waktunya, dan berjanji "
                   "memberi kabar.",
    }},
    {"type": "key_takeaways", "value": {"items": [
        "Kritik adalah masukan; tanggapi dengan cepat dan santun.",
        "Sebutkan tindak lanjut yang nyata dan waktunya.",
        "Data pribadi dibahas lewat kanal tertutup.",
    ]}},
]

QUIZ_MODULE_1 = [
    _question("single_choice", "m1-q1", "Siapa yang ikut membentuk citra instansi di media "
              "sosial?", [
                  ("Hanya pegawai bagian humas", "Kurang tepat. Warga juga membaca unggahan "
                   "pegawai di luar bagian humas."),
                  ("Setiap ASN di instansi tersebut", "Tepat. Setiap pegawai dibaca publik "
                   "sebagai wajah instansinya.", True),
                  ("Hanya pimpinan instansi", "Kurang tepat. Pimpinan penting, tetapi "
                   "unggahan pegawai lain juga berpengaruh."),
              ], "Kehumasan bukan hanya tugas biro humas: setiap ASN adalah humas "
                 "instansinya."),
    _true_false("m1-q2", "Badan publik wajib menyediakan informasi publik di bawah "
                "kewenangannya, kecuali informasi yang dikecualikan.", "true",
                "Benar. Ini bunyi Pasal 7 ayat (1) UU Keterbukaan Informasi Publik.",
                "Kurang tepat. UU No. 14 Tahun 2008 justru mewajibkannya.",
                "Lihat kutipan UU No. 14 Tahun 2008 Pasal 7 ayat (1) di pelajaran pertama."),
    _question("multiple_choice", "m1-q3", "Mana saja yang sebaiknya Anda lakukan sebelum "
              "membagikan sebuah informasi? (pilih semua yang benar)", [
                  ("Memastikan sumbernya resmi", "Tepat. Sumber resmi adalah pegangan "
                   "utama.", True),
                  ("Memeriksa tanggal dan apakah masih berlaku", "Tepat. Informasi lama "
                   "sering beredar ulang.", True),
                  ("Langsung meneruskan agar cepat sampai", "Kurang tepat. Kecepatan tanpa "
                   "pengecekan menyebarkan kabar keliru."),
                  ("Memastikan tidak ada data pribadi warga", "Tepat. Data pribadi tidak "
                   "boleh ikut tersebar.", True),
              ], "Cek sumber, tanggal, dan data pribadi sebelum membagikan."),
    _question("single_choice", "m1-q4", "Anda menerima pesan berantai tanpa sumber tentang "
              "perubahan aturan KTP. Apa tindakan terbaik?", [
                  ("Meneruskannya ke semua grup agar warga waspada", "Kurang tepat. Pesan "
                   "tanpa sumber bisa menimbulkan kepanikan."),
                  ("Mengecek ke situs atau akun resmi sebelum menanggapi", "Tepat. "
                   "Konfirmasi ke sumber resmi dulu.", True),
                  ("Mengabaikannya dan tidak memberi tahu siapa pun", "Belum tepat. Lebih "
                   "baik cek dulu, lalu bagikan klarifikasi resmi bila ada."),
              ], "Ragu? Jangan bagikan sebelum dicek ke sumber resmi."),
]

QUIZ_MODULE_2 = [
    _question("single_choice", "m2-q1", "Apa yang sebaiknya ada di kalimat pertama "
              "unggahan layanan?", [
                  ("Salam pembuka yang panjang", "Kurang tepat. Salam boleh, tetapi "
                   "jangan menunda informasi utama."),
                  ("Informasi terpenting: apa dan kapan", "Tepat. Banyak warga hanya "
                   "membaca kalimat pertama.", True),
                  ("Daftar tagar", "Kurang tepat. Tagar melengkapi, bukan isi utama."),
              ], "Letakkan informasi terpenting di awal."),
    _question("multiple_choice", "m2-q2", "Unsur mana yang membuat pengumuman layanan "
              "lengkap? (pilih semua yang benar)", [
                  ("Waktu dan tempat layanan", "Tepat.", True),
                  ("Syarat dokumen", "Tepat.", True),
                  ("Kontak atau tautan resmi untuk bertanya", "Tepat.", True),
                  ("Nama dan NIK warga yang sudah dilayani", "Kurang tepat. Itu data "
                   "pribadi dan tidak boleh diunggah."),
              ], "Apa, kapan, di mana, syarat, dan kontak, tanpa data pribadi."),
    _true_false("m2-q3", "Komentar kritis warga sebaiknya dihapus agar akun instansi "
                "terlihat baik.", "false",
                "Kurang tepat. Menghapus kritik yang sah merusak kepercayaan.",
                "Tepat. Tanggapi kritik dengan sopan dan tindak lanjut yang nyata.",
                "Kritik yang tidak melanggar aturan ditanggapi, bukan dihapus."),
    _question("single_choice", "m2-q4", "Warga mengeluh di kolom komentar dan menyebut "
              "nomor pengaduannya beserta alamat rumah. Apa langkah terbaik?", [
                  ("Membalas di kolom komentar dengan mengulang alamatnya", "Kurang "
                   "tepat. Data pribadi jadi makin tersebar."),
                  ("Berterima kasih, lalu mengajak melanjutkan lewat pesan langsung",
                   "Tepat. Data pribadi dibahas di kanal tertutup.", True),
                  ("Tidak membalas sama sekali", "Kurang tepat. Keluhan perlu "
                   "ditanggapi."),
              ], "Tanggapi secara terbuka dengan sopan, bahas data pribadi secara tertutup."),
]

COURSE_OUTLINE = [
    ("Setiap ASN adalah Humas", "Mengapa komunikasi publik menjadi tugas semua pegawai.", [
        ("Mengapa ASN perlu peduli media sosial", 10, LESSON_WHY),
        ("Etika bermedia sosial bagi ASN", 12, LESSON_ETHICS),
    ], ("Kuis Modul 1", QUIZ_MODULE_1)),
    ("Pesan yang Jelas dan Tanggapan yang Santun",
     "Menulis unggahan layanan dan menanggapi komentar warga.", [
         ("Menulis unggahan layanan yang jelas", 15, LESSON_WRITING),
         ("Menanggapi komentar dan kritik warga", 12, LESSON_RESPONDING),
     ], ("Kuis Modul 2", QUIZ_MODULE_2)),
]


def _module(number, title, summary, lessons, quiz_spec):
    quiz_title, questions = quiz_spec
    return {
        "title": title, "slug": f"modul-{number}", "summary": summary,
        "lessons": [
            {"title": lesson_title, "slug": f"pelajaran-{number}-{index}",
             "minutes": minutes, "body": body}
            for index, (lesson_title, minutes, body) in enumerate(lessons, start=1)
        ],
        "quiz": {"title": quiz_title, "slug": f"kuis-modul-{number}", "questions": questions,
                 "intro": "<p>Empat soal. Nilai lulus 70.</p>", "pass_mark": 70,
                 "attempt_limit": 0, "draw_count": None, "time_limit_minutes": None},
    }


COURSE = {
    "title": COURSE_TITLE,
    "slug": "pengantar-humas-digital",
    "jp": 2,
    "duration_minutes": 90,
    "level": "dasar",
    "mandatory_for_all": False,
    "category": ("Komunikasi Publik", "komunikasi-publik",
                 "Menyampaikan informasi kebijakan dan layanan kepada publik dengan jelas, "
                 "akurat, dan santun."),
    "summary": ("Dasar kehumasan digital bagi setiap ASN: mengapa Anda ikut menjadi wajah "
                "instansi, etika bermedia sosial, menulis unggahan layanan yang jelas, dan "
                "menanggapi warga dengan santun."),
    "objectives": ("<ul><li>Menjelaskan peran setiap ASN dalam komunikasi publik.</li>"
                   "<li>Menerapkan etika bermedia sosial sebagai aparatur.</li>"
                   "<li>Menulis unggahan layanan yang lengkap dan mudah dipahami.</li>"
                   "<li>Menanggapi komentar dan kritik warga dengan tepat.</li></ul>"),
    "modules": [_module(number, *outline) for number, outline in enumerate(COURSE_OUTLINE, 1)],
}
