"""Benchmarks: a synthetic-campaign generator and the validate / site-build benchmark."""
