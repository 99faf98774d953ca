"""``python -m askbot`` is the ``askbot`` command."""

import sys

from .cli import main

sys.exit(main())
