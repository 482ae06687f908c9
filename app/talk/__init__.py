"""Talk mode in the window: the bridge that runs the Qt-free talk loop (app.core.talk.loop) on the
event loop and speaks in signals, the talk bar (Talk, state, level, Mute, Headphones, Resume) and
the controller that puts a talk session's turns on the chat's cards.

May import chat's public widgets, runtime, widgets, core and audio; never the shell."""
