"""What a user's screen showed: the version an edit passes back (issue 10, item 3, no lost update)."""

from desktop_app.models import Account


def account_version(desk, account_id: int) -> int:
    """The version of the account as a screen opened now shows it (an order passes it back)."""
    with desk.db.session() as s:
        return s.get(Account, account_id).version
