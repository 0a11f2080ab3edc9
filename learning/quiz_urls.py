"""Quiz taking URLs (included into learning.urls, same namespace)."""

urlpatterns = []
