"""The conversation's context setting: how many latest replies go back by audio id (older ones
as transcripts), and a budget in tokens beyond which the oldest turns are left out."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from app.core.context import ContextPolicy


class ContextDialog(QDialog):
    """Edits a ContextPolicy. ``ContextDialog.ask(parent, policy)`` returns the new one or
    None (a test may replace ``ask``)."""

    def __init__(self, policy: ContextPolicy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contextDialog")
        self.setWindowTitle(self.tr("Context of this conversation"))
        self.audio_replies = QSpinBox(self)
        self.audio_replies.setObjectName("audioRepliesSpin")
        self.audio_replies.setAccessibleName(self.tr("Latest replies sent back as audio"))
        self.audio_replies.setRange(0, 100)
        self.audio_replies.setValue(policy.audio_replies)
        self.budget = QSpinBox(self)
        self.budget.setObjectName("contextBudgetSpin")
        self.budget.setAccessibleName(self.tr("Context budget in tokens"))
        self.budget.setRange(0, 2_000_000)
        self.budget.setSingleStep(1000)
        self.budget.setSpecialValueText(self.tr("no limit"))
        self.budget.setValue(policy.budget)
        note = QLabel(
            self.tr(
                "Each earlier reply sent back as audio is billed again as audio input (about 20 "
                "tokens a second, at the audio input price). Older replies go back as their "
                "transcripts. Beyond the budget, the oldest turns are left out."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("Latest replies sent as &audio"), self.audio_replies)
        form.addRow(self.tr("Context &budget (tokens)"), self.budget)
        form.addRow(buttons)

    def policy(self) -> ContextPolicy:
        return ContextPolicy(self.audio_replies.value(), self.budget.value())

    @classmethod
    def ask(cls, parent: QWidget | None, policy: ContextPolicy) -> ContextPolicy | None:
        dialog = cls(policy, parent)
        return dialog.policy() if dialog.exec() == QDialog.DialogCode.Accepted else None
