import sys

from ritmeregie.bench.cli import main

sys.exit(main())
