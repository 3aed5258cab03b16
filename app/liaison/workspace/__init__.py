"""The one facade the GUI and the CLI use: create, open, lock, and every workspace action."""

from liaison.workspace.core import Workspace, WorkspaceInfo, default_actor

__all__ = ["Workspace", "WorkspaceInfo", "default_actor"]
