"""Content: publishing, the feed, opening an item, ratings and advocates' suggestions."""
