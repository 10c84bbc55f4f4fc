import sys

from ritmeregie.cli import main

sys.exit(main())
