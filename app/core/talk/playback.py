"""Playing talk mode's replies: the player, and the same audio handed to the echo canceller as its
reference (no Qt here). Paused in the listening thread the moment speech starts over a reply."""

from __future__ import annotations

import asyncio

from app.audio.codecs import Decoded, decode
from app.audio.echo import FarEnd
from app.audio.player import Player, PlayState
from app.core.conversation import Turn
from app.core.reply import Reply
from app.core.talk.events import heard_part


class ReplyPlayback:
    """One reply at a time through ``player``; ``far`` (the listener's) follows what it plays."""

    def __init__(self, player: Player) -> None:
        self.player = player
        self.far: FarEnd | None = None
        #: The reply's audio is in the player (read by the listening thread).
        self.playing = False
        #: Paused because speech began over it (resumed if that was only a noise).
        self.paused_for_speech = False

    def begin(self, rate: int, *, stream: bool = True) -> None:
        """A streamed reply at ``rate`` starts (``stream=False``: a whole clip already loaded)."""
        player = self.player
        if stream:
            player.start_stream(rate)
        if self.far is not None:
            self.far.begin(rate, lambda at: _clock(player, at))
        self.playing = True
        self.paused_for_speech = False

    def append(self, pcm16: bytes) -> None:
        self.player.append(pcm16)
        if self.far is not None:
            self.far.append(pcm16)

    def end(self) -> None:
        self.player.end_stream()

    async def play_whole(self, reply: Reply) -> None:
        """A reply that came whole in another format (a gateway's quirk)."""
        clip: Decoded = await asyncio.get_running_loop().run_in_executor(
            None, decode, reply.audio, reply.format or None
        )
        self.player.play(clip)
        self.begin(clip.rate, stream=False)
        if self.far is not None:
            pcm = (clip.samples * 32767).clip(-32768, 32767).astype("<i2").tobytes()
            self.far.append(pcm)

    async def played_out(self) -> None:
        """Wait until the reply has played to its end (AudioDeviceError if the speaker fails)."""
        player = self.player
        while True:
            if player.error is not None:
                raise player.error
            if not player.streaming and player.state is PlayState.STOPPED:
                return
            await asyncio.sleep(0.02)

    def pause_for_speech(self) -> None:
        """Called in the listening thread: speech began, silence the reply now."""
        if self.playing:
            self.paused_for_speech = True
            self.player.hush()

    def resume_after_noise(self) -> None:
        if self.paused_for_speech:
            self.paused_for_speech = False
            self.player.resume()

    def stop(self) -> float:
        """Stop; returns the seconds that had been played."""
        played = self.player.position if self.playing else 0.0
        self.playing = False
        self.paused_for_speech = False
        self.player.stop()
        if self.far is not None:
            self.far.clear()
        return played

    def interrupted(self, partial: Reply, started: bool) -> Turn | None:
        """Stop, and the reply as far as it was heard (None when nothing arrived): what goes
        back to the model is the transcript up to the playback position, never the audio id."""
        played = self.stop() if started else 0.0
        if not (partial.audio or partial.transcript):
            return None
        turn = partial.to_turn()
        turn.text = heard_part(partial.transcript, played, partial.duration())
        turn.partial = True
        turn.audio_id = None
        return turn


def _clock(player: Player, at: float) -> float | None:
    """Seconds of the reply that had left the speaker at ``at``, while it plays (the echo
    reference's clock)."""
    return player.sounding_at(at) if player.state is PlayState.PLAYING else None
