from django.urls import include, path

from .views import accounts, roster, signup_api, staff, unit_admins

app_name = "learning"

urlpatterns = [
    path("", include("learning.quiz_urls")),
    path("", include("learning.progress_urls")),
    path("akun/profil/", accounts.profile, name="profile"),
    path("akun/profil/instansi/", accounts.profile_agency, name="profile_agency"),
    path("api/instansi/<int:agency_id>/unit/", signup_api.agency_units, name="agency_units"),
    path("dasbor/instansi/<int:agency_id>/roster/", roster.roster_list, name="roster_list"),
    path(
        "dasbor/instansi/<int:agency_id>/roster/unggah/", roster.roster_upload, name="roster_upload"
    ),
    path(
        "dasbor/instansi/<int:agency_id>/roster/templat.csv",
        roster.roster_template,
        name="roster_template",
    ),
    path(
        "dasbor/instansi/<int:agency_id>/roster/impor/<int:import_id>/",
        roster.import_detail,
        name="roster_import",
    ),
    path(
        "dasbor/instansi/<int:agency_id>/roster/impor/<int:import_id>/status.json",
        roster.import_status,
        name="roster_import_status",
    ),
    path(
        "dasbor/instansi/<int:agency_id>/roster/impor/<int:import_id>/terapkan/",
        roster.import_apply,
        name="roster_import_apply",
    ),
    path(
        "dasbor/instansi/<int:agency_id>/roster/impor/<int:import_id>/batalkan/",
        roster.import_cancel,
        name="roster_import_cancel",
    ),
    path(
        "dasbor/instansi/<int:agency_id>/roster/impor/<int:import_id>/berkas/",
        roster.import_file,
        name="roster_import_file",
    ),
    path(
        "dasbor/instansi/<int:agency_id>/roster/impor/<int:import_id>/kesalahan.csv",
        roster.import_errors_csv,
        name="roster_import_errors",
    ),
    path("dasbor/instansi/<int:agency_id>/pegawai-baru/", staff.pending_list, name="pending_staff"),
    path(
        "dasbor/instansi/<int:agency_id>/pegawai-baru/<int:user_id>/",
        staff.pending_decide,
        name="pending_staff_decide",
    ),
    path(
        "dasbor/instansi/<int:agency_id>/admin-unit/",
        unit_admins.unit_admin_list,
        name="unit_admins",
    ),
    path(
        "dasbor/instansi/<int:agency_id>/admin-unit/<int:appointment_id>/cabut/",
        unit_admins.unit_admin_revoke,
        name="unit_admin_revoke",
    ),
]
