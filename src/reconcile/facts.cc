#include "reconcile/facts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/disjoint_sets.h"
#include "core/strings.h"
#include "reconcile/support.h"

namespace corroborate {
namespace {

bool SameValue(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(a));
}

bool ShareQuantity(const Claim& a, const Claim& b) {
  for (const auto& qa : a.quantities) {
    for (const auto& qb : b.quantities) {
      if (qa.unit == qb.unit && SameValue(qa.value, qb.value)) return true;
    }
  }
  return false;
}

bool ShareDay(const Claim& a, const Claim& b) {
  for (const auto& ta : a.times) {
    if (!ta.date.has_day()) continue;
    for (const auto& tb : b.times) {
      if (tb.date == ta.date) return true;
    }
  }
  return false;
}

struct Pair {
  float score;
  uint32_t a, b;
  bool heading = false;    // a headline is involved: merge after body sentences took their slots
  bool same_head = false;  // quantity pairs: the number counts the same word in both
};

// A growing fact during clustering: members, their docs, and the sum of member vectors.
struct Group {
  std::vector<uint32_t> members;
  std::vector<uint32_t> docs;                       // sorted
  std::vector<std::pair<int32_t, float>> centroid;  // sorted by feature
  double norm = 0;
};

double Norm(const std::vector<std::pair<int32_t, float>>& v) {
  double n = 0;
  for (const auto& [f, w] : v) n += static_cast<double>(w) * w;
  return std::sqrt(n);
}

double CentroidCosine(const Group& a, const Group& b) {
  if (a.norm <= 0 || b.norm <= 0) return 0;
  double dot = 0;
  size_t i = 0, j = 0;
  while (i < a.centroid.size() && j < b.centroid.size()) {
    if (a.centroid[i].first < b.centroid[j].first) {
      ++i;
    } else if (a.centroid[i].first > b.centroid[j].first) {
      ++j;
    } else {
      dot += static_cast<double>(a.centroid[i].second) * b.centroid[j].second;
      ++i;
      ++j;
    }
  }
  return dot / (a.norm * b.norm);
}

class Clusterer {
 public:
  explicit Clusterer(const ClaimSet& set) : parent_(set.claims.size()), groups_(set.claims.size()) {
    std::iota(parent_.begin(), parent_.end(), 0);
    for (size_t i = 0; i < set.claims.size(); ++i) {
      groups_[i].members = {static_cast<uint32_t>(i)};
      groups_[i].docs = {set.claims[i].doc};
      groups_[i].centroid = set.claims[i].vec;
      groups_[i].norm = Norm(groups_[i].centroid);
    }
  }

  uint32_t Find(uint32_t x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }

  const std::vector<uint32_t>& Members(uint32_t x) { return groups_[Find(x)].members; }

  // Merges the groups of a and b when they share no doc and (unless forced) agree by centroid.
  bool TryMerge(uint32_t a, uint32_t b, bool forced, double centroid_threshold) {
    uint32_t ra = Find(a), rb = Find(b);
    if (ra == rb) return false;
    Group& ga = groups_[ra];
    Group& gb = groups_[rb];
    if (SortedIntersect(ga.docs, gb.docs)) return false;
    if (!forced && CentroidCosine(ga, gb) < centroid_threshold) return false;
    if (ga.members.size() < gb.members.size()) std::swap(ra, rb);
    Group& big = groups_[ra];
    Group& small = groups_[rb];
    parent_[rb] = ra;
    big.members.insert(big.members.end(), small.members.begin(), small.members.end());
    std::vector<uint32_t> docs;
    std::merge(big.docs.begin(), big.docs.end(), small.docs.begin(), small.docs.end(),
               std::back_inserter(docs));
    big.docs = std::move(docs);
    std::vector<std::pair<int32_t, float>> c;
    c.reserve(big.centroid.size() + small.centroid.size());
    size_t i = 0, j = 0;
    while (i < big.centroid.size() || j < small.centroid.size()) {
      if (j == small.centroid.size() ||
          (i < big.centroid.size() && big.centroid[i].first < small.centroid[j].first)) {
        c.push_back(big.centroid[i++]);
      } else if (i == big.centroid.size() || small.centroid[j].first < big.centroid[i].first) {
        c.push_back(small.centroid[j++]);
      } else {
        c.push_back({big.centroid[i].first, big.centroid[i].second + small.centroid[j].second});
        ++i;
        ++j;
      }
    }
    big.centroid = std::move(c);
    big.norm = Norm(big.centroid);
    small = Group();
    return true;
  }

  std::vector<std::vector<uint32_t>> Groups(const ClaimSet& set) {
    std::vector<std::vector<uint32_t>> out;
    for (size_t i = 0; i < parent_.size(); ++i) {
      if (Find(static_cast<uint32_t>(i)) != i || set.claims[i].fragment) continue;
      auto m = groups_[i].members;
      std::sort(m.begin(), m.end());
      out.push_back(std::move(m));
    }
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.front() < b.front(); });
    return out;
  }

 private:
  std::vector<uint32_t> parent_;
  std::vector<Group> groups_;
};

std::string FormatValue(double v) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.6g", v);
  return buf;
}

// Pairs of claims in different docs that share the same quantity about the same thing.
std::vector<Pair> QuantityPairs(const ClaimSet& set, const AlignOptions& options) {
  struct Mention {
    uint32_t claim;
    uint32_t q;
  };
  std::map<std::string, std::vector<Mention>> by_key;
  for (size_t i = 0; i < set.claims.size(); ++i) {
    const Claim& c = set.claims[i];
    if (c.fragment) continue;
    for (size_t q = 0; q < c.quantities.size(); ++q) {
      auto& v = by_key[c.quantities[q].unit + "=" + FormatValue(c.quantities[q].value)];
      if (v.size() < 200) v.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(q)});
    }
  }
  std::vector<Pair> pairs;
  for (const auto& [key, mentions] : by_key) {
    for (size_t x = 0; x < mentions.size(); ++x) {
      for (size_t y = x + 1; y < mentions.size(); ++y) {
        const Claim& a = set.claims[mentions[x].claim];
        const Claim& b = set.claims[mentions[y].claim];
        if (a.doc == b.doc) continue;
        if (!SameConcept(a, a.quantities[mentions[x].q], b, b.quantities[mentions[y].q],
                         options.quantity_cosine)) {
          continue;
        }
        pairs.push_back({PairScore(a, b), mentions[x].claim, mentions[y].claim,
                         a.heading || b.heading,
                         SortedIntersect(a.quantities[mentions[x].q].heads,
                                         b.quantities[mentions[y].q].heads)});
      }
    }
  }
  return pairs;
}

// Pairs proposed by shared rare features and scoring at least the threshold.
std::vector<Pair> SimilarPairs(const ClaimSet& set, const AlignOptions& options) {
  const size_t n = set.claims.size();
  // Features in many sentences propose no pairs (they still count in the cosine): at most
  // max(50, 2% of the sentences), so candidate generation stays near-linear in a long story.
  const size_t spread = std::max<size_t>(50, set.live / 50);
  const size_t cap =
      std::max<size_t>(3, std::min({static_cast<size_t>(options.rare_fraction * set.live),
                                    options.max_postings, spread}));
  std::vector<std::vector<std::pair<uint32_t, float>>> postings(set.features.size());
  for (size_t i = 0; i < n; ++i) {
    const Claim& c = set.claims[i];
    if (c.fragment) continue;
    for (const auto& [f, w] : c.vec) {
      if (set.df[f] >= 2 && set.df[f] <= cap) postings[f].push_back({static_cast<uint32_t>(i), w});
    }
  }
  // Norm of each claim's common part (features that propose no pairs): with Cauchy-Schwarz it
  // bounds what they can add to a cosine, so most candidates are settled without a full merge.
  std::vector<float> common(n, 0);
  for (size_t i = 0; i < n; ++i) {
    double sq = 0;
    for (const auto& [f, w] : set.claims[i].vec) {
      if (set.df[f] > cap) sq += static_cast<double>(w) * w;
    }
    common[i] = static_cast<float>(std::sqrt(sq));
  }
  std::vector<Pair> pairs;
  std::vector<float> acc(n, 0);
  std::vector<char> seen(n, 0);
  std::vector<uint32_t> touched;
  for (size_t i = 0; i < n; ++i) {
    const Claim& c = set.claims[i];
    if (c.fragment) continue;
    touched.clear();
    for (const auto& [f, w] : c.vec) {
      const auto& list = postings[f];
      if (list.empty()) continue;
      // Postings are in claim order: only look at later claims.
      auto it = std::upper_bound(list.begin(), list.end(), static_cast<uint32_t>(i),
                                 [](uint32_t x, const auto& p) { return x < p.first; });
      for (; it != list.end(); ++it) {
        const uint32_t j = it->first;
        if (set.claims[j].doc == c.doc) continue;
        if (!seen[j]) {
          seen[j] = 1;
          touched.push_back(j);
        }
        acc[j] += w * it->second;
      }
    }
    for (uint32_t j : touched) {
      const float rare = acc[j];
      seen[j] = 0;
      acc[j] = 0;
      const Claim& d = set.claims[j];
      const float bonus = AlignScore(c, d, /*with_cosine=*/false);
      if (rare + common[i] * common[j] + bonus < options.pair_threshold) continue;
      float score = Cosine(c, d) + bonus;
      if (score >= options.pair_threshold) {
        pairs.push_back({score, static_cast<uint32_t>(i), j, c.heading || d.heading});
      }
    }
  }
  return pairs;
}

bool ByScore(const Pair& x, const Pair& y) {
  if (x.heading != y.heading) return !x.heading;
  if (x.score != y.score) return x.score > y.score;
  if (x.a != y.a) return x.a < y.a;
  return x.b < y.b;
}

// A sentence that looks ahead ("will meet", "is expected to", "is due to").
bool FutureTense(const Claim& c) {
  const auto& t = c.tokens;
  for (size_t i = 0; i < t.size(); ++i) {
    const std::string& w = t[i].lower;
    if (w == "will" || w == "shall") return true;
    if ((w == "expected" || w == "due" || w == "set" || w == "scheduled" || w == "planned") &&
        i > 0 && i + 1 < t.size() && t[i + 1].lower == "to" &&
        (t[i - 1].lower == "is" || t[i - 1].lower == "are" || t[i - 1].lower == "was" ||
         t[i - 1].lower == "were")) {
      return true;
    }
    if ((w == "going" || w == "plans" || w == "plan") && i + 1 < t.size() &&
        t[i + 1].lower == "to") {
      return true;
    }
  }
  return false;
}

// How well a sentence reads as the statement of a fact.
double StatementScore(const Claim& c, std::string_view text, double centrality) {
  double s = 2.0 * centrality;
  if (c.heading) s -= 100;
  const int w = c.words;
  if (w < 10) s -= (10 - w) * 0.15;
  if (w > 35) s -= (w - 35) * 0.05;
  std::string_view t = Trim(text);
  if (!t.empty() && t.back() == '.') s += 0.5;
  if (!t.empty() && t.back() == '?') s -= 1.5;
  s -= 0.3 * c.pronouns;
  if (!c.tokens.empty() && !c.tokens[0].punct) {
    static const std::unordered_set<std::string> kWeakStart = {
        "he",      "she",       "it",  "they", "this",  "these", "those", "but", "and",
        "however", "meanwhile", "his", "her",  "their", "its",   "we",    "i"};
    if (kWeakStart.count(c.tokens[0].lower)) s -= 1.0;
  }
  if (t.find("\xE2\x80\x9C") != std::string_view::npos || t.find('"') != std::string_view::npos) {
    s -= 0.4;
  }
  return s;
}

}  // namespace

float PairScore(const Claim& a, const Claim& b, bool with_cosine) {
  float s = with_cosine ? Cosine(a, b) : 0.0f;
  if (ShareQuantity(a, b)) s += 0.15f;
  if (ShareDay(a, b)) s += 0.08f;
  // Long sentences dilute the cosine; the same less common actors still tie them together.
  int shared = 0;
  for (int32_t e : a.rare_entities) {
    if (std::binary_search(b.rare_entities.begin(), b.rare_entities.end(), e)) ++shared;
  }
  s += 0.05f * static_cast<float>(std::min(shared, 3));
  return s;
}

int SharedDistinct(const Claim& a, const Claim& b) {
  return static_cast<int>(SortedCommonCount(a.distinct_features, b.distinct_features));
}

float AlignScore(const Claim& a, const Claim& b, bool with_cosine) {
  float s = PairScore(a, b, with_cosine);
  const int shared = SharedDistinct(a, b);
  // One shared rare word can be chance; two or more rarely are.
  if (shared >= 2) s += 0.07f * static_cast<float>(std::min(shared, 4));
  return s;
}

bool SameConcept(const Claim& a, const ClaimQuantity& qa, const Claim& b, const ClaimQuantity& qb,
                 float quantity_cosine) {
  if (qa.unit != qb.unit) return false;
  if (SortedIntersect(qa.heads, qb.heads)) return true;
  return CosineWithoutQuantities(a, b) >= quantity_cosine;
}

std::vector<std::pair<uint32_t, uint32_t>> QuoteLinks(const ClaimSet& set,
                                                      const QuoteAlignment& quotes) {
  std::vector<std::pair<uint32_t, uint32_t>> links;
  auto claim_of = [&](const QuoteOccurrence& o) -> int64_t {
    if (o.doc + 1 >= set.doc_begin.size()) return -1;
    const uint64_t c = uint64_t{set.doc_begin[o.doc]} + o.sentence;
    if (c >= set.doc_begin[o.doc + 1] || set.claims[c].fragment) return -1;
    // A quote running over several sentences: which of them carries the shared words is
    // unknown, so it links nothing.
    if (!set.claims[c].span.Contains(o.text)) return -1;
    return static_cast<int64_t>(c);
  };
  for (const auto& members : quotes.members) {
    // The first occurrence in each doc stands for the quote there.
    std::vector<std::pair<uint32_t, const QuoteOccurrence*>> firsts;  // (claim, occurrence)
    std::vector<size_t> docs;
    for (uint32_t m : members) {
      if (m >= quotes.occurrences.size()) continue;
      const QuoteOccurrence& o = quotes.occurrences[m];
      if (std::find(docs.begin(), docs.end(), o.doc) != docs.end()) continue;
      const int64_t c = claim_of(o);
      if (c < 0) continue;
      docs.push_back(o.doc);
      firsts.push_back({static_cast<uint32_t>(c), &o});
    }
    // Two wordings link when they share two concepts or more: one shared word ("progress") is
    // too little to call two sentences one statement.
    for (size_t x = 0; x < firsts.size(); ++x) {
      for (size_t y = x + 1; y < firsts.size(); ++y) {
        const auto& a = firsts[x].second->wording.concepts;
        const auto& b = firsts[y].second->wording.concepts;
        size_t shared = 0;
        for (uint64_t k : a) shared += std::binary_search(b.begin(), b.end(), k) ? 1 : 0;
        if (shared >= 2) links.push_back({firsts[x].first, firsts[y].first});
      }
    }
  }
  return links;
}

std::vector<std::vector<uint32_t>> AlignClaims(
    const ClaimSet& set, const AlignOptions& options,
    const std::vector<std::pair<uint32_t, uint32_t>>& links) {
  Clusterer clusters(set);
  for (const auto& [a, b] : links) {
    if (a < set.claims.size() && b < set.claims.size() && set.claims[a].doc != set.claims[b].doc) {
      clusters.TryMerge(a, b, /*forced=*/true, 0);
    }
  }
  std::vector<Pair> qpairs = QuantityPairs(set, options);
  std::sort(qpairs.begin(), qpairs.end(), ByScore);
  for (const Pair& p : qpairs) {
    // An equal number links two lone sentences on its own, and any two when it counts the same
    // word; otherwise a group already formed (by a quote or another number) must also agree by
    // centroid, or "in two years" would pull every "first … in two years" into a quote's fact.
    const bool lone = clusters.Members(p.a).size() == 1 && clusters.Members(p.b).size() == 1;
    clusters.TryMerge(p.a, p.b, /*forced=*/lone || p.same_head, options.centroid_threshold);
  }
  std::vector<Pair> pairs = SimilarPairs(set, options);
  std::sort(pairs.begin(), pairs.end(), ByScore);
  for (const Pair& p : pairs) {
    // A strong pair may join a group whose other members it matches less well: the group's
    // centroid mixes several wordings, each sharing only part of the fact's words.
    // It must still match at least half of the group on its own (one member it echoes is not
    // enough: a long sentence carrying two facts would pull the other in).
    double threshold = options.centroid_threshold;
    if (p.score >= options.strong_pair) {
      const auto& ma = clusters.Members(p.a);
      const auto& mb = clusters.Members(p.b);
      const bool a_single = ma.size() == 1;
      if ((a_single || mb.size() == 1) && std::max(ma.size(), mb.size()) <= 64) {
        const Claim& single = set.claims[a_single ? p.a : p.b];
        const auto& group = a_single ? mb : ma;
        size_t matched = 0;
        bool related = true;  // shares some words with every member, not one of two topics
        for (uint32_t m : group) {
          const Claim& other = set.claims[m];
          if (Cosine(single, other) < options.strong_member_cosine) related = false;
          if (AlignScore(single, other) >= options.pair_threshold) ++matched;
        }
        if (related && 2 * matched >= group.size()) {
          threshold = options.strong_centroid_threshold;
        }
      }
    }
    clusters.TryMerge(p.a, p.b, /*forced=*/false, threshold);
  }
  return clusters.Groups(set);
}

int IndependentSources(const StoryInput& story, const std::vector<uint32_t>& docs) {
  std::unordered_set<uint64_t> groups;
  for (uint32_t d : docs) {
    if (d < story.sourcing.size()) {
      groups.insert(story.sourcing[d].group);
    } else {
      groups.insert((uint64_t{1} << 40) + d);
    }
  }
  return static_cast<int>(groups.size());
}

std::vector<std::vector<uint32_t>> SecondarySupport(
    const ClaimSet& set, const std::vector<std::vector<uint32_t>>& groups, float min_residual) {
  const size_t n = set.claims.size();
  std::vector<std::vector<uint32_t>> extra(groups.size());
  std::vector<int32_t> group_of(n, -1);
  for (size_t g = 0; g < groups.size(); ++g) {
    for (uint32_t c : groups[g]) {
      if (c < n) group_of[c] = static_cast<int32_t>(g);
    }
  }
  // Features worth proposing a pair: in a few claims only (bounded postings).
  const uint32_t cap = std::max<uint32_t>(4, 2 * set.distinct_df);
  const int32_t no_outcome = set.StemId("\x01o");
  std::vector<std::vector<uint32_t>> postings(set.features.size());
  for (size_t i = 0; i < n; ++i) {
    if (set.claims[i].fragment || group_of[i] < 0) continue;
    for (const auto& [f, w] : set.claims[i].vec) {
      if (set.df[f] >= 2 && set.df[f] <= cap) postings[f].push_back(static_cast<uint32_t>(i));
    }
  }
  auto weight = [](const Claim& c, int32_t f) -> float {
    auto it = std::lower_bound(c.vec.begin(), c.vec.end(), std::make_pair(f, -1e30f));
    return it != c.vec.end() && it->first == f ? it->second : 0.0f;
  };
  // Does another member of c's own group hold feature f (so c's group explains it)?
  auto explained = [&](uint32_t c, int32_t f) {
    for (uint32_t o : groups[group_of[c]]) {
      if (o != c && weight(set.claims[o], f) > 0) return true;
    }
    return false;
  };
  struct Best {
    float score = 0;
    uint32_t claim = 0;
  };
  std::vector<uint32_t> candidates;
  for (size_t g = 0; g < groups.size(); ++g) {
    const auto& members = groups[g];
    if (members.empty() || members.size() > 64) continue;
    std::vector<uint32_t> docs;
    for (uint32_t m : members) docs.push_back(set.claims[m].doc);
    std::map<uint32_t, Best> best;  // doc -> best supporting claim there
    for (uint32_t s : members) {
      const Claim& a = set.claims[s];
      candidates.clear();
      for (const auto& [f, w] : a.vec) {
        for (uint32_t c : postings[f]) {
          if (std::find(docs.begin(), docs.end(), set.claims[c].doc) != docs.end()) continue;
          const int32_t pg = group_of[c];
          // An unaligned claim is alignment's business, not a second reading.
          if (pg < 0 || pg == static_cast<int32_t>(g) || groups[pg].size() < 2 ||
              groups[pg].size() > 64) {
            continue;
          }
          candidates.push_back(c);
        }
      }
      std::sort(candidates.begin(), candidates.end());
      candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
      for (uint32_t c : candidates) {
        const Claim& b = set.claims[c];
        float residual = 0;
        int shared = 0, distinct = 0;
        for (const auto& [f, w] : a.vec) {
          const float wb = weight(b, f);
          if (wb <= 0 || explained(c, f)) continue;
          residual += w * wb;
          ++shared;
          if (f == no_outcome ||
              std::binary_search(a.distinct_features.begin(), a.distinct_features.end(), f)) {
            ++distinct;
          }
        }
        // Three or more distinctive words its own group does not hold: a second fact, not
        // chance (fewer let sentences sharing a name and a common word pass).
        if (shared < 3 || distinct < 3 || residual < min_residual) continue;
        Best& slot = best[b.doc];
        if (residual > slot.score) slot = {residual, c};
      }
    }
    for (const auto& [doc, b] : best) extra[g].push_back(b.claim);
  }
  return extra;
}

FactTable BuildFacts(const StoryInput& story, const ClaimSet& set, const ResolvedEntities& entities,
                     const std::vector<std::vector<uint32_t>>& groups,
                     const std::vector<bool>& keep, const std::vector<std::vector<uint32_t>>& extra,
                     const std::vector<std::vector<ClauseLink>>& clauses) {
  struct Draft {
    Fact fact;
    std::vector<uint32_t> members;
  };
  std::vector<Draft> drafts;
  const SupportIndex support(story);
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    const auto& g = groups[gi];
    if (g.empty()) continue;
    const std::vector<uint32_t> no_extra;
    const std::vector<uint32_t>& more = gi < extra.size() ? extra[gi] : no_extra;
    const std::vector<ClauseLink> no_clauses;
    const std::vector<ClauseLink>& told = gi < clauses.size() ? clauses[gi] : no_clauses;
    if (g.size() == 1 && more.empty() && told.empty()) {
      const Claim& c = set.claims[g[0]];
      bool kept = g[0] < keep.size() && keep[g[0]];
      if (c.heading && !kept) continue;
    }
    Draft d;
    d.members = g;
    std::sort(d.members.begin(), d.members.end(), [&](uint32_t x, uint32_t y) {
      const Claim& a = set.claims[x];
      const Claim& b = set.claims[y];
      return a.doc != b.doc ? a.doc < b.doc : a.sentence < b.sentence;
    });
    Fact& f = d.fact;
    // Date: the most common day; failing that, the most common month or year written in full.
    std::map<CivilDate, int> days, coarse;
    for (uint32_t m : d.members) {
      for (const auto& t : set.claims[m].times) {
        if (t.date.has_day()) {
          ++days[CivilDate::Day(t.date.year, t.date.month, t.date.day)];
        } else if (!t.relative) {
          ++coarse[t.date];
        }
      }
    }
    const auto& pick = days.empty() ? coarse : days;
    int best_count = 0;
    for (const auto& [date, count] : pick) {
      if (count > best_count) {
        best_count = count;
        f.date = date;
      }
    }
    // Statement: the clearest member.
    double best = -1e18;
    std::vector<uint32_t> docs;
    for (uint32_t m : d.members) {
      const Claim& c = set.claims[m];
      docs.push_back(c.doc);
      double centrality = 0;
      if (d.members.size() > 1 && d.members.size() <= 64) {
        for (uint32_t o : d.members) {
          if (o != m) centrality += Cosine(c, set.claims[o]);
        }
        centrality /= static_cast<double>(d.members.size() - 1);
      }
      std::string_view text = c.span.Of(story.docs[c.doc]->text());
      double s = StatementScore(c, text, centrality);
      // After the event, say what happened: a preview's "will meet on Tuesday" reads worse than
      // a later report's past tense.
      if (f.date.valid()) {
        const Timestamp& published = story.docs[c.doc]->article->published;
        const bool before =
            published.valid() && published.date < f.date &&
            !(published.date.year == f.date.year && published.date.month == f.date.month &&
              published.date.day == f.date.day);
        if (FutureTense(c)) s -= before ? 2.0 : 1.0;
        if (before) s -= 0.5;
      }
      if (s > best) {
        best = s;
        f.statement = CollapseWhitespace(text);
      }
    }
    // Evidence and sources: the group's claims and those that also tell it, in text order.
    std::vector<uint32_t> all = d.members;
    all.insert(all.end(), more.begin(), more.end());
    std::sort(all.begin(), all.end(), [&](uint32_t x, uint32_t y) {
      const Claim& a = set.claims[x];
      const Claim& b = set.claims[y];
      return a.doc != b.doc ? a.doc < b.doc : a.sentence < b.sentence;
    });
    // Clauses that tell it, from articles not already holding it: evidence is the clause.
    // A sentence lent by SecondarySupport shows the clause that tells the fact, when known.
    std::vector<std::pair<uint32_t, TextSpan>> shown;  // (claim, span)
    for (uint32_t m : all) shown.push_back({m, set.claims[m].span});
    for (const ClauseLink& link : told) {
      if (link.claim >= set.claims.size()) continue;
      const uint32_t doc = set.claims[link.claim].doc;
      bool held = false;
      for (auto& [m, span] : shown) {
        if (set.claims[m].doc != doc) continue;
        held = true;
        const bool lent = std::find(d.members.begin(), d.members.end(), m) == d.members.end();
        if (lent && m == link.claim) span = link.span;
      }
      if (!held) shown.push_back({link.claim, link.span});
    }
    std::sort(shown.begin(), shown.end(), [&](const auto& x, const auto& y) {
      const Claim& a = set.claims[x.first];
      const Claim& b = set.claims[y.first];
      return a.doc != b.doc ? a.doc < b.doc : x.second.begin < y.second.begin;
    });
    all.clear();
    for (const auto& [m, span] : shown) {
      f.evidence.push_back(story.At(set.claims[m].doc, span));
      all.push_back(m);
    }
    f.support_chains = support.Chains(set, all);
    f.independent_sources = static_cast<int>(f.support_chains.size());
    // The statement's proposition; hedges and attributions from every wording.
    for (uint32_t m : d.members) {
      const Claim& c = set.claims[m];
      if (CollapseWhitespace(c.span.Of(story.docs[c.doc]->text())) == f.statement &&
          f.proposition.predicate.empty()) {
        Proposition& p = f.proposition;
        const ClaimReading& r = c.reading;
        p.subject = r.subject_name;
        p.predicate = r.predicate;
        p.object = r.object_name;
        p.negated = c.negated;
        p.modality = r.modality;
        if (r.place >= 0 && static_cast<size_t>(r.place) < entities.entities.size()) {
          p.place = entities.entities[r.place].name;
        }
      }
    }
    for (uint32_t m : d.members) {
      const Claim& c = set.claims[m];
      const std::string_view text = story.docs[c.doc]->text();
      for (const TextSpan& h : c.reading.hedges) {
        std::string word = AsciiLower(CollapseWhitespace(h.Of(text)));
        auto& hs = f.proposition.hedges;
        if (!word.empty() && std::find(hs.begin(), hs.end(), word) == hs.end()) hs.push_back(word);
      }
      for (const ClaimAttribution& a : c.reading.attributions) {
        f.attributed_to.push_back({a.holder, a.cue, story.At(c.doc, a.span)});
      }
    }
    // Entities in order of first mention.
    std::unordered_set<int32_t> seen;
    for (uint32_t m : d.members) {
      for (const auto& tok : set.claims[m].tokens) {
        if (tok.entity < 0 || static_cast<size_t>(tok.entity) >= entities.entities.size()) {
          continue;
        }
        if (seen.insert(tok.entity).second) f.entities.push_back(entities.entities[tok.entity].id);
      }
    }
    drafts.push_back(std::move(d));
  }
  std::stable_sort(drafts.begin(), drafts.end(), [&](const Draft& a, const Draft& b) {
    if (a.fact.independent_sources != b.fact.independent_sources) {
      return a.fact.independent_sources > b.fact.independent_sources;
    }
    return a.members.front() < b.members.front();
  });
  FactTable table;
  table.fact_of_claim.assign(set.claims.size(), -1);
  for (size_t i = 0; i < drafts.size(); ++i) {
    drafts[i].fact.id = std::string("f").append(std::to_string(i + 1));
    drafts[i].fact.status = drafts[i].fact.independent_sources >= 2 ? FactStatus::kConfirmed
                                                                    : FactStatus::kSingleSource;
    for (uint32_t m : drafts[i].members) table.fact_of_claim[m] = static_cast<int32_t>(i);
    table.facts.push_back(std::move(drafts[i].fact));
    table.members.push_back(std::move(drafts[i].members));
  }
  return table;
}

void SetStatuses(const std::vector<Conflict>& conflicts, FactTable* table) {
  std::unordered_set<std::string> contested;
  for (const auto& c : conflicts) contested.insert(c.facts.begin(), c.facts.end());
  for (Fact& f : table->facts) {
    if (contested.count(f.id)) {
      f.status = FactStatus::kContested;
    } else {
      f.status = f.independent_sources >= 2 ? FactStatus::kConfirmed : FactStatus::kSingleSource;
    }
  }
}

}  // namespace corroborate
