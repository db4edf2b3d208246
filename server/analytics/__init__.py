"""What the programme achieves: the rollups kept with each share and click, the figures read from them,
and programme health."""
