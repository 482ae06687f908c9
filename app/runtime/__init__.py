"""What every feature stands on: the background task set, the qasync loop, Qt's import hook, the
shared HTTP client, where resources are, and giving memory back.

May import core and audio; never a feature, the widgets or the shell."""
