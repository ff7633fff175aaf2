"""Text before extraction: noise removal (`clean.py`, its rules as data in `noise_rules.py`), sentence
segmentation (`segment.py`), and the word-list patterns extraction matches with (`patterns.py`)."""
