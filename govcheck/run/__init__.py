"""One run over many documents: configuration, checking, workers, baselines, verdicts."""
