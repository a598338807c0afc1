// Clause support (clause_support.h): clause claims proposed against other outlets' sentences
// through postings of rare features, scored like alignment pairs, then checked against the
// target group's centroid and against their own sentence's group.
#include "reconcile/clause_support.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>
#include <utility>

namespace corroborate {
namespace {

using Vec = std::vector<std::pair<int32_t, float>>;

// Centroid cosine a clause needs with a lone sentence it shares its predicate and a name with:
// that sentence's other words (context the clause leaves out) dilute the cosine.
constexpr float kPredicateCentroid = 0.10f;

double Dot(const Vec& a, const Vec& b) {
  double dot = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      dot += static_cast<double>(a[i].second) * b[j].second;
      ++i;
      ++j;
    }
  }
  return dot;
}

// Sum of the members' vectors (sorted by feature).
Vec Centroid(const ClaimSet& set, const std::vector<uint32_t>& members) {
  std::map<int32_t, float> sum;
  for (uint32_t m : members) {
    for (const auto& [f, w] : set.claims[m].vec) sum[f] += w;
  }
  return Vec(sum.begin(), sum.end());
}

// What two claims share: word roots (not names, numbers or dates), and rare features (words or
// names in a few of the story's sentences) with how many of those are word roots.
struct Overlap {
  int words = 0;
  int rare = 0;
  int rare_words = 0;
};

Overlap Shared(const ClaimSet& set, const Claim& a, const Claim& b) {
  Overlap o;
  const uint32_t rare_df = std::max<uint32_t>(4, 2 * set.distinct_df);
  size_t i = 0, j = 0;
  while (i < a.vec.size() && j < b.vec.size()) {
    if (a.vec[i].first < b.vec[j].first) {
      ++i;
    } else if (b.vec[j].first < a.vec[i].first) {
      ++j;
    } else {
      const int32_t f = a.vec[i].first;
      const std::string& name = set.features[f];
      const bool word = name.empty() || name[0] != '\x01';
      const bool entity = !word && name.size() > 1 && name[1] == 'e';
      o.words += word ? 1 : 0;
      if ((word || entity) && set.df[f] <= rare_df) {
        ++o.rare;
        o.rare_words += word ? 1 : 0;
      }
      ++i;
      ++j;
    }
  }
  return o;
}

// Whether sentence d tells the clause's predicate: one of its verb roots as a rare word feature
// ("resigned" meets "the resignation"), or its ordinal as a word ("sixth" meets "sixth"). Common
// verbs ("said", "told") tell nothing.
bool TellsPredicate(const ClaimSet& set, const Claim& clause, const Claim& d) {
  const uint32_t rare_df = std::max<uint32_t>(4, 2 * set.distinct_df);
  std::string_view rest = clause.reading.predicate;
  while (!rest.empty()) {
    const size_t sp = rest.find(' ');
    const std::string_view w = rest.substr(0, sp);
    rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
    const int32_t f = set.StemId(w);
    const bool rare = f >= 0 && set.df[f] <= rare_df;
    for (const ClaimToken& t : d.tokens) {
      if ((rare && t.feature == f) || (f < 0 && t.lower == w)) return true;
    }
  }
  return false;
}

struct Candidate {
  float score = 0;
  int32_t group = -1;
};

}  // namespace

std::vector<std::vector<ClauseLink>> ClauseSupport(const ClaimSet& set,
                                                   const std::vector<std::vector<uint32_t>>& groups,
                                                   const AlignOptions& options,
                                                   float clause_threshold) {
  std::vector<std::vector<ClauseLink>> out(groups.size());
  const size_t n = set.claims.size();
  const float rare_threshold = 0.6f * clause_threshold;
  if (set.clause_claims.empty()) return out;
  std::vector<int32_t> group_of(n, -1);
  for (size_t g = 0; g < groups.size(); ++g) {
    for (uint32_t c : groups[g]) {
      if (c < n) group_of[c] = static_cast<int32_t>(g);
    }
  }
  // Targets: sentences in a group of at most 64 (a lone headline is no fact to support).
  auto target = [&](size_t i) {
    const Claim& c = set.claims[i];
    if (c.fragment || group_of[i] < 0) return false;
    const auto& g = groups[group_of[i]];
    return g.size() <= 64 && !(c.heading && g.size() == 1);
  };
  const size_t spread = std::max<size_t>(50, set.live / 50);
  const size_t cap =
      std::max<size_t>(3, std::min({static_cast<size_t>(options.rare_fraction * set.live),
                                    options.max_postings, spread}));
  std::vector<std::vector<std::pair<uint32_t, float>>> postings(set.features.size());
  std::vector<float> common(n, 0);
  for (size_t i = 0; i < n; ++i) {
    if (!target(i)) continue;
    double sq = 0;
    for (const auto& [f, w] : set.claims[i].vec) {
      if (set.df[f] >= 2 && set.df[f] <= cap) {
        postings[f].push_back({static_cast<uint32_t>(i), w});
      } else {
        sq += static_cast<double>(w) * w;
      }
    }
    common[i] = static_cast<float>(std::sqrt(sq));
  }
  std::vector<Vec> centroids(groups.size());
  std::vector<double> centroid_norm(groups.size(), -1);
  // Per (group, doc): the best clause there and its score.
  std::map<std::pair<int32_t, uint32_t>, std::pair<float, uint32_t>> best;
  // How well each clause matches the other sentences of its own sentence's group; the best
  // clause of a sentence is what aligned it there, and tells that fact only.
  std::vector<float> own_score(set.clause_claims.size(), 0);
  std::vector<char> own_clause(set.clause_claims.size(), 0);
  for (size_t k = 0; k < set.clause_claims.size();) {
    const uint32_t parent = set.clause_parent[k];
    size_t e = k;
    while (e < set.clause_claims.size() && set.clause_parent[e] == parent) ++e;
    const int32_t own = parent < n ? group_of[parent] : -1;
    if (own >= 0 && groups[own].size() >= 2 && groups[own].size() <= 64) {
      size_t best_k = k;
      for (size_t x = k; x < e; ++x) {
        for (uint32_t m : groups[own]) {
          if (m == parent) continue;
          own_score[x] = std::max(own_score[x], AlignScore(set.clause_claims[x], set.claims[m]));
        }
        if (own_score[x] > own_score[best_k]) best_k = x;
      }
      own_clause[best_k] = 1;
    }
    k = e;
  }
  std::vector<float> acc(n, 0);
  std::vector<char> seen(n, 0);
  std::vector<uint32_t> touched;
  for (size_t k = 0; k < set.clause_claims.size(); ++k) {
    if (own_clause[k]) continue;
    const Claim& u = set.clause_claims[k];
    const uint32_t parent = set.clause_parent[k];
    const int32_t own = parent < n ? group_of[parent] : -1;
    double sq = 0;
    touched.clear();
    for (const auto& [f, w] : u.vec) {
      const auto& list = postings[f];
      if (list.empty()) {
        sq += static_cast<double>(w) * w;
        continue;
      }
      for (const auto& [j, wj] : list) {
        if (set.claims[j].doc == u.doc) continue;
        if (!seen[j]) {
          seen[j] = 1;
          touched.push_back(j);
        }
        acc[j] += w * wj;
      }
    }
    const float common_u = static_cast<float>(std::sqrt(sq));
    Candidate pick;
    bool pick_predicate = false;
    for (uint32_t j : touched) {
      const float rare = acc[j];
      seen[j] = 0;
      acc[j] = 0;
      const Claim& d = set.claims[j];
      const int32_t g = group_of[j];
      if (g == own) continue;
      const float bonus = AlignScore(u, d, /*with_cosine=*/false);
      if (rare + common_u * common[j] + bonus < rare_threshold) continue;
      const float score = Cosine(u, d) + bonus;
      if (score < rare_threshold || score <= pick.score) continue;
      // A close match sharing two words, or a looser one sharing three rare words or names
      // (one a word: "Marek", "resign", "corruption"); a lone sentence's group, which the
      // clause would make a fact of two outlets, always needs the rare words.
      const Overlap o = Shared(set, u, d);
      const bool few = o.rare >= 3 && o.rare_words >= 1;
      const bool close = score >= clause_threshold && o.words >= 2 && groups[g].size() >= 2;
      // A lone sentence sharing a rare name and the clause's own predicate ("after Marek
      // resigned" and "the resignation of his adviser Marek"): two outlets tell one fact even
      // when the rest of the sentence dilutes the score.
      const bool predicate = groups[g].size() == 1 && o.rare >= 2 && o.rare_words >= 1 &&
                             o.rare > o.rare_words && TellsPredicate(set, u, d);
      if (!few && !close && !predicate) continue;
      bool same_doc = false;
      for (uint32_t m : groups[g]) same_doc = same_doc || set.claims[m].doc == u.doc;
      if (same_doc) continue;
      pick = {score, g};
      pick_predicate = predicate;
    }
    // The clause tells its own sentence's fact when another sentence of that group matches it
    // as well.
    if (pick.group < 0 || own_score[k] >= pick.score) continue;
    const size_t g = static_cast<size_t>(pick.group);
    if (centroid_norm[g] < 0) {
      centroids[g] = Centroid(set, groups[g]);
      centroid_norm[g] = std::sqrt(Dot(centroids[g], centroids[g]));
    }
    if (centroid_norm[g] <= 0 ||
        Dot(u.vec, centroids[g]) / centroid_norm[g] <
            (pick_predicate ? kPredicateCentroid : options.centroid_threshold)) {
      continue;
    }
    auto [it, inserted] = best.emplace(std::make_pair(pick.group, u.doc),
                                       std::make_pair(pick.score, static_cast<uint32_t>(k)));
    if (!inserted && pick.score > it->second.first) it->second = {pick.score, k};
  }
  for (const auto& [key, value] : best) {
    const Claim& u = set.clause_claims[value.second];
    out[key.first].push_back({set.clause_parent[value.second], u.span});
  }
  return out;
}

}  // namespace corroborate
