"""One request: its fields and clocks, the status moves T1 allows, the history, messages and a reply box,
attachments (added by dialog or by dropping files, opened with the system's application, at most 10 MB —
T3), the assignee and sharing with staff users and teams (T4)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import clock
from desktop_app.errors import UserError
from desktop_app.services import support, support_detail, support_files, support_replies
from desktop_app.services.desk import Desk
from desktop_app.services.support_list import business_calendar
from desktop_app.views.common.notify import tell
from desktop_app.views.support import texts


class AttachmentList(QListWidget):
    """The attachments; files dropped on it are attached."""

    dropped = Signal(list)

    def __init__(self):
        super().__init__()
        self.setAcceptDrops(True)
        self.setObjectName("attachments")

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)


class DetailPanel(QWidget):
    changed = Signal(int)  # the request's id, after any change

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.request_id: int | None = None
        self.detail: support_detail.RequestDetail | None = None
        self.opened_files: list[str] = []
        lay = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("request_header")
        self.header.setWordWrap(True)
        lay.addWidget(self.header)
        self.clocks = QLabel()
        self.clocks.setObjectName("request_clocks")
        self.edit_button = QPushButton(self.tr("고치기…"))
        self.edit_button.setObjectName("edit_request")
        self.edit_button.clicked.connect(lambda: self.edit())
        top = QHBoxLayout()
        top.addWidget(self.clocks, 1)
        top.addWidget(self.edit_button)
        lay.addLayout(top)
        self._calendar = business_calendar()
        self.moves = QHBoxLayout()
        lay.addLayout(self.moves)
        self.history = QListWidget()
        self.history.setObjectName("history")
        self.history.setMaximumHeight(90)
        lay.addWidget(self._box(self.tr("상태 기록"), self.history))
        self.messages = QListWidget()
        self.messages.setObjectName("messages")
        self.messages.setWordWrap(True)
        self.reply = QPlainTextEdit()
        self.reply.setObjectName("reply_text")
        self.reply.setFixedHeight(60)
        self.source = QComboBox()
        self.source.setObjectName("reply_source")
        for src in support.SOURCES:
            self.source.addItem(texts.source_name(src), src)
        send = QPushButton(self.tr("기록"))
        send.setObjectName("send_reply")
        send.clicked.connect(self.send)
        line = QHBoxLayout()
        line.addWidget(self.source)
        line.addStretch(1)
        line.addWidget(send)
        msg_box = QWidget()
        msg_lay = QVBoxLayout(msg_box)
        msg_lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.messages, self.reply):
            msg_lay.addWidget(w)
        msg_lay.addLayout(line)
        lay.addWidget(self._box(self.tr("메시지"), msg_box), 1)
        self.attachments = AttachmentList()
        self.attachments.setMaximumHeight(80)
        self.attachments.dropped.connect(self.attach_files)
        self.attachments.itemDoubleClicked.connect(lambda item: self.open_attachment(item.data(256)))
        add = QPushButton(self.tr("첨부…"))
        add.setObjectName("attach")
        add.clicked.connect(self.attach_by_dialog)
        files = QWidget()
        files_lay = QHBoxLayout(files)
        files_lay.setContentsMargins(0, 0, 0, 0)
        files_lay.addWidget(self.attachments, 1)
        files_lay.addWidget(add)
        lay.addWidget(self._box(self.tr("첨부 파일 (끌어 놓기, 하나에 10 MB 까지)"), files))
        lay.addWidget(self._box(self.tr("담당자와 공유"), self._people()))
        self.setEnabled(False)

    @staticmethod
    def _box(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(4, 4, 4, 4)
        inner.addWidget(widget)
        return box

    def _people(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        self.assignee = QComboBox()
        self.assignee.setObjectName("assignee")
        assign = QPushButton(self.tr("담당 지정"))
        assign.setObjectName("assign")
        assign.clicked.connect(self.assign)
        line.addWidget(self.assignee, 1)
        line.addWidget(assign)
        lay.addLayout(line)
        line2 = QHBoxLayout()
        self.share_with = QComboBox()
        self.share_with.setObjectName("share_with")
        share = QPushButton(self.tr("공유"))
        share.setObjectName("share")
        share.clicked.connect(self.share)
        line2.addWidget(self.share_with, 1)
        line2.addWidget(share)
        lay.addLayout(line2)
        self.shares = QLabel()
        self.shares.setObjectName("shares")
        self.shares.setWordWrap(True)
        lay.addWidget(self.shares)
        return w

    # --- showing -------------------------------------------------------------------------------------------
    def show_request(self, request_id: int | None) -> None:
        self.request_id = request_id
        self.setEnabled(request_id is not None)
        if request_id is None:
            self.detail = None
            self.header.setText("")
            return
        d = self.detail = self.desk.read(support_detail.request_detail, request_id)
        staff, teams = self.desk.read(support_detail.people), self.desk.read(support_detail.teams)
        r = d.row
        extra = {"remote_hands": self.tr("예약 %1").replace("%1", texts.local(d.scheduled_at)) if d.scheduled_at
                 else self.tr("일반 (바로)"),
                 "incident": self.tr("심각도 %1").replace("%1", str(r.severity)),
                 "shipping": f"{d.direction or ''} · {d.carrier} · {d.tracking_number} · {d.expected_on or ''}",
                 "site_visit": f"{texts.local(r.visit_at)} · " + ", ".join(f"{v['name']} ({v['phone']})"
                                                                         for v in d.visitors),
                 "consulting": d.project + (f" · {self._intake(d.project_tag)}" if d.project_tag else "")}[r.kind]
        self.header.setText(f"<b>{r.number}</b> · {texts.kind_name(r.kind)} · {texts.status_name(r.status)}<br>"
                            f"{r.account} {r.site} · {extra}<br><b>{r.title}</b><br>{d.description}")
        self.tick(clock.now())
        self.edit_button.setEnabled(r.status not in ("closed", "cancelled"))
        while self.moves.count():
            item = self.moves.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for status in support.allowed_moves(r.status):
            button = QPushButton(texts.status_name(status))
            button.setObjectName(f"move_{status}")
            button.clicked.connect(lambda _=False, s=status: self.move(s))
            self.moves.addWidget(button)
        self.history.clear()
        for h in d.history:
            self.history.addItem(f"{texts.local(h.at)} {texts.status_name(h.status)} · {h.staff}")
        self.messages.clear()
        for m in d.messages:
            self.messages.addItem(f"[{texts.source_name(m.source)}] {texts.local(m.at)} {m.author}\n{m.body}")
        self.attachments.clear()
        for a in d.attachments:
            item = QListWidgetItem(f"{a.filename} ({support_files.size_text(a.size)})")
            item.setData(256, a.id)
            self.attachments.addItem(item)
        self.assignee.clear()
        self.assignee.addItem(self.tr("(지정 안 함)"), None)
        for x in staff:
            self.assignee.addItem(x.name, x.id)
        self.assignee.setCurrentIndex(max(0, self.assignee.findData(r.assignee_id)))
        self.share_with.clear()
        for x in staff:
            self.share_with.addItem(x.name, f"staff:{x.id}")
        for x in teams:
            self.share_with.addItem(self.tr("조직: %1").replace("%1", x.name), f"team:{x.id}")
        self.shares.setText(self.tr("공유: %1").replace("%1", ", ".join(x.name for x in d.shares) or "-"))

    def tick(self, now) -> None:
        """The clocks at `now`, from the history already loaded with the request (no query): the list's timer
        calls this each second, so the detail counts down with the list."""
        if self.detail is None:
            self.clocks.setText("")
            return
        parts = []
        for c in self.detail.row.clocks(now, self._calendar):
            left = f" · {texts.left((c.due - now).total_seconds())}" if c.stopped_at is None else ""
            parts.append(f"{texts.clock_name(c.clock)} {texts.local(c.due)}{left} "
                         f"({texts.state_name('at_risk' if c.at_risk else c.state)})")
        self.clocks.setText(" / ".join(parts))

    def edit(self, exec_dialog: bool = True):
        """The request's form, filled; saving checks the version it was filled from."""
        from desktop_app.services import support_edit
        from desktop_app.views.support.edit_dialog import EditRequestDialog

        if self.request_id is None:
            return None
        current = self.desk.read(support_edit.editable, self.request_id)
        choices = self.desk.read(support_detail.support_choices, current.account_id)
        dialog = EditRequestDialog(self.desk, current, choices, self)
        request_id = self.request_id
        dialog.accepted.connect(lambda: self.changed.emit(request_id))
        if exec_dialog:
            dialog.open()
        return dialog

    @staticmethod
    def _intake(tag: str) -> str:
        """The address a customer writes to for this project (T7)."""
        from desktop_app.services.mail_intake import intake_address
        from desktop_app.settings import Settings

        return intake_address(Settings().get("support_address"), tag) or f"support+{tag}@…"

    # --- actions -------------------------------------------------------------------------------------------
    def _do(self, fn, *args, **kwargs) -> bool:
        try:
            self.desk.run(fn, *args, **kwargs)
        except UserError as exc:
            tell(self, self.tr("할 수 없습니다"), exc, warning=True)
            return False
        self.changed.emit(self.request_id)
        return True

    def move(self, status: str) -> bool:
        return self._do(support.change_status, self.request_id, status, self.detail.row.version)

    def send(self) -> bool:
        """A staff reply to a request with a requester address goes by mail too, threaded (T7); a reply that
        cannot be sent stays in the outbox with the reason."""
        source, body = self.source.currentData(), self.reply.toPlainText()
        by_mail = source == "staff_reply" and bool(self.detail.requester_email) and bool(body.strip())
        if by_mail:
            try:
                queued = self.desk.run(support_replies.reply_by_mail, self.request_id, body)
            except UserError as exc:
                tell(self, self.tr("할 수 없습니다"), exc, warning=True)
                return False
            self.changed.emit(self.request_id)
            self.sending = self._deliver(queued.id)
        elif not self._do(support.add_message, self.request_id, source, body):
            return False
        self.reply.clear()
        return True

    def _deliver(self, outbox_id: int):
        from desktop_app.secrets import get_secret
        from desktop_app.services import mail
        from desktop_app.settings import Settings
        from desktop_app.views.common import background

        settings = Settings()
        config = mail.SmtpConfig.from_settings(settings, get_secret(mail.PASSWORD_SECRET))

        def done(reason, exc) -> None:
            problem = reason or (str(exc) if exc is not None else None)
            if problem:
                tell(self, self.tr("메일을 보내지 못했습니다"), self.tr("답변은 기록되었고 메일은 보낼함에 남았습니다: %1")
                     .replace("%1", problem), warning=True)

        return background.start(self, lambda: mail.deliver(self.desk, outbox_id, config,
                                                           company_name=settings.get("company_name")), done)

    def assign(self) -> bool:
        return self._do(support.assign, self.request_id, self.assignee.currentData())

    def share(self) -> bool:
        chosen = self.share_with.currentData()
        if not chosen:
            return False
        what, target = chosen.split(":")
        return self._do(support_files.share, self.request_id, **{f"{what}_id": int(target)})

    def attach_by_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("첨부할 파일"))
        if paths:
            self.attach_files(paths)

    def attach_files(self, paths: list[str]) -> int:
        """Attach each file; a file over 10 MB is refused with the reason before it is read (T3)."""
        done, problems = 0, []
        for path in paths:
            p = Path(path)
            try:
                size = p.stat().st_size
            except OSError as exc:
                problems.append(f"{p.name}: {exc.strerror}")
                continue
            if (problem := support_files.size_problem(p.name, size)) is not None:
                problems.append(problem)
                continue
            try:
                self.desk.run(support_files.add_attachment, self.request_id, p.name, p.read_bytes())
                done += 1
            except (UserError, OSError) as exc:
                problems.append(getattr(exc, "message", str(exc)))
        if done:
            self.changed.emit(self.request_id)
        if problems:
            tell(self, self.tr("첨부하지 못한 파일"), "\n".join(problems), warning=True)
        return done

    def open_attachment(self, attachment_id: int) -> str | None:
        """Write the file to a temporary folder and hand it to the system's application."""
        try:
            name, data = self.desk.read(support_files.attachment_content, attachment_id)
        except UserError as exc:
            tell(self, self.tr("열 수 없습니다"), exc, warning=True)
            return None
        folder = Path(tempfile.mkdtemp(prefix="reseller-desk-"))
        path = folder / name
        path.write_bytes(data)
        self.opened_files.append(str(path))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return str(path)
