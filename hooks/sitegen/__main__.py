"""``python -m sitegen new DIR --languages en,fa --title "…" --url https://…`` (see ``sitegen.new_site``)."""

import sys

from sitegen.new_site import main

sys.exit(main(sys.argv[1:]))
