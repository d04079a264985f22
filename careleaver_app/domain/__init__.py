"""Plain dataclasses, enums and statutory rules as pure functions of dates.

Imports nothing of the project's but itself (standard library + dateutil). Every rule
takes the date it is judged on (``as_at``) as an argument and never reads the clock.
"""
