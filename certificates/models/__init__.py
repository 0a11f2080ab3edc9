from .certificates import Certificate, CertificateEvent, NumberCounter, private_storage
from .design import CertificateSettings, CourseCertificateSettings
from .jobs import RerenderJob

__all__ = [
    "Certificate",
    "CertificateEvent",
    "CertificateSettings",
    "CourseCertificateSettings",
    "NumberCounter",
    "RerenderJob",
    "private_storage",
]
