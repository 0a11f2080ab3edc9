"""The writers of certificates: every change of a certificate goes through here.

* ``numbers`` — the next ``AHA/<year>/<000123>`` number (a counter row per year);
* ``issuing`` — issue a certificate for a completed course, exactly once;
* ``design`` — the signatory, logo and names a certificate is drawn with;
* ``rendering`` — draw the PDF into private storage;
* ``revocation`` — revoke and re-issue (national admins, in the Wagtail admin);
* ``rerender`` — re-render PDFs after a design change, as a job with progress;
* ``notifications`` — the learner's emails (issued, expiring soon).

Services never import ``certificates.tasks``; they enqueue through ``dispatch``.
"""
