"""A local OpenAI-compatible Chat Completions server with audio output (demo and test double)."""
