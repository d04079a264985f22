"""Use cases: what a PA, duty worker or manager does, over the store and the domain rules."""
