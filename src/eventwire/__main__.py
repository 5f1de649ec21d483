"""python -m eventwire"""

from eventwire.cli import main

main()
