"""Link-preview crawlers and other bots: they get the content's card, and their visits never
count as clicks."""

import re

# Preview crawlers of the networks advocates share to, search engines, and generic HTTP clients.
BOT = re.compile(
    r"LinkedInBot|Twitterbot|facebookexternalhit|Facebot|Slackbot|Slack-ImgProxy|WhatsApp|"
    r"TelegramBot|Discordbot|SkypeUriPreview|Pinterest|redditbot|Applebot|Googlebot|bingbot|"
    r"DuckDuckBot|YandexBot|Baiduspider|Embedly|Iframely|outbrain|vkShare|W3C_Validator|"
    r"MicrosoftPreview|Mastodon|Bluesky|Cardyb|HeadlessChrome|python-requests|curl/|Wget|"
    r"Go-http-client|okhttp|bot\b|crawler|spider|preview",
    re.IGNORECASE,
)


def is_bot(user_agent: str | None) -> bool:
    """No user agent at all counts as a bot too: browsers always send one."""
    return not user_agent or BOT.search(user_agent) is not None
