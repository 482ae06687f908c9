"""Talk mode, Qt-free: the loop (``loop``), what it reports (``events``) and how its replies play
(``playback``). Nothing is imported here, so reading the events does not load the audio engine."""
