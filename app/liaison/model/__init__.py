"""Plain data classes and identifier normalisation; imports nothing else of liaison."""
