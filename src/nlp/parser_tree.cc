// Tree checks and projectivisation; see parser_tree.h.
#include "nlp/parser_tree.h"

#include <cstdlib>

namespace corroborate::nlp {
namespace {

// Whether a descends from h (or is h).
bool Dominates(std::span<const int32_t> heads, int32_t h, int32_t a) {
  while (a != 0 && a != h) a = heads[static_cast<size_t>(a)];
  return a == h;
}

// Whether the arc into word d crosses another arc.
bool ArcIsProjective(std::span<const int32_t> heads, int32_t d) {
  const int32_t h = heads[static_cast<size_t>(d)];
  const int32_t lo = h < d ? h : d;
  const int32_t hi = h < d ? d : h;
  for (int32_t k = lo + 1; k < hi; ++k) {
    if (!Dominates(heads, h, k)) return false;
  }
  return true;
}

}  // namespace

bool IsTree(std::span<const int32_t> heads) {
  if (heads.empty()) return false;
  const auto n = static_cast<int32_t>(heads.size() - 1);
  if (n == 0) return true;
  int roots = 0;
  for (int32_t d = 1; d <= n; ++d) {
    const int32_t h = heads[static_cast<size_t>(d)];
    if (h < 0 || h > n || h == d) return false;
    roots += h == 0 ? 1 : 0;
  }
  if (roots != 1) return false;
  // Every word reaches ROOT: walk up, marking words known to reach it (linear overall).
  std::vector<uint8_t> state(heads.size(), 0);  // 0 unknown, 1 on the current walk, 2 reaches
  state[0] = 2;
  std::vector<int32_t> walk;
  for (int32_t d = 1; d <= n; ++d) {
    walk.clear();
    int32_t a = d;
    while (state[static_cast<size_t>(a)] == 0) {
      state[static_cast<size_t>(a)] = 1;
      walk.push_back(a);
      a = heads[static_cast<size_t>(a)];
    }
    if (state[static_cast<size_t>(a)] == 1) return false;  // came back to the walk: a cycle
    for (int32_t w : walk) state[static_cast<size_t>(w)] = 2;
  }
  return true;
}

bool IsProjective(std::span<const int32_t> heads) {
  for (size_t d = 1; d < heads.size(); ++d) {
    if (!ArcIsProjective(heads, static_cast<int32_t>(d))) return false;
  }
  return true;
}

int Projectivize(std::vector<int32_t>* heads) {
  int lifts = 0;
  for (;;) {
    int32_t shortest = 0;
    int32_t shortest_length = 0;
    for (size_t d = 1; d < heads->size(); ++d) {
      const auto dep = static_cast<int32_t>(d);
      const int32_t length = std::abs((*heads)[d] - dep);
      if (shortest != 0 && length >= shortest_length) continue;
      if (!ArcIsProjective(*heads, dep)) {
        shortest = dep;
        shortest_length = length;
      }
    }
    if (shortest == 0) return lifts;
    // A non-projective arc never comes from ROOT (every word descends from it), so the head
    // has a head of its own.
    int32_t& head = (*heads)[static_cast<size_t>(shortest)];
    head = (*heads)[static_cast<size_t>(head)];
    ++lifts;
  }
}

}  // namespace corroborate::nlp
