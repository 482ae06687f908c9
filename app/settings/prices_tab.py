"""Settings → Prices: the price per 1M tokens of each model, per endpoint profile. A cell left
empty uses the published price (app.core.costs); a price nobody published stays empty, and
those tokens are then shown without a figure."""

from __future__ import annotations

import copy
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.costs import BUILT_IN, built_in
from app.runtime.cost_text import price_source
from app.runtime.i18n import QT_TRANSLATE_NOOP

#: Table columns after the model: (field of Price, heading).
COLUMNS = (
    ("text_in", QT_TRANSLATE_NOOP("PricesTab", "Text in")),
    ("text_out", QT_TRANSLATE_NOOP("PricesTab", "Text out")),
    ("audio_in", QT_TRANSLATE_NOOP("PricesTab", "Audio in")),
    ("audio_out", QT_TRANSLATE_NOOP("PricesTab", "Audio out")),
    ("cached_in", QT_TRANSLATE_NOOP("PricesTab", "Cached in")),
)
Prices = dict[str, dict[str, dict[str, float]]]


class PricesTab(QWidget):
    """Edits ``prices`` (profile -> model -> field -> USD per 1M tokens); ``prices()`` gives the
    result."""

    def __init__(self, prices: Prices, profiles: Sequence[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pricesTab")
        self._prices: Prices = copy.deepcopy(prices)
        self._filling = False
        self.profile = QComboBox(self)
        self.profile.setObjectName("pricesProfile")
        self.profile.setAccessibleName(self.tr("Prices of the profile"))
        self.profile.addItems(list(profiles))
        self.table = QTableWidget(0, 1 + len(COLUMNS), self)
        self.table.setObjectName("priceTable")
        self.table.setAccessibleName(self.tr("Prices per 1M tokens"))
        self.table.setHorizontalHeaderLabels([self.tr("Model"), *(self.tr(h) for _, h in COLUMNS)])
        self.table.verticalHeader().setVisible(False)
        self.new_model = QLineEdit(self)
        self.new_model.setObjectName("newPriceModel")
        self.new_model.setPlaceholderText(self.tr("another model id"))
        self.add_button = QPushButton(self.tr("Add model"), self)
        self.add_button.setObjectName("addPriceModel")
        self.reset_button = QPushButton(self.tr("Use the published prices"), self)
        self.reset_button.setObjectName("resetPrices")
        self.reset_button.setToolTip(
            self.tr("Forget your prices for the selected model on this profile")
        )
        note = QLabel(
            self.tr(
                "US dollars per 1M tokens; every cost Parley shows is an estimate. An empty cell "
                "uses the published price ({source}); where none is published, those tokens are "
                "shown without a figure. Cached input without a price of its own is priced as "
                "text input. A gateway's own cost (usage.cost) wins over these."
            ).format(source=price_source()),
            self,
        )
        note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Profile"), self))
        top.addWidget(self.profile, 1)
        add = QHBoxLayout()
        add.addWidget(self.new_model, 1)
        add.addWidget(self.add_button)
        add.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(add)
        layout.addWidget(note)
        self.profile.currentTextChanged.connect(self.fill)
        self.table.itemChanged.connect(self.on_item_changed)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.reset_button.clicked.connect(self.on_reset_clicked)
        self.fill()

    def prices(self) -> Prices:
        return {p: {m: v for m, v in models.items() if v} for p, models in self._prices.items()}

    def fill(self) -> None:
        """Show the current profile's prices."""
        own = self._prices.get(self.profile.currentText(), {})
        models = sorted(set(BUILT_IN) | set(own))
        self._filling = True
        self.table.setRowCount(len(models))
        for row, model in enumerate(models):
            name = QTableWidgetItem(model)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, name)
            base = built_in(model)
            for col, (key, _) in enumerate(COLUMNS, start=1):
                mine = own.get(model, {}).get(key)
                published = getattr(base, key) if base is not None else None
                value = mine if mine is not None else published
                item = QTableWidgetItem("" if value is None else f"{value:g}")
                font = item.font()
                font.setBold(mine is not None)
                item.setFont(font)
                item.setToolTip(
                    self.tr("your price") if mine is not None else self.tr("published price")
                )
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self._filling = False

    def on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() == 0:
            return
        model = self._model_at(item.row())
        key = COLUMNS[item.column() - 1][0]
        own = self._prices.setdefault(self.profile.currentText(), {}).setdefault(model, {})
        text = item.text().strip().lstrip("$").replace(",", ".")
        try:
            value = float(text) if text else None
        except ValueError:
            value = None
        if value is None or value < 0:
            own.pop(key, None)
        else:
            own[key] = value
        self.fill()

    def _model_at(self, row: int) -> str:
        item = self.table.item(row, 0) if row >= 0 else None
        return item.text() if item is not None else ""

    def on_add_clicked(self) -> None:
        model = self.new_model.text().strip()
        if model:
            self._prices.setdefault(self.profile.currentText(), {}).setdefault(model, {})
            self.new_model.clear()
            self.fill()

    def on_reset_clicked(self) -> None:
        model = self._model_at(self.table.currentRow())
        if model:
            self._prices.get(self.profile.currentText(), {}).pop(model, None)
            self.fill()
