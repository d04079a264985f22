"""PDF documents built with reportlab. Each takes plain data and returns PDF bytes."""
