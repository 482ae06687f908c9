"""The demo's words: deterministic rules, verbatim mode, long replies, heard audio."""

from __future__ import annotations

from app.demo.replies import LONG_SENTENCE, MAX_LONG_SECONDS, Prompt, compose


def test_the_same_prompt_gets_the_same_reply() -> None:
    prompt = Prompt(user_text="What is the capital of Peru?")
    assert compose(prompt) == compose(prompt)


def test_a_greeting_is_greeted_and_names_the_demo_and_voice() -> None:
    reply = compose(Prompt(user_text="Hello there!", voice="coral")).text
    assert reply.startswith("Hello!")
    assert "Parley demo" in reply
    assert "coral voice" in reply


def test_canned_topics() -> None:
    assert "golden retriever" in compose(Prompt(user_text="Is a golden retriever good?")).text
    assert "sunny" in compose(Prompt(user_text="What's the weather like?")).text
    assert "ladder" in compose(Prompt(user_text="Tell me a joke")).text
    assert "welcome" in compose(Prompt(user_text="thanks a lot")).text


def test_anything_else_is_reflected_and_long_prompts_are_shortened() -> None:
    assert compose(Prompt(user_text="Paint the fence green.")).text == (
        "You said: Paint the fence green. "
        "This is the Parley demo, so I can only repeat what I hear."
    )
    long = compose(Prompt(user_text=" ".join(f"w{i}" for i in range(100)))).text
    assert "w24 and so on." in long
    assert "w25" not in long


def test_quoted_words_are_said_alone() -> None:
    reply = compose(Prompt(user_text="Say the exact word 'hello' and nothing else."))
    assert reply.text == "hello"


def test_a_verbatim_system_prompt_makes_the_reply_the_users_exact_text() -> None:
    text = "  Tell me a joke, then say hello.  "
    system = "Read the user's text aloud verbatim. Do not add anything."
    assert compose(Prompt(system=system, user_text=text)).text == text.strip()
    assert compose(Prompt(system="Be brief.", user_text=text)).text != text.strip()


def test_long_replies_from_the_prompt_or_the_fault() -> None:
    reply = compose(Prompt(user_text="/long 300"))
    assert reply.text == LONG_SENTENCE
    assert reply.target_seconds == 300.0
    assert compose(Prompt(user_text="hi"), reply_seconds=42).target_seconds == 42.0
    assert compose(Prompt(user_text="/long 99999")).target_seconds == MAX_LONG_SECONDS


def test_heard_audio_is_acknowledged_with_its_duration() -> None:
    only_audio = compose(Prompt(heard_seconds=2.34)).text
    assert only_audio.startswith("I heard 2.3 seconds of audio.")
    with_text = compose(Prompt(user_text="Tell me a joke", heard_seconds=1.0)).text
    assert with_text.startswith("I heard 1.0 seconds of audio. Why did the sound engineer")


def test_an_empty_turn_gets_a_prompt_to_speak() -> None:
    assert "did not catch anything" in compose(Prompt(user_text="   ")).text
