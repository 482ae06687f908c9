"""Reading back what the history's replies used, to say what conversations cost."""

from __future__ import annotations

from app.core.conversation import Usage
from app.core.store_base import StoreBase, usage_from_json


class UsageReader(StoreBase):
    def usages(self, conversation_id: int | None = None) -> dict[int, list[tuple[str, Usage]]]:
        """conversation id -> (model, usage) of every reply with a usage, every take included
        (each was paid for); only that conversation's with ``conversation_id``."""
        sql = "SELECT conversation_id, model, usage FROM turns WHERE role = 'assistant'"
        sql += " AND usage IS NOT NULL"
        params: tuple[int, ...] = ()
        if conversation_id is not None:
            sql += " AND conversation_id = ?"
            params = (conversation_id,)
        out: dict[int, list[tuple[str, Usage]]] = {}
        for cid, model, raw in self._query(sql + " ORDER BY id", params):
            usage = usage_from_json(raw)
            if usage is not None:
                out.setdefault(int(cid), []).append((str(model or ""), usage))
        return out
