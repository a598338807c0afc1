#include "story/average_linkage.h"

#include <algorithm>
#include <queue>
#include <unordered_map>

namespace corroborate {
namespace {

struct Pair {
  float similarity;
  uint32_t a, b;
  uint32_t version_a, version_b;
  bool operator<(const Pair& o) const {
    if (similarity != o.similarity) return similarity < o.similarity;
    return std::tie(o.a, o.b) < std::tie(a, b);  // ties: lower ids first, deterministic
  }
};

// Mean cosine between the members of a group (their vectors are unit length), -1 for one.
float Cohesion(const LinkageGroup& g) {
  if (g.size < 2) return -1.0f;
  float n = static_cast<float>(g.size);
  return (Dot(g.sum, g.sum) - n) / (n * (n - 1));
}

float Similarity(const LinkageGroup& x, const LinkageGroup& y, const LinkageOptions& options) {
  float mean = Dot(x.sum, y.sum) / (static_cast<float>(x.size) * static_cast<float>(y.size));
  if (options.relative > 0) {
    float c = std::min(Cohesion(x), Cohesion(y));  // no rule while one is a single article
    float need = options.relative * c;
    if (mean < need) return 0;
  }
  bool moved = (!x.places.empty() && PlaceForeign(x.places.front().term, y.places)) ||
               (!y.places.empty() && PlaceForeign(y.places.front().term, x.places));
  return mean *
         TimeFactor(DayGap(x.first_day, x.last_day, y.first_day, y.last_day), options.window_days,
                    options.decay_days, options.horizon_days) *
         MovedFactor(moved, x.first_day, y.first_day, options.moved_penalty);
}

}  // namespace

std::vector<uint32_t> AverageLinkage(std::vector<LinkageGroup> groups,
                                     const LinkageOptions& options) {
  const size_t n = groups.size();
  // Candidate pairs through an inverted index on each group's heaviest terms.
  std::vector<std::vector<uint32_t>> neighbours(n);
  {
    PostingIndex index(options.retrieval.max_posting_list);
    std::vector<WeightedTerm> top;
    std::vector<float> score(n, 0.0f);
    std::vector<uint32_t> touched;
    for (uint32_t g = 0; g < n; ++g) {
      HeaviestTerms(groups[g].sum, options.retrieval.query_terms, &top);
      for (const WeightedTerm& q : top) {
        index.ForEach(q.term, [&](const Posting& p) {
          if (score[p.slot] == 0.0f) touched.push_back(p.slot);
          score[p.slot] += q.weight;
        });
      }
      size_t keep = std::min(options.retrieval.candidates, touched.size());
      std::partial_sort(touched.begin(), touched.begin() + static_cast<ptrdiff_t>(keep),
                        touched.end(), [&](uint32_t x, uint32_t y) {
                          return score[x] > score[y] || (score[x] == score[y] && x < y);
                        });
      for (size_t k = 0; k < keep; ++k) {
        neighbours[g].push_back(touched[k]);
        neighbours[touched[k]].push_back(g);
      }
      for (uint32_t t : touched) score[t] = 0.0f;
      touched.clear();
      HeaviestTerms(groups[g].sum, options.retrieval.index_terms, &top);
      for (const WeightedTerm& t : top) index.Add(t.term, {g, 0});
    }
  }
  std::vector<uint32_t> version(n, 0);
  std::vector<uint32_t> parent(n);
  for (uint32_t g = 0; g < n; ++g) parent[g] = g;
  std::priority_queue<Pair> heap;
  auto propose = [&](uint32_t a, uint32_t b) {
    if (a == b) return;
    float sim = Similarity(groups[a], groups[b], options);
    bool undated = groups[a].first_day == kNoDay || groups[b].first_day == kNoDay;
    float need =
        undated ? std::max(options.threshold, options.undated_threshold) : options.threshold;
    if (sim >= need) heap.push({sim, a, b, version[a], version[b]});
  };
  for (uint32_t g = 0; g < n; ++g) {
    std::sort(neighbours[g].begin(), neighbours[g].end());
    neighbours[g].erase(std::unique(neighbours[g].begin(), neighbours[g].end()),
                        neighbours[g].end());
    for (uint32_t h : neighbours[g]) {
      if (g < h) propose(g, h);
    }
  }
  auto find = [&](uint32_t g) {
    while (parent[g] != g) g = parent[g] = parent[parent[g]];
    return g;
  };
  while (!heap.empty()) {
    Pair p = heap.top();
    heap.pop();
    if (parent[p.a] != p.a || parent[p.b] != p.b || version[p.a] != p.version_a ||
        version[p.b] != p.version_b) {
      continue;
    }
    // Merge b into a.
    LinkageGroup& a = groups[p.a];
    LinkageGroup& b = groups[p.b];
    AddScaled(b.sum, 1.0f, &a.sum);
    KeepTop(options.max_sum_terms, &a.sum);
    a.size += b.size;
    if (b.first_day != kNoDay) {
      a.first_day = a.first_day == kNoDay ? b.first_day : std::min(a.first_day, b.first_day);
      a.last_day = a.last_day == kNoDay ? b.last_day : std::max(a.last_day, b.last_day);
    }
    for (const TermCount& place : b.places) {
      auto it = std::find_if(a.places.begin(), a.places.end(),
                             [&](const TermCount& q) { return q.term == place.term; });
      if (it != a.places.end()) {
        it->count += place.count;
      } else {
        a.places.push_back(place);
      }
    }
    std::stable_sort(a.places.begin(), a.places.end(),
                     [](const TermCount& x, const TermCount& y) { return x.count > y.count; });
    if (a.places.size() > options.places) a.places.resize(options.places);
    TermVector().swap(b.sum);
    std::vector<TermCount>().swap(b.places);
    parent[p.b] = p.a;
    ++version[p.a];
    ++version[p.b];
    std::vector<uint32_t> merged;
    for (uint32_t h : neighbours[p.a]) merged.push_back(find(h));
    for (uint32_t h : neighbours[p.b]) merged.push_back(find(h));
    std::sort(merged.begin(), merged.end());
    merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
    merged.erase(std::remove(merged.begin(), merged.end(), p.a), merged.end());
    neighbours[p.a].swap(merged);
    std::vector<uint32_t>().swap(neighbours[p.b]);
    for (uint32_t h : neighbours[p.a]) propose(p.a, h);
  }
  std::vector<uint32_t> label(n);
  std::unordered_map<uint32_t, uint32_t> dense;
  for (uint32_t g = 0; g < n; ++g) {
    auto [it, fresh] = dense.emplace(find(g), static_cast<uint32_t>(dense.size()));
    label[g] = it->second;
  }
  return label;
}

}  // namespace corroborate
