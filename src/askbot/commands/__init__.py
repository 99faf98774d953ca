"""The ``askbot`` subcommands, one module each (see :mod:`askbot.cli`)."""
