"""What the chat keeps about one reply card: its request, its takes and its live waveform."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.core.catalog import PCM16_RATE
from app.core.conversation import Turn

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from app.audio.peaks import PeakBuilder
    from app.core.events import ChatRequest

Peaks = tuple["npt.NDArray[np.float32]", "npt.NDArray[np.float32]"]


def new_peak_builder() -> PeakBuilder:
    from app.audio.peaks import PeakBuilder  # numpy: loaded with the first reply

    return PeakBuilder(PCM16_RATE, capacity_seconds=8.0)  # grows with a longer reply


@dataclass
class ReplySlot:
    """One reply card's state. ``takes`` are the complete takes (re-voicing adds one);
    ``turn_index`` is where the chosen take sits in the conversation once complete."""

    key: int
    request: ChatRequest
    user_index: int
    takes: list[Turn] = field(default_factory=list)
    chosen: int = 0
    turn_index: int | None = None
    partial: Turn | None = None
    builder: PeakBuilder = field(default_factory=new_peak_builder)
    streamed_format: str = ""
    live_audio: bool = False
    peaks: Peaks | None = None
    dirty: bool = False
    #: Transcript pieces not yet shown on the card.
    pending_words: list[str] = field(default_factory=list)

    @property
    def current(self) -> Turn | None:
        """The take on show: the chosen complete take, else what arrived before a failure."""
        if self.takes:
            return self.takes[self.chosen]
        return self.partial

    def reset_live(self) -> None:
        self.builder = new_peak_builder()
        self.streamed_format = ""
        self.live_audio = False
        self.partial = None
        self.pending_words = []

    def take_labels(self) -> list[str]:
        take = QCoreApplication.translate("ReplySlot", "Take {number}: {voice}")
        return [take.format(number=i + 1, voice=t.voice) for i, t in enumerate(self.takes)]
