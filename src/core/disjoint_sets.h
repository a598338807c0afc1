// DisjointSets: union-find over 0..n-1 with path halving. The smaller index always stays the
// root, so a group is named by its earliest member (deterministic output for the same input).
// Find and Union cost near O(1) amortised. Not thread-safe. Also two small helpers on sorted
// vectors (shared element, shared count) that grouping code needs beside it.
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace corroborate {

class DisjointSets {
 public:
  explicit DisjointSets(size_t n) : parent_(n) {
    for (size_t i = 0; i < n; ++i) parent_[i] = i;
  }

  size_t Find(size_t x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }

  // Joins the groups of a and b; returns the root of the joined group (the smaller root).
  size_t Union(size_t a, size_t b) {
    a = Find(a), b = Find(b);
    if (a == b) return a;
    parent_[std::max(a, b)] = std::min(a, b);
    return std::min(a, b);
  }

 private:
  std::vector<size_t> parent_;
};

// True when two ascending vectors share an element. O(|a| + |b|).
template <class T>
bool SortedIntersect(const std::vector<T>& a, const std::vector<T>& b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      return true;
    }
  }
  return false;
}

// Number of elements two ascending vectors of unique elements share. O(|a| + |b|).
template <class T>
size_t SortedCommonCount(const std::vector<T>& a, const std::vector<T>& b) {
  size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++n, ++i, ++j;
    }
  }
  return n;
}

}  // namespace corroborate
