"""Web Push: VAPID keys, message building, quiet hours and delivery through pywebpush."""
