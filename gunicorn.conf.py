"""gunicorn reads this file from the working directory: every serving process also runs the task
queue's worker threads (Web Push delivery), and `flask` commands never do."""


def post_worker_init(worker):
    app = worker.wsgi
    app.extensions["tasks"].start_workers(app.config["TASK_WORKERS"])
