"""Mail to people: through SMTP when MAIL_SERVER is set, else the server log; each message tracked."""
