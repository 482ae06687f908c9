"""What the demo server says: deterministic rules, no model. Same prompt, same words.

Rules, first match wins:
1. A system message asking for the words verbatim ("verbatim", "word for word", "exact words",
   "exactly as written"): the reply is exactly the user's text (Parley's voice audition).
2. ``/long N`` (or ``Faults.reply_seconds``): a sentence repeated until the reply lasts about N s.
3. ``Say 'something'`` / ``Say the exact word "x"``: just the quoted words.
4. Canned topics: greetings, jokes, weather, dogs, who-are-you, help, thanks, goodbye.
5. Anything else is reflected: "You said: ... ".
A user turn carrying audio is acknowledged first: "I heard 2.3 seconds of audio."
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Longest ``/long`` reply, in seconds.
MAX_LONG_SECONDS = 3600.0
LONG_SENTENCE = (
    "This is a long reply from the Parley demo server, made to measure how Parley copes "
    "with minutes of speech."
)

_VERBATIM = re.compile(r"verbatim|word for word|exact words|exactly as written", re.IGNORECASE)
_LONG = re.compile(r"^\s*/long\s+(\d+(?:\.\d+)?)\s*$", re.IGNORECASE)
_SAY = re.compile(
    r"\bsay\s+(?:the\s+)?(?:exact\s+)?(?:words?\s+|phrase\s+)?['\"\u2018\u201c](.+?)['\"\u2019\u201d]",
    re.IGNORECASE,
)
_REFLECT_WORDS = 25


@dataclass(frozen=True)
class Prompt:
    """What the rules look at: the request reduced to text."""

    system: str = ""
    user_text: str = ""
    heard_seconds: float = 0.0  # input_audio in the last user turn
    voice: str = "alloy"


@dataclass(frozen=True)
class Reply:
    """The words to speak; a long reply is ``text`` said until it lasts ``target_seconds``."""

    text: str
    target_seconds: float | None = None


def _topic(text: str, voice: str) -> str | None:
    low = text.lower()
    name = "custom" if voice.startswith("voice_") else voice
    topics: tuple[tuple[str, str], ...] = (
        (
            r"\b(joke|funny)\b",
            "Why did the sound engineer bring a ladder? To reach the high notes. "
            "That is the best the Parley demo can do.",
        ),
        (
            r"\b(weather|forecast|rain|sunny)\b",
            "In the Parley demo it is always a mild, sunny afternoon. "
            "For a real forecast, connect Parley to a real model.",
        ),
        (
            r"\b(dog|dogs|retriever|puppy)\b",
            "Yes. A golden retriever is usually a wonderful family dog: gentle, patient, "
            "and eager to please.",
        ),
        (
            r"\b(who are you|what are you|your name)\b",
            f"I am the Parley demo server, a small offline stand-in for an audio chat model, "
            f"speaking with the {name} voice.",
        ),
        (
            r"\b(help|what can you do)\b",
            "In the Parley demo you can try every voice and audio format, stream replies, "
            "send recordings and replay earlier answers. Add an API key for real conversations.",
        ),
        (r"\b(thanks|thank you)\b", "You are welcome! Is there anything else you want to hear?"),
        (r"\b(bye|goodbye)\b", "Goodbye, and thank you for trying Parley."),
        (
            r"^\W*(hello|hi|hey|good (morning|afternoon|evening))\b",
            f"Hello! This is the Parley demo server, speaking with the {name} voice. "
            "Ask me for a joke, the weather, or what I can do.",
        ),
    )
    for pattern, answer in topics:
        if re.search(pattern, low):
            return answer
    return None


def _reflect(text: str) -> str:
    words = text.split()
    said = " ".join(words[:_REFLECT_WORDS]).rstrip(".!?")
    if len(words) > _REFLECT_WORDS:
        said += " and so on"
    return f"You said: {said}. This is the Parley demo, so I can only repeat what I hear."


def compose(prompt: Prompt, reply_seconds: float | None = None) -> Reply:
    """The demo's reply to a prompt (see the module docstring for the rules)."""
    text = prompt.user_text.strip()
    if text and _VERBATIM.search(prompt.system):
        return Reply(text)
    long = _LONG.match(text)
    if long is not None or reply_seconds:
        seconds = float(long.group(1)) if long is not None else float(reply_seconds or 0)
        return Reply(LONG_SENTENCE, max(1.0, min(seconds, MAX_LONG_SECONDS)))
    heard = ""
    if prompt.heard_seconds > 0:
        heard = f"I heard {prompt.heard_seconds:.1f} seconds of audio."
        if not text:
            return Reply(
                heard + " This is the Parley demo, so I cannot tell what was said, "
                "but it came through clearly."
            )
    if not text:
        return Reply("I did not catch anything. Type a message or record one, and I will answer.")
    said = _SAY.search(text)
    answer = said.group(1).strip() if said else (_topic(text, prompt.voice) or _reflect(text))
    return Reply(f"{heard} {answer}" if heard else answer)
