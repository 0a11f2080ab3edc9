from django.urls import path

from .views import assignments, dashboard, exports, staff

app_name = "compliance"

AGENCY = "dasbor/instansi/<int:agency_id>/"

urlpatterns = [
    path("dasbor/", dashboard.index, name="dashboard"),
    path(AGENCY, dashboard.agency_overview, name="agency_overview"),
    path(AGENCY + "unit/<int:unit_id>/", dashboard.unit_overview, name="unit_overview"),
    path(AGENCY + "pegawai/", staff.staff_list, name="staff_list"),
    path(AGENCY + "pegawai/<int:entry_id>/", staff.staff_member, name="staff_member"),
    path(
        AGENCY + "pegawai/<int:entry_id>/pengecualian/<int:assignment_id>/",
        staff.exempt,
        name="exempt",
    ),
    path(
        AGENCY + "pegawai/<int:entry_id>/pengecualian/<int:assignment_id>/cabut/",
        staff.lift_exemption,
        name="lift_exemption",
    ),
    path(AGENCY + "jp/", staff.jp_list, name="jp_list"),
    path(AGENCY + "penugasan/", assignments.assignment_list, name="assignments"),
    path(
        AGENCY + "penugasan/<int:assignment_id>/",
        assignments.assignment_edit,
        name="assignment_edit",
    ),
    path(
        AGENCY + "penugasan/<int:assignment_id>/tarik/",
        assignments.assignment_withdraw,
        name="assignment_withdraw",
    ),
    path(AGENCY + "ekspor/", exports.export_list, name="exports"),
    path("dasbor/ekspor/<int:export_id>/", exports.export_detail, name="export_detail"),
    path("dasbor/ekspor/<int:export_id>/status.json", exports.export_status, name="export_status"),
    path("dasbor/ekspor/<int:export_id>/unduh/", exports.export_download, name="export_download"),
]
