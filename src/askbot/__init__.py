"""askbot: a French question-answering bot about Ai Movement, built on BM25."""

__version__ = "0.1.0"
