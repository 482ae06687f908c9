"""PySide6.QtGui, with only the Qt plugins a desktop Parley uses.

Replaces PyInstaller's own hook (hooks in packaging/hooks come first) and drops plugins before
PyInstaller follows their library dependencies, so what they would drag in never gets collected:
the GTK 3 platform theme (the whole GTK stack, ~20 MB; Parley styles itself and the desktop
portal theme still gives native file dialogs), the embedded-device platforms (eglfs, linuxfb,
vnc, evdev/tuio input; tuio and vnc pull in QtNetwork), Wayland compositor-side buffer plugins,
and image formats Parley never reads (its icons are SVG and PNG).
"""

from __future__ import annotations

import re

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

#: Plugins left out, as regexes on "<plugin type>/<file name>".
DROPPED_PLUGINS = [
    r"platformthemes/libqgtk3\.so",
    r"platforms/libq(eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl)\.so",
    r"egldeviceintegrations/.*",
    r"generic/.*",
    r"imageformats/(lib)?q(icns|pdf|tga|tiff|wbmp|webp)\.(so|dylib|dll)",
    r"wayland-graphics-integration-client/lib(dmabuf|drm-egl|shm-emulation|vulkan)-server\.so",
    r"wayland-shell-integration/lib(fullscreen-shell-v1|ivi-shell|qt-shell)\.so",
]
_DROPPED = re.compile(r".*/plugins/(" + "|".join(DROPPED_PLUGINS) + r")$")

hiddenimports, _binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in _binaries if not _DROPPED.match(src.replace("\\", "/"))]
