import sys

from ritmeregie.cli.main import main

sys.exit(main())
