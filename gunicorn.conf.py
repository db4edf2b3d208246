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

# gevent worker: connections one process holds at once. Every open app keeps one (its socket),
# so gunicorn's default of 1,000 would leave a company with 1,000 phones open no room for a
# single request.
worker_connections = 5000


def on_starting(server):
    """Let the process open as many files as its hard limit allows: each socket is one, and the
    usual soft limit of 1,024 would refuse connections long before worker_connections."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = worker_connections + 1024 if hard == resource.RLIM_INFINITY else hard
    if soft != resource.RLIM_INFINITY and soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))


def post_worker_init(worker):
    from server.runtime import freeze_heap  # the worker has loaded the app (and patched) by now

    app = worker.wsgi
    tasks = getattr(app, "extensions", {}).get("tasks")  # other apps (bench/bare_redirect.py) have none
    if tasks is not None:
        tasks.start_workers(app.config["TASK_WORKERS"])
    freeze_heap()
