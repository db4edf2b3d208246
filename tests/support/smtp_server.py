"""A mail server on loopback that speaks enough SMTP for smtplib and keeps what it is sent, so the
SMTP path is tested with the real client and no mocks."""

import queue
import socketserver
import threading
from email import message_from_bytes, policy
from email.message import EmailMessage


class _Session(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        self._reply("220 loopback SMTP ready")
        while line := self.rfile.readline():
            verb = line.decode().strip().split(" ", 1)[0].upper()
            if verb == "EHLO":
                self._reply("250-loopback", "250 8BITMIME")
            elif verb == "DATA":
                self._reply("354 end with <CRLF>.<CRLF>")
                self.server.inbox.put(message_from_bytes(self._data(), policy=policy.default))
                self._reply("250 queued")
            elif verb == "QUIT":
                self._reply("221 bye")
                return
            else:  # HELO, MAIL FROM, RCPT TO, RSET, NOOP
                self._reply("250 ok")

    def _data(self) -> bytes:
        lines = []
        while (line := self.rfile.readline()) not in (b".\r\n", b""):
            lines.append(line[1:] if line.startswith(b"..") else line)
        return b"".join(lines)

    def _reply(self, *lines: str) -> None:
        self.wfile.write("".join(f"{line}\r\n" for line in lines).encode())


class SmtpServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port: int = 0):
        """On `port` (a free one when 0): a test stops a mail server and starts it again there."""
        super().__init__(("127.0.0.1", port), _Session)
        self.inbox: queue.Queue[EmailMessage] = queue.Queue()
        self.port = self.server_address[1]

    def __enter__(self):
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()
        self.server_close()

    def next_message(self, timeout: float = 5) -> EmailMessage:
        return self.inbox.get(timeout=timeout)
