"""StreamField blocks for lessons and quiz questions.

Every lesson block renders through its own template in
``courses/templates/courses/blocks/``; templates only render values. Quiz
question blocks are never rendered to learners directly: the learning app takes
a snapshot of them when an attempt starts and renders that, without the answers.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]


def _choice_label(choice_block, value):
    """The human label of a ChoiceBlock value, for templates that show it."""
    return dict(choice_block.field.choices).get(value, value)


# --- Lesson blocks --------------------------------------------------------------


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Judul"), max_length=150)
    level = blocks.ChoiceBlock(
        label=_("Tingkat"), choices=[("h2", "H2"), ("h3", "H3")], default="h2"
    )

    class Meta:
        icon = "title"
        label = _("Judul bagian")
        template = "courses/blocks/heading.html"
        preview_value = {"text": "Mengapa setiap ASN adalah humas", "level": "h2"}
        description = _("Judul untuk memecah materi menjadi bagian.")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Gambar"))
    alt_text = blocks.CharBlock(
        label=_("Teks alternatif"),
        max_length=250,
        help_text=_("Jelaskan isi gambar untuk pembaca layar."),
    )
    caption = blocks.CharBlock(
        label=pgettext_lazy("image caption", "Keterangan"), required=False, max_length=250
    )
    credit = blocks.CharBlock(label=_("Sumber / kredit"), required=False, max_length=150)

    class Meta:
        icon = "image"
        label = _("Gambar")
        template = "courses/blocks/image.html"
        description = _("Gambar dengan keterangan dan kredit.")


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Tautan video"), help_text=_("Mis. tautan YouTube."))
    title = blocks.CharBlock(label=_("Judul video"), max_length=150)
    transcript = blocks.RichTextBlock(
        label=_("Transkrip"),
        features=RICH_FEATURES,
        help_text=_("Wajib: peserta dengan koneksi lambat atau tunarungu membaca transkrip."),
    )

    class Meta:
        icon = "media"
        label = _("Video dengan transkrip")
        template = "courses/blocks/video.html"
        description = _("Video tersemat beserta transkripnya.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Dokumen"))
    title = blocks.CharBlock(label=_("Judul tautan"), max_length=150)
    description = blocks.TextBlock(
        label=pgettext_lazy("document description", "Keterangan"), required=False
    )

    class Meta:
        icon = "doc-full"
        label = _("Unduhan dokumen")
        template = "courses/blocks/document.html"
        description = _("Tautan unduhan ke dokumen, mis. salinan peraturan.")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Jenis"),
        choices=[("tip", _("Tips")), ("warning", _("Perhatian"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("Judul"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Isi"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        label = _("Tips / perhatian")
        template = "courses/blocks/callout.html"
        preview_value = {
            "kind": "tip",
            "title": "Tips",
            "text": "<p>Balas komentar warganet dalam 1×24 jam.</p>",
        }
        description = _("Kotak tips atau peringatan.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["kind_label"] = _choice_label(self.child_blocks["kind"], value["kind"])
        return context


class RegulationQuoteBlock(blocks.StructBlock):
    regulation = blocks.CharBlock(
        label=_("Peraturan"),
        max_length=200,
        help_text=_("Mis. UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik"),
    )
    article = blocks.CharBlock(
        label=_("Pasal / ayat"), max_length=100, help_text=_("Mis. Pasal 7 ayat (1)")
    )
    text = blocks.TextBlock(label=_("Bunyi pasal"))

    class Meta:
        icon = "openquote"
        label = _("Kutipan peraturan")
        template = "courses/blocks/regulation_quote.html"
        preview_value = {
            "regulation": "UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
            "article": "Pasal 7 ayat (1)",
            "text": "Badan Publik wajib menyediakan, memberikan dan/atau menerbitkan "
            "Informasi Publik yang berada di bawah kewenangannya kepada Pemohon "
            "Informasi Publik, selain informasi yang dikecualikan sesuai dengan "
            "ketentuan.",
        }
        description = _("Kutipan pasal peraturan dengan nomor pasalnya.")


class DoDontBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Judul"), required=False, max_length=120)
    do_items = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Lakukan"))
    dont_items = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Hindari"))

    class Meta:
        icon = "tasks"
        label = _("Lakukan / hindari")
        template = "courses/blocks/do_dont.html"
        preview_value = {
            "title": "Membalas kritik",
            "do_items": ["Ucapkan terima kasih", "Beri data dan tindak lanjut"],
            "dont_items": ["Membalas dengan emosi", "Menghapus komentar kritis"],
        }
        description = _("Perbandingan yang benar dan yang keliru.")


class SocialPostBlock(blocks.StructBlock):
    platform = blocks.ChoiceBlock(
        label=_("Platform"),
        choices=[
            ("instagram", "Instagram"),
            ("x", "X (Twitter)"),
            ("facebook", "Facebook"),
            ("tiktok", "TikTok"),
            ("youtube", "YouTube"),
            ("whatsapp", "WhatsApp"),
        ],
    )
    account_name = blocks.CharBlock(label=_("Nama akun"), max_length=80)
    handle = blocks.CharBlock(
        label=_("Nama pengguna"), max_length=60, required=False, help_text=_("Tanpa @")
    )
    text = blocks.TextBlock(label=_("Isi unggahan"))
    image = ImageChooserBlock(label=_("Gambar unggahan"), required=False)
    image_alt = blocks.CharBlock(label=_("Teks alternatif gambar"), required=False, max_length=250)
    verdict = blocks.ChoiceBlock(
        label=_("Penilaian"),
        choices=[
            ("good", _("Contoh baik")),
            ("bad", _("Contoh buruk")),
            ("neutral", _("Tanpa penilaian")),
        ],
        default="neutral",
    )
    comment = blocks.TextBlock(label=_("Catatan pelatih"), required=False)

    class Meta:
        icon = "comment"
        label = _("Contoh unggahan media sosial")
        template = "courses/blocks/social_post.html"
        preview_value = {
            "platform": "instagram",
            "account_name": "Dinas Kominfo Kota Contoh",
            "handle": "diskominfo.contoh",
            "verdict": "good",
            "text": "Mulai Senin, layanan KTP elektronik buka sampai pukul 19.00. "
            "Bawa fotokopi KK. Info: 0800-000-000 #LayananPublik",
        }
        description = _("Ditampilkan seperti kartu unggahan, dengan penilaian baik/buruk.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["platform_label"] = _choice_label(self.child_blocks["platform"], value["platform"])
        context["verdict_label"] = _choice_label(self.child_blocks["verdict"], value["verdict"])
        return context


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Judul"), max_length=120)
    items = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Butir"))

    class Meta:
        icon = "list-ul"
        label = _("Daftar periksa")
        template = "courses/blocks/checklist.html"
        preview_value = {
            "title": "Sebelum mengunggah",
            "items": ["Data sudah dicek", "Tidak ada data pribadi warga"],
        }
        description = _("Daftar periksa yang bisa dicentang peserta.")


class KeyTakeawaysBlock(blocks.StructBlock):
    items = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Poin penting"))

    class Meta:
        icon = "pick"
        label = _("Poin penting")
        template = "courses/blocks/key_takeaways.html"
        preview_value = {"items": ["Setiap ASN adalah humas", "Komunikasi dua arah"]}
        description = _("Ringkasan poin penting di akhir pelajaran.")


class PracticeAssignmentBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Judul tugas"), max_length=150)
    prompt = blocks.RichTextBlock(label=_("Instruksi"), features=RICH_FEATURES)
    allow_link = blocks.BooleanBlock(
        label=_("Boleh melampirkan tautan unggahan"), required=False, default=True
    )

    class Meta:
        icon = "edit"
        label = _("Tugas praktik")
        template = "courses/blocks/practice_assignment.html"
        preview_value = {
            "title": "Tulis ulang unggahan",
            "prompt": "<p>Tulis ulang pengumuman jadwal layanan instansi Anda agar jelas "
            "dan ramah dibaca di ponsel.</p>",
            "allow_link": True,
        }
        description = _("Peserta menulis jawaban yang ditinjau pelatih.")


class LessonStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Teks"),
        features=RICH_FEATURES,
        icon="pilcrow",
        template="courses/blocks/paragraph.html",
    )
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
    regulation = RegulationQuoteBlock()
    do_dont = DoDontBlock()
    social_post = SocialPostBlock()
    checklist = ChecklistBlock()
    key_takeaways = KeyTakeawaysBlock()
    practice_assignment = PracticeAssignmentBlock()


# --- Quiz questions -----------------------------------------------------------


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Pilihan"), max_length=300)
    is_correct = blocks.BooleanBlock(label=_("Jawaban benar"), required=False)
    feedback = blocks.TextBlock(
        label=_("Umpan balik"),
        help_text=_("Ditampilkan setelah kuis dikumpulkan, bila peserta memilih pilihan ini."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Pilihan jawaban")


class _ChoiceQuestionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("Pertanyaan"))
    choices = blocks.ListBlock(ChoiceBlock(), label=_("Pilihan"), min_num=2)
    explanation = blocks.TextBlock(
        label=_("Pembahasan"),
        required=False,
        help_text=_("Penjelasan umum yang ditampilkan setelah kuis dikumpulkan."),
    )

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for choice in value["choices"] if choice["is_correct"])
        if correct == 0:
            raise StructBlockValidationError(
                non_block_errors=[
                    ValidationError(_("Tandai minimal satu pilihan sebagai jawaban benar."))
                ]
            )
        self.check_correct_count(correct)
        return value

    def check_correct_count(self, correct):
        """Hook for question types with a stricter rule."""


class SingleChoiceQuestionBlock(_ChoiceQuestionBlock):
    def check_correct_count(self, correct):
        if correct > 1:
            raise StructBlockValidationError(
                non_block_errors=[
                    ValidationError(_("Soal pilihan tunggal hanya boleh punya satu jawaban benar."))
                ]
            )

    class Meta:
        icon = "radio-full"
        label = _("Pilihan tunggal")


class MultipleChoiceQuestionBlock(_ChoiceQuestionBlock):
    class Meta:
        icon = "tick-inverse"
        label = _("Pilihan ganda (lebih dari satu benar)")


class TrueFalseQuestionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("Pernyataan"))
    answer = blocks.ChoiceBlock(
        label=_("Jawaban benar"),
        choices=[
            ("true", pgettext_lazy("true/false answer", "Benar")),
            ("false", pgettext_lazy("true/false answer", "Salah")),
        ],
    )
    feedback_true = blocks.TextBlock(label=_('Umpan balik bila menjawab "Benar"'))
    feedback_false = blocks.TextBlock(label=_('Umpan balik bila menjawab "Salah"'))
    explanation = blocks.TextBlock(label=_("Pembahasan"), required=False)

    class Meta:
        icon = "help"
        label = _("Benar / salah")


class QuestionStreamBlock(blocks.StreamBlock):
    single_choice = SingleChoiceQuestionBlock()
    multiple_choice = MultipleChoiceQuestionBlock()
    true_false = TrueFalseQuestionBlock()


def question_snapshot(block):
    """A plain-data copy of one question block, answers included.

    The learning app stores it in the attempt so later edits to the quiz never
    rewrite anyone's past result, and renders it without the answers.
    """
    value = block.value
    if block.block_type == "true_false":
        choices = [
            {
                "id": "true",
                "text": "Benar",  # source text; shown translated (learning's quiz pages)
                "is_correct": value["answer"] == "true",
                "feedback": value["feedback_true"],
            },
            {
                "id": "false",
                "text": "Salah",
                "is_correct": value["answer"] == "false",
                "feedback": value["feedback_false"],
            },
        ]
    else:
        # Choices saved in the pre-2.16 list format have no ids; fall back to position.
        choices = [
            {
                "id": child.id or str(index),
                "text": child.value["text"],
                "is_correct": bool(child.value["is_correct"]),
                "feedback": child.value["feedback"],
            }
            for index, child in enumerate(value["choices"].bound_blocks)
        ]
    return {
        "id": block.id,
        "type": block.block_type,
        "prompt": value["prompt"],
        "explanation": value.get("explanation") or "",
        "choices": choices,
    }
