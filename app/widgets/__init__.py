"""Small widgets shared by several features: the waveform, the drawn media icons and the theme.

May import runtime, core and audio; never a feature or the shell."""
