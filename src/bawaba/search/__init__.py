"""Hybrid multilingual search: lexical BM25 + dense embeddings + fusion + facets."""
