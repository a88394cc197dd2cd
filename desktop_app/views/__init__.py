"""Qt widgets: layout and signal wiring only; they call services through a Desk."""
