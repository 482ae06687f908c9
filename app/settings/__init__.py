"""Settings: the dialog, the flow that applies its result, and the key in the OS keyring.

May import runtime, widgets, core and audio; never the shell or another feature."""
