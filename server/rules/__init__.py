"""The rules admins tune: published rule-set versions, previews and simulations of a draft."""
