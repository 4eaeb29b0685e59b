"""One file in: YAML with positions, normalised, validated against the schema."""
