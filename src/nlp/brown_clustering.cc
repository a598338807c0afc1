// Brown clustering with a window of C active clusters; see brown_clustering.h.
//
// Notation: for active clusters c, d, n(c,d) counts the bigrams "word of c, then word of d",
// u(c) is the unigram count of c's words, and the mutual information of the clustering is
// (up to constant factors that no merge changes) the sum over pairs of
//   q(c,d) = n(c,d) * (log n(c,d) - log u(c) - log u(d)).
// s(c) is the sum of the terms that involve c. Merging c and d into m replaces those terms by
// the ones of m, so the loss of the merge is s(c) + s(d) - q(c,d) - q(d,c) - W(c,d), where
// W(c,d) sums the terms of m with every other cluster and with itself. The loss table L holds
// this for every pair and is updated in O(1) per pair when a word is added or two clusters are
// merged (Liang 2005), instead of being recomputed.
#include "nlp/brown_clustering.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>
#include <utility>

namespace corroborate::nlp {
namespace {

struct Neighbour {
  uint32_t word;
  uint32_t count;
};

class Clusterer {
 public:
  Clusterer(std::vector<uint32_t> unigrams, std::vector<std::vector<Neighbour>> right,
            std::vector<std::vector<Neighbour>> left, uint32_t clusters, uint64_t max_count)
      : unigram_(std::move(unigrams)),
        right_(std::move(right)),
        left_(std::move(left)),
        slots_(clusters + 1),
        cnt_(static_cast<size_t>(slots_) * slots_, 0),
        q_(cnt_.size(), 0),
        loss_(cnt_.size(), 0),
        u_(slots_, 0),
        lu_(slots_, 0),
        s_(slots_, 0),
        node_(slots_, 0),
        members_(slots_),
        in_neighbours_(slots_, 0),
        slot_of_word_(unigram_.size(), -1) {
    log_.resize(max_count + 1);
    log_[0] = 0;
    for (uint64_t i = 1; i <= max_count; ++i) log_[i] = std::log(static_cast<double>(i));
    for (uint32_t s = slots_; s-- > 0;) free_.push_back(s);
  }

  // Phase 1: every word in turn, merging whenever C + 1 clusters are active.
  void AddWords(const std::function<void(size_t, size_t)>& progress) {
    for (uint32_t w = 0; w < unigram_.size(); ++w) {
      AddWord(w);
      if (active_.size() == slots_) Merge(false);
      if (progress && (w + 1) % 256 == 0) progress(w + 1, unigram_.size());
    }
  }

  // Phase 2: merges the remaining clusters down to one, recording the tree.
  void BuildHierarchy() {
    for (uint32_t a : active_) {
      node_[a] = static_cast<uint32_t>(children_.size());
      leaf_of_node_.push_back(a);
      children_.push_back({kNone, kNone});
      leaf_slot_members_.push_back(members_[a]);
    }
    while (active_.size() > 1) Merge(true);
  }

  // The bit string of every word (by id).
  std::vector<std::string> Paths() const {
    std::vector<std::string> paths(unigram_.size());
    if (children_.empty()) return paths;
    // Depth-first from the root (the last node made), 0 to the first child, 1 to the second.
    std::vector<std::pair<uint32_t, std::string>> stack = {
        {static_cast<uint32_t>(children_.size() - 1), ""}};
    while (!stack.empty()) {
      auto [node, path] = std::move(stack.back());
      stack.pop_back();
      const auto [first, second] = children_[node];
      if (first == kNone) {
        for (uint32_t w : leaf_slot_members_[node]) paths[w] = path;
        continue;
      }
      stack.push_back({second, path + "1"});
      stack.push_back({first, path + "0"});
    }
    return paths;
  }

  uint32_t num_leaves() const { return static_cast<uint32_t>(leaf_of_node_.size()); }

 private:
  static constexpr uint32_t kNone = 0xFFFFFFFFu;

  uint32_t& N(uint32_t a, uint32_t b) { return cnt_[static_cast<size_t>(a) * slots_ + b]; }
  uint32_t N(uint32_t a, uint32_t b) const { return cnt_[static_cast<size_t>(a) * slots_ + b]; }
  double& Q(uint32_t a, uint32_t b) { return q_[static_cast<size_t>(a) * slots_ + b]; }
  double& L(uint32_t a, uint32_t b) {  // a != b; stored once per unordered pair
    return a < b ? loss_[static_cast<size_t>(a) * slots_ + b]
                 : loss_[static_cast<size_t>(b) * slots_ + a];
  }

  // q for n bigrams between clusters whose unigram counts' logs sum to log_margins. The logs of
  // the active clusters' counts are cached (lu_): the table is large, its lookups cache misses.
  double Term(uint64_t n, double log_margins) const {
    return n == 0 ? 0.0 : static_cast<double>(n) * (log_[n] - log_margins);
  }
  double Term(uint64_t n, uint64_t left, uint64_t right) const {
    return Term(n, log_[left] + log_[right]);
  }

  double SumOf(uint32_t c) {
    double sum = -Q(c, c);
    for (uint32_t t : active_) sum += Q(c, t) + Q(t, c);
    return sum;
  }

  // Loss of mutual information when c and d merge, from scratch: O(active clusters).
  double MergeLoss(uint32_t c, uint32_t d) {
    const double lm = log_[u_[c] + u_[d]];
    const uint64_t self = uint64_t{N(c, c)} + N(c, d) + N(d, c) + N(d, d);
    double merged = Term(self, 2 * lm);
    for (uint32_t x : active_) {
      if (x == c || x == d) continue;
      merged += Term(uint64_t{N(c, x)} + N(d, x), lm + lu_[x]);
      merged += Term(uint64_t{N(x, c)} + N(x, d), lu_[x] + lm);
    }
    return s_[c] + s_[d] - Q(c, d) - Q(d, c) - merged;
  }

  void AddWord(uint32_t w) {
    const uint32_t k = free_.back();
    free_.pop_back();
    for (uint32_t t = 0; t < slots_; ++t) N(k, t) = N(t, k) = 0;
    slot_of_word_[w] = static_cast<int32_t>(k);
    u_[k] = unigram_[w];
    lu_[k] = log_[u_[k]];
    members_[k] = {w};
    for (const Neighbour& r : right_[w]) {
      if (slot_of_word_[r.word] >= 0) N(k, static_cast<uint32_t>(slot_of_word_[r.word])) += r.count;
    }
    for (const Neighbour& l : left_[w]) {  // (w, w) is already in right_[w]
      if (l.word != w && slot_of_word_[l.word] >= 0) {
        N(static_cast<uint32_t>(slot_of_word_[l.word]), k) += l.count;
      }
    }
    active_.insert(std::lower_bound(active_.begin(), active_.end(), k), k);
    std::vector<uint32_t> neighbours;
    for (uint32_t t : active_) {
      Q(k, t) = Term(N(k, t), lu_[k] + lu_[t]);
      Q(t, k) = Term(N(t, k), lu_[t] + lu_[k]);
      if (t != k && (N(k, t) != 0 || N(t, k) != 0)) neighbours.push_back(t);
    }
    // Existing pairs change only through the new cluster's terms: s(c) and s(d) gain theirs,
    // and W(c,d) gains the merged cluster's with k. Zero unless c or d is k's neighbour.
    for (uint32_t c : neighbours) in_neighbours_[c] = 1;
    for (uint32_t c : neighbours) {
      for (uint32_t d : active_) {
        if (d == k || d == c || (in_neighbours_[d] && d < c)) continue;
        const double lm = log_[u_[c] + u_[d]];
        L(c, d) += Q(c, k) + Q(k, c) + Q(d, k) + Q(k, d) -
                   Term(uint64_t{N(c, k)} + N(d, k), lm + lu_[k]) -
                   Term(uint64_t{N(k, c)} + N(k, d), lu_[k] + lm);
      }
    }
    for (uint32_t c : neighbours) in_neighbours_[c] = 0;
    for (uint32_t t : active_) {
      if (t != k) s_[t] += Q(t, k) + Q(k, t);
    }
    s_[k] = SumOf(k);
    for (uint32_t t : active_) {
      if (t != k) L(t, k) = MergeLoss(t, k);
    }
  }

  // Merges the active pair of least loss (the first in slot order on ties).
  void Merge(bool record) {
    double best = std::numeric_limits<double>::infinity();
    uint32_t a = kNone, b = kNone;
    for (size_t i = 0; i < active_.size(); ++i) {
      for (size_t j = i + 1; j < active_.size(); ++j) {
        const double l = L(active_[i], active_[j]);
        if (l < best) {
          best = l;
          a = active_[i];
          b = active_[j];
        }
      }
    }
    const uint64_t um = u_[a] + u_[b];
    const double lum = log_[um];
    // Per cluster t: its terms with a and b now, and with the merged cluster after.
    old_terms_.assign(slots_, 0);
    new_terms_.assign(slots_, 0);
    for (uint32_t t : active_) {
      if (t == a || t == b) continue;
      old_terms_[t] = Q(t, a) + Q(a, t) + Q(t, b) + Q(b, t);
      new_terms_[t] = Term(uint64_t{N(t, a)} + N(t, b), lu_[t] + lum) +
                      Term(uint64_t{N(a, t)} + N(b, t), lum + lu_[t]);
    }
    for (size_t i = 0; i < active_.size(); ++i) {
      const uint32_t c = active_[i];
      if (c == a || c == b) continue;
      for (size_t j = i + 1; j < active_.size(); ++j) {
        const uint32_t d = active_[j];
        if (d == a || d == b) continue;
        const uint64_t cd_a = uint64_t{N(c, a)} + N(d, a), a_cd = uint64_t{N(a, c)} + N(a, d);
        const uint64_t cd_b = uint64_t{N(c, b)} + N(d, b), b_cd = uint64_t{N(b, c)} + N(b, d);
        double change = new_terms_[c] - old_terms_[c] + new_terms_[d] - old_terms_[d];
        if ((cd_a | a_cd | cd_b | b_cd) != 0) {  // else W(c,d) has no term with a or b
          const double lcd = log_[u_[c] + u_[d]];
          const double old_w = Term(cd_a, lcd + lu_[a]) + Term(a_cd, lu_[a] + lcd) +
                               Term(cd_b, lcd + lu_[b]) + Term(b_cd, lu_[b] + lcd);
          const double new_w = Term(cd_a + cd_b, lcd + lum) + Term(a_cd + b_cd, lum + lcd);
          change -= new_w - old_w;
        }
        L(c, d) += change;
      }
    }
    // Fold b into a.
    for (uint32_t t = 0; t < slots_; ++t) N(a, t) += N(b, t);
    for (uint32_t t = 0; t < slots_; ++t) N(t, a) += N(t, b);
    u_[a] = um;
    lu_[a] = lum;
    for (uint32_t w : members_[b]) slot_of_word_[w] = static_cast<int32_t>(a);
    members_[a].insert(members_[a].end(), members_[b].begin(), members_[b].end());
    members_[b].clear();
    active_.erase(std::find(active_.begin(), active_.end(), b));
    free_.push_back(b);
    for (uint32_t t : active_) {
      if (t != a) s_[t] += new_terms_[t] - old_terms_[t];
    }
    for (uint32_t t : active_) {
      Q(a, t) = Term(N(a, t), lu_[a] + lu_[t]);
      Q(t, a) = Term(N(t, a), lu_[t] + lu_[a]);
    }
    s_[a] = SumOf(a);
    for (uint32_t t : active_) {
      if (t != a) L(t, a) = MergeLoss(t, a);
    }
    if (record) {
      const uint32_t parent = static_cast<uint32_t>(children_.size());
      children_.push_back({node_[a], node_[b]});
      leaf_slot_members_.emplace_back();
      node_[a] = parent;
    }
  }

  std::vector<uint32_t> unigram_;
  std::vector<std::vector<Neighbour>> right_, left_;
  uint32_t slots_;
  std::vector<uint32_t> cnt_;
  std::vector<double> q_, loss_;
  std::vector<uint64_t> u_;
  std::vector<double> lu_;  // log u_
  std::vector<double> s_;
  std::vector<uint32_t> node_;
  std::vector<std::vector<uint32_t>> members_;
  std::vector<uint8_t> in_neighbours_;
  std::vector<int32_t> slot_of_word_;
  std::vector<uint32_t> active_;  // ascending slot numbers
  std::vector<uint32_t> free_;
  std::vector<double> log_;
  std::vector<double> old_terms_, new_terms_;
  // Phase 2's tree: children per node (kNone for a leaf), the words of each leaf.
  std::vector<std::pair<uint32_t, uint32_t>> children_;
  std::vector<uint32_t> leaf_of_node_;
  std::vector<std::vector<uint32_t>> leaf_slot_members_;
};

}  // namespace

BrownClusters ClusterWords(const std::vector<std::vector<std::string>>& sentences,
                           const BrownOptions& options) {
  BrownClusters out;
  std::unordered_map<std::string, uint32_t> counts;
  uint64_t tokens = 0;
  for (const auto& sentence : sentences) {
    for (const std::string& w : sentence) {
      ++counts[w];
      ++tokens;
    }
  }
  std::vector<std::pair<std::string, uint32_t>> kept;
  for (const auto& [w, n] : counts) {
    if (n >= std::max<uint32_t>(options.min_count, 1)) kept.emplace_back(w, n);
  }
  std::sort(kept.begin(), kept.end(), [](const auto& x, const auto& y) {
    return x.second != y.second ? x.second > y.second : x.first < y.first;
  });
  if (kept.empty() || options.clusters == 0) return out;
  std::unordered_map<std::string_view, uint32_t> ids;
  std::vector<uint32_t> unigrams;
  for (const auto& [w, n] : kept) {
    ids.emplace(w, static_cast<uint32_t>(ids.size()));
    unigrams.push_back(n);
  }
  // Bigrams between kept words, as per-word neighbour lists in both directions.
  std::unordered_map<uint64_t, uint32_t> bigrams;
  for (const auto& sentence : sentences) {
    uint32_t prev = UINT32_MAX;
    for (const std::string& w : sentence) {
      auto it = ids.find(w);
      const uint32_t id = it == ids.end() ? UINT32_MAX : it->second;
      if (prev != UINT32_MAX && id != UINT32_MAX) ++bigrams[(uint64_t{prev} << 32) | id];
      prev = id;
    }
  }
  std::vector<std::vector<Neighbour>> right(kept.size()), left(kept.size());
  for (const auto& [key, n] : bigrams) {
    const uint32_t a = static_cast<uint32_t>(key >> 32), b = static_cast<uint32_t>(key);
    right[a].push_back({b, n});
    left[b].push_back({a, n});
  }
  const uint32_t c = std::min<uint32_t>(options.clusters, static_cast<uint32_t>(kept.size()));
  Clusterer clusterer(unigrams, std::move(right), std::move(left), c,
                      std::max<uint64_t>(tokens, 1));
  clusterer.AddWords(options.progress);
  clusterer.BuildHierarchy();
  out.paths = clusterer.Paths();
  out.num_clusters = clusterer.num_leaves();
  out.counts = std::move(unigrams);
  for (auto& [w, n] : kept) out.words.push_back(std::move(w));
  return out;
}

}  // namespace corroborate::nlp
