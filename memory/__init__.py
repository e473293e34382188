"""Everything atelier persists apart from LangGraph checkpoints: assets, ledger, brand index."""
