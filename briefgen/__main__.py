from briefgen.console import main

main()
