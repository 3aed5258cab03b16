"""The desktop application (PySide6). The only layer that imports Qt.

Start at :mod:`liaison.ui.app` (``main``) and :mod:`liaison.ui.session`; work on the
workspace runs through :mod:`liaison.ui.operations`.
"""
