"""Talk mode, Qt-free: the engine contract and the choice of engine (``engine``), the Chat
Completions loop (``loop``), the Realtime engine (``realtime``, with ``realtime_wire``,
``realtime_mic``, ``realtime_reply`` and ``realtime_turns``), what both report (``events``), how
their replies play (``playback``) and are kept in the history (``record``). Nothing is imported
here, so reading the events does not load the audio engine."""
