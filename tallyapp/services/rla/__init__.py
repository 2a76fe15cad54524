"""The risk-limiting audit's use cases: plan, freeze the manifest, seed, draw, recount, risk,
report and bundle (see docs/rla.md and domain/rla)."""
