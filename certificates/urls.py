from django.urls import path

from .views import agency, learner, public

app_name = "certificates"

urlpatterns = [
    path("verifikasi/", public.lookup, name="lookup"),
    path("verifikasi/<str:code>/", public.verify, name="verify"),
    path("sertifikat/<int:certificate_id>/unduh/", learner.download, name="download"),
    path("sertifikat/penerbit.json", public.badge_issuer, name="badge_issuer"),
    path("sertifikat/kursus/<int:course_id>/badge.json", public.badge_class, name="badge_class"),
    path("sertifikat/<str:code>/badge.json", public.badge_assertion, name="badge_assertion"),
    path(
        "dasbor/instansi/<int:agency_id>/sertifikat/", agency.certificate_list, name="agency_list"
    ),
    path(
        "dasbor/instansi/<int:agency_id>/sertifikat/siasn.csv",
        agency.export_csv,
        name="agency_export_csv",
    ),
    path(
        "dasbor/instansi/<int:agency_id>/sertifikat/siasn.xlsx",
        agency.export_xlsx,
        name="agency_export_xlsx",
    ),
]
