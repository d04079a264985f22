"""careleaver_app: a desktop tool for personal advisers supporting care leavers in England."""

__version__ = "0.1.0"
