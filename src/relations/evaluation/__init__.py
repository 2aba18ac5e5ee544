"""Scoring the extraction against gold annotations: our YAML format and public gold sets."""
