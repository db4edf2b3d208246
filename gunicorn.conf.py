"""gunicorn reads this file from the working directory: every serving process also runs the task
queue's worker threads (Web Push delivery, click scoring), and `flask` commands never do."""

from server.runtime import freeze_heap

# gunicorn's default access log line starts with the client's address; ours leaves it out, so a
# server run with --access-logfile (as `make run` is) stores no addresses. Operators who want
# them set --access-logformat themselves.
access_log_format = '%(t)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'


def post_worker_init(worker):
    app = worker.wsgi
    tasks = getattr(app, "extensions", {}).get("tasks")  # other apps (bench/bare_redirect.py) have none
    if tasks is not None:
        tasks.start_workers(app.config["TASK_WORKERS"])
    freeze_heap()
