"""The support section: the requests list with live clocks, the detail, and one form per request type."""
