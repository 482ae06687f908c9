"""The chat tab: its session bridge (requests, playback, recording, a turn's exports) and widgets
(panel, composer, conversation view, reply and user cards, transcript, controls).

May import runtime, widgets, core and audio; never the shell or another feature."""
