"""Vibes: how a voice should speak, as openai.fm writes it — affect, tone, pacing, emotion,
pronunciation and pauses — sent to the model as instructions beside the words.

Presets come with Parley; the user's own are kept in ``vibes.json`` in the config folder (written
atomically). A vibe's name is also how files are named (``alloy-calm.wav``). No words for the
user are made here beyond the presets' own descriptions, which are instructions to the model.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import asdict, dataclass, fields
from pathlib import Path

ASPECTS = ("affect", "tone", "pacing", "emotion", "pronunciation", "pauses")
_LABELS = {
    "affect": "Voice Affect",
    "tone": "Tone",
    "pacing": "Pacing",
    "emotion": "Emotion",
    "pronunciation": "Pronunciation",
    "pauses": "Pauses",
}


class VibeError(Exception):
    """A vibe that cannot be found, saved or read (its ``name`` and what went wrong)."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name
        self.problem = problem


@dataclass(frozen=True)
class Vibe:
    name: str
    affect: str = ""
    tone: str = ""
    pacing: str = ""
    emotion: str = ""
    pronunciation: str = ""
    pauses: str = ""

    def instructions(self) -> str:
        """The style prompt: one line per aspect that is set."""
        return "\n".join(
            f"{_LABELS[a]}: {getattr(self, a).strip()}" for a in ASPECTS if getattr(self, a).strip()
        )

    @property
    def slug(self) -> str:
        """The vibe's name as it goes into file names (``Noir detective`` -> ``noir-detective``)."""
        return slug(self.name)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "vibe"


PRESETS: tuple[Vibe, ...] = (
    Vibe("Calm", "Warm, steady and reassuring.", "Gentle and even; never rushed.",
         "Slow and measured.", "Quiet confidence.", "Soft consonants, clear vowels.",
         "Short pauses after each sentence to let it settle."),
    Vibe("Cheerful", "Bright, upbeat and friendly.", "Playful and encouraging.",
         "Lively, a little quick.", "Genuine delight.", "Crisp and energetic.",
         "Brief pauses, like a smile between thoughts."),
    Vibe("Newscaster", "Authoritative and composed.", "Neutral, professional, factual.",
         "Brisk and even, broadcast pace.", "Restrained; no personal feeling.",
         "Precise, every syllable clear; names and numbers stressed.",
         "Clean pauses between items, none inside a phrase."),
    Vibe("Storyteller", "Rich and inviting, drawing the listener in.",
         "Warm, a little mysterious.", "Unhurried, slowing at the important moments.",
         "Wonder and suspense that rise with the story.", "Rounded and expressive.",
         "Dramatic pauses before a turn in the story."),
    Vibe("Bedtime", "Soft, hushed and soothing.", "Tender and quiet.",
         "Very slow, lulling.", "Peaceful contentment.", "Breathy, gentle consonants.",
         "Long, restful pauses between sentences."),
    Vibe("Sports commentator", "High energy, on the edge of the seat.",
         "Excited and emphatic.", "Fast, speeding up at the climax.",
         "Thrill and urgency.", "Punchy, hard consonants; key words stressed.",
         "Hardly any pauses, except a beat before the big moment."),
    Vibe("Noir detective", "Low, gravelly, world-weary.", "Dry, cynical, understated.",
         "Slow and deliberate.", "Tired, a hint of melancholy.",
         "Clipped, with a slight drawl.", "Long pauses, as if drawing on a cigarette."),
    Vibe("Patient teacher", "Clear, kind and encouraging.", "Supportive, never condescending.",
         "Moderate, slower on the key points.", "Warm patience.",
         "Very clear articulation of every term.",
         "Pauses after each idea, so it can sink in."),
)  # fmt: skip


def default_path() -> Path:
    """Where the user's own vibes are kept (beside the settings)."""
    import platformdirs

    return Path(platformdirs.user_config_dir("parley")) / "vibes.json"


def preset(name: str) -> Vibe | None:
    wanted = slug(name)
    return next((v for v in PRESETS if v.slug == wanted), None)


def shuffled(rng: random.Random | None = None) -> Vibe:
    """A preset picked at random (openai.fm's shuffle)."""
    return (rng or random.Random()).choice(PRESETS)


class VibeBook:
    """The presets and the user's own vibes (``path``, JSON). Own vibes shadow presets."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def own(self) -> list[Vibe]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            raise VibeError(self.path.name, f"cannot be read ({exc})") from exc
        names = {f.name for f in fields(Vibe)}
        out = []
        for item in raw.get("vibes", []) if isinstance(raw, dict) else []:
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                out.append(Vibe(**{k: str(v) for k, v in item.items() if k in names}))
        return out

    def all(self) -> list[Vibe]:
        own = self.own()
        mine = {v.slug for v in own}
        return [*own, *(v for v in PRESETS if v.slug not in mine)]

    def find(self, name: str) -> Vibe:
        """The vibe called ``name`` (own first, then presets; case and spaces do not matter)."""
        wanted = slug(name)
        for vibe in self.all():
            if vibe.slug == wanted:
                return vibe
        raise VibeError(name, "no such vibe")

    def save(self, vibe: Vibe) -> None:
        if not vibe.name.strip() or not vibe.instructions():
            raise VibeError(vibe.name or "?", "a vibe needs a name and at least one aspect")
        kept = [v for v in self.own() if v.slug != vibe.slug] + [vibe]
        self._write(kept)

    def delete(self, name: str) -> bool:
        own = self.own()
        kept = [v for v in own if v.slug != slug(name)]
        if len(kept) == len(own):
            return False
        self._write(kept)
        return True

    def _write(self, vibes: list[Vibe]) -> None:
        from app.core.settings import atomic_write

        data = json.dumps({"vibes": [asdict(v) for v in vibes]}, indent=2, ensure_ascii=False)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path, (data + "\n").encode("utf-8"))
        except OSError as exc:
            raise VibeError(self.path.name, f"cannot be saved ({exc.strerror or exc})") from exc


def speaking_instructions(system_prompt: str, vibe: Vibe | None) -> str:
    """``system_prompt`` with the vibe's style prompt after it (how to speak, not what to say)."""
    if vibe is None or not vibe.instructions():
        return system_prompt
    style = "Speak in this style (how to say it, not what to say):\n" + vibe.instructions()
    if style in system_prompt:  # a reopened conversation already carries it
        return system_prompt
    return f"{system_prompt.rstrip()}\n\n{style}" if system_prompt.strip() else style
