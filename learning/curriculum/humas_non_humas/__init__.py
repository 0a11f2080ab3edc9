"""Course 1: "Humas untuk Non-Humas: Setiap ASN Adalah Humas Instansinya" (6 JP).

Grounded in the articles in ``shared/materials`` and the public rules they name
(UU 14/2008, Inpres 9/2015, UU ITE, UU 27/2022); every sentence is our own.
"""

from . import (
    module_1_why,
    module_2_accounts,
    module_3_reach,
    module_4_disclosure,
    module_5_monev,
    module_6_media_budget,
    module_7_criticism_law,
)

COURSE = {
    "title": "Humas untuk Non-Humas: Setiap ASN Adalah Humas Instansinya",
    "slug": "humas-untuk-non-humas",
    "jp": 6,
    "duration_minutes": 270,
    "level": "dasar",
    "mandatory_for_all": True,
    "category": ("Komunikasi Publik", "komunikasi-publik",
                 "Menyampaikan informasi kebijakan dan layanan kepada publik dengan jelas, "
                 "akurat, dan santun."),
    "cover_image": "cover-humas-non-humas.svg",
    "summary": (
        "Kursus dasar bagi setiap ASN, bukan hanya pegawai humas: mengapa Anda ikut menjadi "
        "wajah instansi, cara mengelola akun resmi dan pribadi, menjangkau warga, membuka "
        "informasi publik sesuai UU 14/2008, memantau percakapan, memilih media secara "
        "akuntabel, serta menanggapi kritik dan hoaks dengan tetap taat hukum."
    ),
    "objectives": (
        "<ul>"
        "<li>Menjelaskan pergeseran humas pemerintah dari satu arah menjadi dua arah dan "
        "partisipatif, serta tiga peran humas pemerintah.</li>"
        "<li>Mengelola akun resmi dan akun pribadi dengan nada dan keamanan yang tepat.</li>"
        "<li>Merencanakan unggahan yang menjangkau khalayak yang tepat dan mengukur hasilnya.</li>"
        "<li>Menerapkan keterbukaan informasi publik dan tahu informasi yang dikecualikan.</li>"
        "<li>Memantau dan mengevaluasi media sosial lalu melaporkannya kepada pimpinan.</li>"
        "<li>Memilih media dan membelanjakan anggaran publikasi secara akuntabel.</li>"
        "<li>Menanggapi kritik dan hoaks dengan santun, taat UU ITE dan UU PDP.</li>"
        "</ul>"
    ),
    "modules": [
        module_1_why.MODULE,
        module_2_accounts.MODULE,
        module_3_reach.MODULE,
        module_4_disclosure.MODULE,
        module_5_monev.MODULE,
        module_6_media_budget.MODULE,
        module_7_criticism_law.MODULE,
    ],
}
