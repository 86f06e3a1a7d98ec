from matchmaker.cli import main

raise SystemExit(main())
