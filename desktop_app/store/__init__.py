"""Storage: Peewee models, database set-up, migrations, seed data. No Qt here."""
