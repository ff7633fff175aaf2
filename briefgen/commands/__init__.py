"""The commands the CLI runs, one module each, each a function stringing the stages together:
`build` (and `build --each`), `add`, `render`, `extract`, `read`, `validate`, `schema`, `templates`
(init, check) and `history` (diff, textconv, git-setup, list). Nothing below imports from here."""
