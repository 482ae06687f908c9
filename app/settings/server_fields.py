"""The part of a profile's form that says what kind of server is at its base URL: the kind (or
"tell from the URL", showing what it tells), Azure's deployment and api-version (shown for
Azure only), "Send earlier replies as text" (the kind's default until the user changes it), and
a line on what that server allows."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.core.servers import DETECT, KINDS, ServerSpec, allows_of, detect
from app.core.servers.base import AZURE_API_VERSION
from app.runtime.server_text import allows_text, kind_name


class ServerFields(QWidget):
    """Edits a profile's server kind, Azure details and how earlier replies go back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._url = ""
        self._as_text_set = False  # the user chose, rather than the kind's default
        self._build_widgets()
        self._build_layout()
        self._connect()

    def __repr__(self) -> str:
        return f"ServerFields(kind={self.kind_picker.currentData()!r})"

    def _build_widgets(self) -> None:
        self.kind_picker = QComboBox(self)
        self.kind_picker.setObjectName("serverKindPicker")
        self.kind_picker.setAccessibleName(self.tr("Server kind"))
        for kind in (DETECT, *KINDS):
            self.kind_picker.addItem(kind_name(kind), kind)
        self.deployment_edit = QLineEdit(self)
        self.deployment_edit.setObjectName("azureDeploymentEdit")
        self.deployment_edit.setAccessibleName(self.tr("Azure deployment"))
        self.deployment_edit.setPlaceholderText(self.tr("the deployment's name (else the model)"))
        self.api_version_edit = QLineEdit(self)
        self.api_version_edit.setObjectName("azureApiVersionEdit")
        self.api_version_edit.setAccessibleName(self.tr("Azure api-version"))
        self.api_version_edit.setPlaceholderText(AZURE_API_VERSION)
        self.as_text = QCheckBox(self.tr("Send earlier replies as text"), self)
        self.as_text.setObjectName("repliesAsTextToggle")
        self.as_text.setAccessibleName(self.tr("Send earlier replies as text"))
        self.as_text.setToolTip(
            self.tr(
                "Earlier replies go back as their transcripts, not by audio id: for servers "
                "that cannot take an audio id back, or drop it on the way."
            )
        )
        self.allows_label = QLabel(self)
        self.allows_label.setObjectName("serverAllowsLabel")
        self.allows_label.setWordWrap(True)

    def _build_layout(self) -> None:
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("&Server"), self.kind_picker)
        self.form.addRow(self.tr("&Deployment"), self.deployment_edit)
        self.form.addRow(self.tr("API &version"), self.api_version_edit)
        self.form.addRow("", self.as_text)
        self.form.addRow("", self.allows_label)

    def _connect(self) -> None:
        self.kind_picker.currentIndexChanged.connect(self.on_kind_changed)
        self.as_text.clicked.connect(self.on_as_text_clicked)

    # ---------------------------------------------------------------- what it edits
    def load(self, spec: ServerSpec) -> None:
        """Show a profile's server set-up."""
        self._url = spec.base_url
        index = self.kind_picker.findData(spec.kind if spec.kind in KINDS else DETECT)
        self.kind_picker.setCurrentIndex(max(0, index))
        self.deployment_edit.setText(spec.deployment)
        self.api_version_edit.setText(spec.api_version)
        self._as_text_set = spec.replies_as_text is not None
        self._refresh(spec.replies_as_text)

    def spec(self, base_url: str) -> ServerSpec:
        """The server set-up as edited, for ``base_url``."""
        kind = str(self.kind_picker.currentData() or DETECT)
        azure = self.effective_kind(base_url) == "azure"
        return ServerSpec(
            base_url,
            kind,
            self.deployment_edit.text().strip() if azure else "",
            self.api_version_edit.text().strip() if azure else "",
            self.as_text.isChecked() if self._as_text_set else None,
        )

    def effective_kind(self, base_url: str | None = None) -> str:
        kind = str(self.kind_picker.currentData() or DETECT)
        return kind if kind in KINDS else detect(base_url if base_url is not None else self._url)

    @Slot(str)
    def on_url_changed(self, url: str) -> None:
        self._url = url.strip()
        self._refresh(self.as_text.isChecked() if self._as_text_set else None)

    @Slot(int)
    def on_kind_changed(self, _index: int) -> None:
        self._refresh(self.as_text.isChecked() if self._as_text_set else None)

    @Slot(bool)
    def on_as_text_clicked(self, _checked: bool) -> None:
        self._as_text_set = True

    def _refresh(self, as_text: bool | None) -> None:
        kind = self.effective_kind()
        allows = allows_of(kind, self._url)
        azure = kind == "azure"
        for widget in (self.deployment_edit, self.api_version_edit):
            widget.setVisible(azure)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(azure)
        self.as_text.setChecked(as_text if as_text is not None else not allows.audio_ids)
        told = ""
        if self.kind_picker.currentData() == DETECT:
            told = self.tr("Told from the URL: %1.").replace("%1", kind_name(kind)) + "\n"
        self.allows_label.setText(told + allows_text(allows))
