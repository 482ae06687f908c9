"""A blind round in the compare tab: two of the audition's clips as A and B, in random order,
their names hidden until the vote (A, B, a tie, both bad), then shown with the running standings.
The next pair is the one whose vote settles the closest race (app.core.studio.ratings); votes
are kept in the history database. Clips come from the audition, so a round costs nothing new."""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.audition import Row
from app.core.store import Store
from app.core.studio.ratings import (
    By,
    Contender,
    Outcome,
    Vote,
    choose_by,
    next_pair,
    standings,
)
from app.runtime.tasks import TaskSet, in_thread
from app.widgets.vibe_picker import vibe_label


class BlindRound(QWidget):
    """Blind A/B rounds over the audition's clips.

    Signals:
        play_requested(int): play the audition's row n (the panel's player does it).
        leaderboard_requested(): the user asked for the whole leaderboard.
        round_started(): a new pair is up (what still plays of the last one should stop).
    """

    play_requested = Signal(int)
    leaderboard_requested = Signal()
    round_started = Signal()

    def __init__(
        self,
        store: Store | None,
        vibe_of: Callable[[Row], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("blindRound")
        self.store = store
        self.vibe_of = vibe_of or (lambda row: row.vibe)
        self.rng = random.Random()
        self.votes: list[Vote] = []
        self.pair: tuple[int, int] | None = None  # the rows heard as A and B
        self._contenders: dict[Contender, int] = {}
        self._number = 0
        self._text = ""  # the words the voices say (kept with each vote)
        self._tasks = TaskSet()
        self._build_widgets()
        self._build_layout()
        self._connect()
        self._set_voting(False)

    def _build_widgets(self) -> None:
        self.heading = QLabel(self.tr("Blind round: run an audition of two voices or more."), self)
        self.heading.setObjectName("blindHeading")
        self.play_a = self._button(self.tr("Play A"), "blindPlayA")
        self.play_b = self._button(self.tr("Play B"), "blindPlayB")
        self.vote_a = self._button(self.tr("A is better"), "blindVoteA")
        self.vote_b = self._button(self.tr("B is better"), "blindVoteB")
        self.vote_tie = self._button(self.tr("Tie"), "blindVoteTie")
        self.vote_bad = self._button(self.tr("Both bad"), "blindVoteBad")
        self.next_button = self._button(self.tr("Next round"), "blindNext")
        self.board_button = self._button(self.tr("Leaderboard…"), "blindLeaderboard")
        self.reveal = QLabel(self)
        self.reveal.setObjectName("blindReveal")
        self.reveal.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("blindStandings")
        self.table.setAccessibleName(self.tr("Standings"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Voice"), self.tr("Rating"), self.tr("95 % interval"), self.tr("Votes")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.hide()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        return button

    def _build_layout(self) -> None:
        grid = QGridLayout()
        grid.addWidget(self.play_a, 0, 0)
        grid.addWidget(self.play_b, 0, 1)
        for n, button in enumerate((self.vote_a, self.vote_b, self.vote_tie, self.vote_bad)):
            grid.addWidget(button, 1, n)
        row = QHBoxLayout()
        row.addWidget(self.next_button)
        row.addStretch(1)
        row.addWidget(self.board_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(self.reveal)
        layout.addLayout(row)
        layout.addWidget(self.table, 3)
        layout.addStretch(1)

    def _connect(self) -> None:
        self.play_a.clicked.connect(lambda: self._play(0))
        self.play_b.clicked.connect(lambda: self._play(1))
        self.vote_a.clicked.connect(lambda: self.vote("a"))
        self.vote_b.clicked.connect(lambda: self.vote("b"))
        self.vote_tie.clicked.connect(lambda: self.vote("tie"))
        self.vote_bad.clicked.connect(lambda: self.vote("bad"))
        self.next_button.clicked.connect(self.new_round)
        self.board_button.clicked.connect(self.leaderboard_requested)

    # Rounds -------------------------------------------------------------------------------------
    def start(self, rows: list[Row], text: str = "") -> None:
        """The audition settled: its playable clips are the contenders (a failed one is left
        out with its reason); the kept votes are read, then the first round begins."""
        self._contenders = {
            Contender(r.voice, r.model, self.vibe_of(r)): r.index for r in rows if r.ok
        }
        left_out = [f"{r.voice} · {r.model}: {r.error}" for r in rows if not r.ok]
        self.reveal.setText(
            self.tr("Left out: %1").replace("%1", "; ".join(left_out)) if left_out else ""
        )
        self._number = 0
        self._text = text
        if len(self._contenders) < 2:
            self.pair = None
            self.heading.setText(self.tr("A blind round needs two voices that could be heard."))
            self._set_voting(False)
            return
        self._tasks.spawn(self._load_and_begin())

    async def _load_and_begin(self) -> None:
        store = self.store
        self.votes = await in_thread(store.votes.all) if store is not None else []
        self._show_standings()
        self.new_round()

    @property
    def by(self) -> By:
        return choose_by(self._contenders)

    @Slot()
    def new_round(self) -> None:
        if len(self._contenders) < 2:
            return
        a, b = next_pair(sorted(self._contenders), self.votes, self.by, self.rng)
        self.pair = (self._contenders[a], self._contenders[b])
        self._number += 1
        self.heading.setText(
            self.tr("Round %1: listen to A and B, then vote.").replace("%1", str(self._number))
        )
        self.reveal.clear()
        self._set_voting(True)
        self.round_started.emit()

    def _play(self, side: int) -> None:
        if self.pair is not None:
            self.play_requested.emit(self.pair[side])

    def contender_at(self, index: int) -> Contender:
        return next(c for c, i in self._contenders.items() if i == index)

    def vote(self, outcome: Outcome) -> None:
        """Keep the vote, then show who was who and the standings."""
        if self.pair is None or not self.vote_a.isEnabled():
            return
        a, b = (self.contender_at(i) for i in self.pair)
        vote = Vote(a, b, outcome, text=self._text)
        self.votes.append(vote)
        self._set_voting(False)
        said = {
            "a": self.tr("You chose A."),
            "b": self.tr("You chose B."),
            "tie": self.tr("A tie."),
            "bad": self.tr("Both bad."),
        }[outcome]
        self.reveal.setText(
            self.tr("A was %1, B was %2. %3")
            .replace("%1", _full(a))
            .replace("%2", _full(b))
            .replace("%3", said)
        )
        self._show_standings()
        if self.store is not None:
            self._tasks.spawn(in_thread(self.store.votes.add, vote))

    def _show_standings(self) -> None:
        names = {c.name(self.by) for c in self._contenders}
        table = [s for s in standings(self.votes, self.by) if s.name in names]
        self.table.setVisible(bool(table))
        self.table.setRowCount(len(table))
        for n, s in enumerate(table):
            cells = (s.name, f"{s.rating:.0f}", f"{s.low:.0f} – {s.high:.0f}", str(s.votes))
            for column, text in enumerate(cells):
                self.table.setItem(n, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _set_voting(self, on: bool) -> None:
        for button in (self.play_a, self.play_b, self.vote_a, self.vote_b, self.vote_tie,
                       self.vote_bad):  # fmt: skip
            button.setEnabled(on)
        self.next_button.setEnabled(not on and len(self._contenders) >= 2 and self._number > 0)
        self.table.setVisible(not on and self.table.rowCount() > 0)

    async def aclose(self) -> None:
        await self._tasks.aclose()


def _full(contender: Contender) -> str:
    """Who spoke: the voice (and model when it is not the only one), and the vibe."""
    name = contender.voice
    return f"{name} · {vibe_label(contender.vibe)}" if contender.vibe else name
