import sys

from captions.cli import main

sys.exit(main())
