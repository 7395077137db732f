"""Storage: SQLAlchemy Core schema, named migrations, the Store."""

from eventwire.store.store import Store, StoreUnavailable, database_url

__all__ = ["Store", "StoreUnavailable", "database_url"]
