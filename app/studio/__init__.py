"""The studio's windows: a conversation exported as a podcast, a script narrated to files.

May import chat's public widgets (its save dialog), runtime, widgets, core and audio; never the
shell."""
