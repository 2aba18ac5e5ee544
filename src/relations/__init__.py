"""relations: news articles about international relations -> tidy, evidence-linked tables."""

__version__ = "0.1.0"
