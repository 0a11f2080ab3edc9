"""Course 2: "Literasi Digital Dasar untuk ASN" (3 JP).

Three modules following the four pillars of Indonesia's national digital
literacy framework (skills, safety, ethics, culture).
"""

from . import module_1_skills, module_2_safety, module_3_ethics_culture

COURSE = {
    "title": "Literasi Digital Dasar untuk ASN",
    "slug": "literasi-digital-dasar-asn",
    "jp": 3,
    "duration_minutes": 135,
    "level": "dasar",
    "mandatory_for_all": False,
    "category": ("Literasi Digital", "literasi-digital",
                 "Kecakapan, keamanan, etika, dan budaya digital bagi aparatur."),
    "cover_image": "cover-literasi-digital.svg",
    "summary": (
        "Bekal digital sehari-hari untuk ASN: memakai perangkat dan layanan digital dengan "
        "cakap, menjaga akun dan data tetap aman, serta beretika dan berbudaya di ruang digital."
    ),
    "objectives": (
        "<ul>"
        "<li>Mencari, menilai, dan mengelola informasi digital dengan cakap.</li>"
        "<li>Melindungi akun, perangkat, dan data pribadi dari ancaman umum.</li>"
        "<li>Berperilaku etis dan menjaga budaya digital yang sehat sebagai aparatur.</li>"
        "</ul>"
    ),
    "modules": [
        module_1_skills.MODULE,
        module_2_safety.MODULE,
        module_3_ethics_culture.MODULE,
    ],
}
