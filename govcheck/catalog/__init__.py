"""What the rules are and how they run: rule files, facts, the durable-rules engine."""
