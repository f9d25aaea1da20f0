"""samgraf: board protocols of Swedish samordningsförbund as a knowledge graph."""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__"]
