"""Pure business rules of domain.md: no Qt, no SQLAlchemy."""
