import sys

from liaison.launcher import main

sys.exit(main())
