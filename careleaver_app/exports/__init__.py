"""Statutory files and data exports."""
