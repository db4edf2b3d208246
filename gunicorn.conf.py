"""gunicorn reads this file from the working directory: every serving process also runs the task
queue's worker threads (Web Push delivery, click scoring), and `flask` commands never do.

Nothing here imports the app at module level: gunicorn reads this file in the master, before a
gevent worker monkey-patches, and what the master imported keeps real OS locks (a greenlet then
blocks the whole worker on a lock another greenlet holds: gunicorn kills it as timed out) and
psycopg's blocking wait (every query stalls every greenlet)."""

# gunicorn's default access log line starts with the client's address; ours leaves it out, so a
# server run with --access-logfile (as `make run` is) stores no addresses. Operators who want
# them set --access-logformat themselves.
access_log_format = '%(t)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'


def post_worker_init(worker):
    from server.runtime import freeze_heap  # the worker has loaded the app (and patched) by now

    app = worker.wsgi
    tasks = getattr(app, "extensions", {}).get("tasks")  # other apps (bench/bare_redirect.py) have none
    if tasks is not None:
        tasks.start_workers(app.config["TASK_WORKERS"])
    freeze_heap()
