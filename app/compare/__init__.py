"""The compare tab: the audition session bridge, its player, the panel, form, rows and the
history of runs.

May import chat's public widgets, runtime, widgets, core and audio; never the shell."""
