"""Use-cases: each takes a Session and the acting staff user, checks permissions, writes the audit log."""
