"""The learner's own data (UU 27/2022): download and account deletion, under /akun/."""

from django.urls import path

from .views import privacy

app_name = "privacy"

urlpatterns = [
    path("data-saya/", privacy.data_download, name="data_download"),
    path("hapus-akun/", privacy.delete_account, name="delete_account"),
]
