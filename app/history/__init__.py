"""Kept conversations: the history bridge (the store, off the UI thread), the sidebar and the
conversation export dialog.

May import chat's public widgets, runtime, widgets, core and audio; never the shell."""
