"""The synthetic demo caseload (``careleaver-app --demo``, ``demo-data``, ``demo-team``).

Only synthetic people. The generator may use services, storage and the domain; nothing in the app
imports it except the command line (``cli.py``), ``demo_team.py`` and the tests and benchmarks.
"""

from .generator import DemoSummary, generate_demo

__all__ = ["DemoSummary", "generate_demo"]
