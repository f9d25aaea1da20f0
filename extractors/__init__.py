"""samgraf.extractors."""
