"""samgraf.ontology."""
