"""Start-up and the window: gui (the first frame, then the event loop), wiring (builds everything
once), main_window, main_menu and the welcome dialog.

May import the features, runtime, widgets, core and audio; only app.cli imports the shell."""
