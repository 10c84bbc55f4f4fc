"""The bundle's entry point: the same `ritmeregie` command a pip install gets."""

import sys

from ritmeregie.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
