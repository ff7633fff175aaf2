"""briefgen: turn news articles into a negotiation-prep brief."""

__version__ = "0.1.0"
