"""samgraf.graph."""
