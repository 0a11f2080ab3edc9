"""TOTP for tests: enrol an authenticator and compute its current code with allauth's helpers."""

import time

from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)


def enrol_totp(user):
    """Activate TOTP for ``user`` as allauth does; returns the shared secret."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def totp_code(secret):
    """The code an authenticator app shows now.

    Waits out the last seconds of a period so the code is still valid when the
    server checks it (allauth accepts the current period only).
    """
    period = mfa_settings.TOTP_PERIOD
    if time.time() % period > period - 3:
        time.sleep(period - time.time() % period + 0.1)
    return format_hotp_value(hotp_value(secret, int(time.time()) // period))
