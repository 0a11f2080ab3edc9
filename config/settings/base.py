"""Settings shared by every environment.

Configuration comes from the environment (django-environ). Defaults here suit a
developer's laptop: SQLite, eager Celery, console email. Production overrides
what must be secret or strict in ``production.py``.
"""

from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF, UNSAFE_INLINE

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

# --- Core -----------------------------------------------------------------

SECRET_KEY = env("DJANGO_SECRET_KEY", default="dev-only-insecure-key-change-me")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "learning.User"
SITE_ID = 1

# --- Applications -----------------------------------------------------------

DJANGO_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.humanize",
]
THIRD_PARTY_APPS = [
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "learning.apps.UsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "csp",
]
LOCAL_APPS = [
    "home",
    "courses",
    "learning",
    "certificates",
    "compliance",
]
# Local apps first so their templates override third-party ones.
INSTALLED_APPS = LOCAL_APPS + THIRD_PARTY_APPS + DJANGO_APPS

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "home.middleware.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The site entry and the session in one cache round trip (home/content_cache.py).
    "home.content_cache.PrefetchMiddleware",
    "home.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "courses.middleware.WorkflowActionConfirmationMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "learning.middleware.AdminMfaRequiredMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Wagtail pages in one query (home/routing.py); only acts on Wagtail's serve view.
    "home.routing.PageRouteMiddleware",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "learning.context_processors.roles",
                "learning.context_processors.account_status",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False


def sqlite_options(database):
    """WAL and a busy timeout let several processes (the dev server and an eager task,
    gunicorn's workers in the HTTP benchmark) share one SQLite file."""
    if database["ENGINE"] == "django.db.backends.sqlite3":
        database.setdefault("OPTIONS", {}).update(
            {
                "timeout": 20,
                "init_command": "PRAGMA journal_mode=WAL;",
                "transaction_mode": "IMMEDIATE",
            }
        )
    return database


sqlite_options(DATABASES["default"])
# A PostgreSQL read replica, when there is one, serves the compliance dashboards'
# reads (home/db_routing.py); everything else, and every write, uses default.
if env("DATABASE_REPLICA_URL", default=""):
    DATABASES["replica"] = env.db("DATABASE_REPLICA_URL")
    # Tests run the replica alias against the test copy of default.
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
DATABASE_ROUTERS = ["home.db_routing.ReplicaRouter"]

# --- Cache and sessions ------------------------------------------------------

# Seconds a Redis cache may take to connect or answer before a page goes on without it.
CACHE_SOCKET_TIMEOUT = env.float("CACHE_SOCKET_TIMEOUT", default=0.5)


def cache_from_url(url):
    """The CACHES entry for ``url``.

    A Redis cache (django-redis) gets short socket timeouts and ``IGNORE_EXCEPTIONS``:
    while Redis is down every read is a miss and every write is dropped, so pages
    are built from the database instead of failing. /healthz reports the outage.
    Options given in the URL (``?socket_timeout=…``) win.
    """
    config = environ.Env.cache_url_config(url)
    if config["BACKEND"] == "django_redis.cache.RedisCache":
        options = config.setdefault("OPTIONS", {})
        options.setdefault("IGNORE_EXCEPTIONS", True)
        options.setdefault("SOCKET_CONNECT_TIMEOUT", CACHE_SOCKET_TIMEOUT)
        options.setdefault("SOCKET_TIMEOUT", CACHE_SOCKET_TIMEOUT)
    return config


CACHES = {"default": cache_from_url(env("CACHE_URL", default="locmemcache://akademi"))}
# Sessions are read through the cache and written to the database as well, so a
# cache (Redis) outage logs no one out: a miss falls back to the database.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# --- Authentication (django-allauth) ---------------------------------------

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
# Wagtail sends a signed-in user who may not open a page (the admin, a group-only
# page) to the login page with ``next``; redirecting them straight back would loop.
# They see the login form and Wagtail's message instead, as with Django's own login.
ACCOUNT_AUTHENTICATED_LOGIN_REDIRECTS = False
ACCOUNT_ADAPTER = "learning.adapters.AccountAdapter"
ACCOUNT_FORMS = {
    "login": "learning.forms.accounts.LoginForm",
    "signup": "learning.forms.accounts.SignupForm",
}
# allauth's rate limits are on by default; keep them explicit so a reader sees them.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
}
# Counters live in the "default" cache (Redis in production via CACHE_URL), so every
# web process counts together. Per-IP limits need the client's address: behind a load
# balancer, the number of proxies we run that append to X-Forwarded-For (production: 1).
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("ALLAUTH_TRUSTED_PROXY_COUNT", default=0)
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Akademi Humas ASN] "
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Akademi Humas ASN"
# When true, agency and national admins must activate TOTP before any dashboard.
MFA_REQUIRED_FOR_ADMINS = env.bool("MFA_REQUIRED_FOR_ADMINS", default=False)

# --- Security headers --------------------------------------------------------

# Content-Security-Policy (django-csp), the same in every environment: the site loads
# only its own files (no CDN, no third-party script, style, image, font or connection),
# runs no inline script, style or event handler, and may not be framed. A stored XSS
# then has nothing to run.
VIDEO_EMBED_ORIGINS = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        # Only the players of the lesson video block (Wagtail embeds); a framed player
        # runs in its own origin and cannot script these pages.
        "frame-src": VIDEO_EMBED_ORIGINS,
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# The Wagtail 8 admin (under /admin/ only, see home.middleware) still needs more: some
# widgets write inline <script> (date pickers, inline panels), many templates use
# style="…", and page previews are framed by the admin itself. Everything stays on
# this origin; images may also be blob: (upload previews).
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "frame-src": [SELF, *VIDEO_EMBED_ORIGINS],
        "frame-ancestors": [SELF],
    },
}
# Permissions-Policy (django-permissions-policy): no page uses these browser features.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}

# --- Email ------------------------------------------------------------------

EMAIL_BACKEND = env(
    "DJANGO_EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Akademi Humas ASN <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Internationalisation ---------------------------------------------------

LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# --- Static and media -------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = env("STATIC_ROOT", default=str(BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env("MEDIA_ROOT", default=str(BASE_DIR / "media"))
PRIVATE_MEDIA_ROOT = env("PRIVATE_MEDIA_ROOT", default=str(BASE_DIR / "private"))
STORAGES = {
    # MEDIA_ROOT, except Wagtail documents, which go to the private storage below.
    "default": {"BACKEND": "config.storages.MediaStorage"},
    # Uploaded rosters hold personal data, documents may belong to gated lessons:
    # never under MEDIA_URL, served only through views that check who asks.
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
    },
}
# S3-compatible object storage (AWS S3, MinIO, Ceph, a cloud provider's) for media,
# documents, rosters, certificates and exports when a bucket is named: every web and
# worker node then sees the same files. Without it, the two local folders above.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL", default=None)
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME", default=None)
    AWS_S3_ACCESS_KEY_ID = env("AWS_ACCESS_KEY_ID", default=None)
    AWS_S3_SECRET_ACCESS_KEY = env("AWS_SECRET_ACCESS_KEY", default=None)
    AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN", default=None)
    # Nothing in the bucket is public; media URLs are signed unless the operator
    # serves the media prefix through a public domain (AWS_S3_CUSTOM_DOMAIN).
    AWS_DEFAULT_ACL = None
    AWS_S3_FILE_OVERWRITE = False
    STORAGES = {
        **STORAGES,
        "default": {"BACKEND": "config.storages.S3MediaStorage", "OPTIONS": {"location": "media"}},
        "private": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {"location": "private", "querystring_auth": True, "custom_domain": None},
        },
    }
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# --- Wagtail ----------------------------------------------------------------

WAGTAIL_SITE_NAME = "Akademi Humas ASN"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
# Passwords are changed and reset only through allauth (rate-limited, same rules as the
# site); the Wagtail admin's own password forms are switched off.
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
# Every login goes through allauth (email verification, MFA, rate limits); Wagtail's
# own login and password-reset URLs are retired in config/urls.py.
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
# Documents are streamed by /dokumen/<id>/<name>, never linked to a file under /media/:
# the before_serve_document hook gives a gated lesson's documents to its learners only.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# The admin loads nothing from other origins (see CONTENT_SECURITY_POLICY_ADMIN): no
# Gravatar avatars (which also tell Gravatar who uses the admin), no release check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# --- Certificates -----------------------------------------------------------

# Numbers read AHA/<year>/<000123>.
CERTIFICATE_NUMBER_PREFIX = env("CERTIFICATE_NUMBER_PREFIX", default="AHA")
# Public verification look-ups (page, number form, badge assertion) per client address.
CERTIFICATE_VERIFY_RATE_LIMIT = env.int("CERTIFICATE_VERIFY_RATE_LIMIT", default=30)
CERTIFICATE_VERIFY_RATE_PERIOD = 60  # seconds
# How often beat sweeps for completions without a certificate.
CERTIFICATE_SWEEP_SECONDS = env.int("CERTIFICATE_SWEEP_SECONDS", default=5 * 60)

# --- Celery -----------------------------------------------------------------

CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="")
# Without a broker every task runs in-process, at once.
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 15 * 60
CELERY_TASK_SOFT_TIME_LIMIT = 14 * 60
CELERY_TASK_IGNORE_RESULT = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_TIMEZONE = TIME_ZONE
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True

# Roster tasks retry a database error with a growing delay: 15 s, 30 s, 1, 2, 4 and
# 5 minutes (six retries, seven attempts, about 13 minutes in all), so a PostgreSQL
# restart or failover does not fail an import. Read by learning/tasks.py.
ROSTER_TASK_MAX_RETRIES = 6
ROSTER_TASK_RETRY_BACKOFF = 15  # seconds; doubles after each failure
ROSTER_TASK_RETRY_BACKOFF_MAX = 5 * 60

# An unacknowledged message goes back to the queue after the visibility timeout
# (Redis; acks are late). Long enough for the longest hold — a retry waiting out its
# delay, then running to the time limit — plus a margin, and no longer: it is also how
# long a task a killed worker held waits before another worker gets it.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": CELERY_TASK_TIME_LIMIT + ROSTER_TASK_RETRY_BACKOFF_MAX + 5 * 60,
    # A broker that does not answer must fail a publish in seconds, not hang the
    # request that enqueues (the upload page says "later" instead). Workers poll with
    # one-second BRPOPs, well inside the socket timeout.
    "socket_connect_timeout": 2,
    "socket_timeout": 5,
}
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.5,
    "interval_max": 1,
}

# The sweep re-sends imports whose task was lost, or never reached the broker.
ROSTER_SWEEP_INTERVAL = 5 * 60
CELERY_BEAT_SCHEDULE = {
    "sweep-stalled-roster-imports": {
        "task": "learning.tasks.sweep_stalled_roster_imports",
        "schedule": ROSTER_SWEEP_INTERVAL,
    },
    # Certificates the completion hook missed (broker down) are issued here.
    "sweep-certificates": {
        "task": "certificates.tasks.sweep_certificates",
        "schedule": CERTIFICATE_SWEEP_SECONDS,
    },
    "certificate-expiry-reminders": {
        "task": "certificates.tasks.send_expiry_reminders_task",
        "schedule": crontab(hour=7, minute=0),
    },
    # compliance (agency completion): see the section below and docs/ARCHITECTURE.md.
    "compliance-open-assignment-cycles": {
        "task": "compliance.tasks.open_assignment_cycles",
        "schedule": crontab(hour=0, minute=15),
    },
    "compliance-deadline-reminders": {
        "task": "compliance.tasks.send_deadline_reminders",
        "schedule": crontab(hour=7, minute=0),
    },
    "compliance-weekly-digests": {
        "task": "compliance.tasks.send_weekly_digests",
        "schedule": crontab(hour=7, minute=30, day_of_week="mon"),
    },
    "compliance-refresh-stale-figures": {
        "task": "compliance.tasks.refresh_stale_figures",
        "schedule": 2 * 60,
    },
    "compliance-refresh-all-figures": {
        "task": "compliance.tasks.refresh_all_figures",
        "schedule": crontab(hour=1, minute=0),
    },
    "compliance-sweep-completion-records": {
        "task": "compliance.tasks.sweep_completion_records",
        "schedule": crontab(minute=20),
    },
    "compliance-purge-old-exports": {
        "task": "compliance.tasks.purge_old_exports",
        "schedule": crontab(hour=2, minute=0),
    },
}

# --- Product settings -------------------------------------------------------

# Rows above which a roster import is processed by a Celery task with progress.
ROSTER_ASYNC_THRESHOLD = env.int("ROSTER_ASYNC_THRESHOLD", default=2000)
ROSTER_MAX_UPLOAD_BYTES = env.int("ROSTER_MAX_UPLOAD_BYTES", default=25 * 1024 * 1024)
ROSTER_MAX_ROWS = env.int("ROSTER_MAX_ROWS", default=200_000)
# What an uploaded XLSX may unpack to (a zip can inflate a thousandfold); a roster of
# ROSTER_MAX_ROWS rows unpacks to about 90 MB.
ROSTER_XLSX_MAX_UNCOMPRESSED_BYTES = env.int(
    "ROSTER_XLSX_MAX_UNCOMPRESSED_BYTES", default=150 * 1024 * 1024
)

# --- Compliance (agency completion dashboards) ------------------------------

# Days an export file is kept in private storage; the export's record stays.
COMPLIANCE_EXPORT_KEEP_DAYS = env.int("COMPLIANCE_EXPORT_KEEP_DAYS", default=7)
# Rows per page of the staff lists.
COMPLIANCE_STAFF_PAGE_SIZE = env.int("COMPLIANCE_STAFF_PAGE_SIZE", default=50)

# --- Logging ----------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},
    "formatters": {
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        },
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "django.server": {"class": "logging.StreamHandler", "formatter": "django.server"},
        # As in Django's default: errors mailed to ADMINS, if any, outside DEBUG.
        "mail_admins": {
            "level": "ERROR",
            "filters": ["require_debug_false"],
            "class": "django.utils.log.AdminEmailHandler",
        },
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        # Printed once, by the root handler (Django's own console handler printed them twice).
        "django": {"handlers": ["mail_admins"], "level": "INFO", "propagate": True},
        # runserver's request lines, as in Django's default (configuring "django" resets it).
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
        "django.db.backends": {"level": "WARNING"},
        # Wagtail runs a background task per saved page or image (reference index):
        # its "Task ... state=SUCCESSFUL" lines drowned the console. Failures still show.
        "django_tasks": {"level": "WARNING"},
    },
}

# Course illustrations are drawn as SVG by the project.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "svg"]
