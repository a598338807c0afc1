// Dependency-tree utilities for the parser: checking that heads form a tree, projectivity, and
// projectivising a training tree by lifting (Nivre & Nilsson 2005, without encoding the lift
// in the label): a non-projective arc h -> d becomes head(h) -> d, shortest arcs first, until
// no arc crosses another. English UD has few such arcs (0.2% in EWT train), so the lost arcs
// cost less than what a non-projective transition system would.
// Trees are given as heads[1..n] (0 = ROOT; heads[0] unused).
// Cost: IsTree O(n); IsProjective and Projectivize O(n^2) per lift, for training data only.
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace corroborate::nlp {

// True when every word has a head in 0..n, exactly one word has head 0 and there is no cycle.
bool IsTree(std::span<const int32_t> heads);

// True when no arc of the tree crosses another (every word between a head and its dependent
// descends from the head). heads must be a tree.
bool IsProjective(std::span<const int32_t> heads);

// Lifts non-projective arcs until the tree is projective; returns the number of lifts. heads
// must be a tree; it stays one.
int Projectivize(std::vector<int32_t>* heads);

}  // namespace corroborate::nlp
