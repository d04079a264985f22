"""careleaver_app: a desktop tool for personal advisers supporting care leavers in England."""

# The one place the version is written (pyproject.toml, --version, Help → About and the
# installers read it from here).
__version__ = "0.1.0"
