"""The social media guidelines: versions, acknowledgements and the training quiz."""
