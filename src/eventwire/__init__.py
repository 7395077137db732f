"""eventwire: trustworthy political event data from raw news."""

__version__ = "0.1.0"
