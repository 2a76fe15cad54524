"""A risk-limiting audit of the seat allocation and the district winners (batch comparison).

Precincts are the batches: assertions that together imply the reported outcome
(`assertions`), the per-precinct bounds and integer weights of the frozen manifest
(`manifest`), Rivest's SHA-256 sampler (`sampler`), and the Kaplan–Markov risk with round
sizing and escalation (`risk`). Every margin and bound is an exact fraction; only the
P-values are floating point, summed as logarithms in one fixed order so that anyone
recomputing them with the same formulas gets the same digits.
"""
