"""Render a Brief into Markdown, HTML, Word and PDF through sandboxed Jinja templates.

`formats.render` makes one format: from a template file, in a bounded child process (`bounded.py`);
from the shipped templates, in this process, their compiled code cached (`compiled.py`). Each template gets
`context.TemplateContext` as plain data, in the one environment of `environment.jinja_environment`
(the sandbox: `sandbox.py`); `markdown.py` makes Markdown and HTML, `docx.py` Word (a reproducible
zip), `pdf.py` PDF from the Word file; `templates.py` finds and reads template files. Output never
depends on the clock, so the same brief renders to the same bytes.

This module imports nothing: `briefgen.render` is also the name of a function of the Python API
(briefgen/__init__.py), which imports this package first to keep that name.
"""
