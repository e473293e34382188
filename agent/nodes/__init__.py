"""One node per module; each is a small function of (state, runtime) returning an update."""
