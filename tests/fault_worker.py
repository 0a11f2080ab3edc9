"""A Celery worker for the fault tests: ``python -m tests.fault_worker QUEUE``.

The same worker as ``celery -A config worker --pool=solo``, with two test knobs
read from the environment:

- ``FAULT_VISIBILITY_TIMEOUT`` (seconds): how long an unacknowledged message (its
  worker killed) waits before a worker restores it to the queue; production waits
  about 25 minutes, a test a few seconds. A starting worker restores what is overdue.
- ``FAULT_STALL_RENDER`` (a file path): certificate rendering writes that file and
  then hangs, so the test can kill the worker in the middle of a render.
"""

import os
import sys
import time
from pathlib import Path

from celery.signals import worker_ready

from config.celery_app import app


@worker_ready.connect
def _stall_rendering(**kwargs):
    marker = os.environ.get("FAULT_STALL_RENDER")
    if not marker:
        return
    from certificates.services import rendering

    def stalled_render_pdf(**kwargs):
        Path(marker).write_text("rendering")
        time.sleep(600)

    rendering.render_pdf = stalled_render_pdf


def main(queue):
    # Tasks the worker enqueues itself (the certificate email) stay on the test's queue.
    app.conf.task_default_queue = queue
    timeout = os.environ.get("FAULT_VISIBILITY_TIMEOUT")
    if timeout:
        app.conf.broker_transport_options = {
            **app.conf.broker_transport_options,
            "visibility_timeout": float(timeout),
        }
    app.worker_main(
        [
            "worker",
            "--pool=solo",
            "-Q",
            queue,
            "--loglevel=WARNING",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ]
    )


if __name__ == "__main__":
    main(sys.argv[1])
