#include "reconcile/conflicts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/strings.h"
#include "core/utf8.h"

namespace corroborate {
namespace {

using Tokens = std::vector<ClaimToken>;

// Cue phrases after which the denied proposition follows.
const std::vector<std::vector<std::string_view>>& ForwardCues() {
  static const auto* kCues = new std::vector<std::vector<std::string_view>>{
      {"incorrect", "to", "say"}, {"wrong", "to", "say"},     {"untrue", "to", "say"},
      {"not", "true", "that"},    {"untrue", "that"},         {"false", "that"},
      {"no", "truth", "to"},      {"no", "truth", "in"},      {"denied", "that"},
      {"denies", "that"},         {"deny", "that"},           {"denied", "reports"},
      {"denies", "reports"},      {"denied", "claims"},       {"denies", "claims"},
      {"denied", "allegations"},  {"rejected", "claims"},     {"rejected", "reports"},
      {"rejected", "suggestions"}, {"rejected", "allegations"}, {"rejects", "claims"},
      {"rejects", "reports"},     {"dismissed", "claims"},    {"dismissed", "reports"},
      {"dismissed", "suggestions"}, {"dismissed", "allegations"}, {"refuted", "claims"},
      {"refuted", "reports"},     {"refuted"},                {"denied"},
      {"denies"},                 {"deny"},                   {"denying"}};
  return *kCues;
}

bool IsBareDenial(std::string_view w) {
  return w == "denied" || w == "denies" || w == "deny" || w == "denying" || w == "refuted";
}

const std::unordered_set<std::string_view>& SkipAfterCue() {
  static const auto* kSet = new std::unordered_set<std::string_view>{
      "that", "claims", "claim", "reports", "report", "suggestions", "allegations", "speculation",
      "the", "in", "to", "any", "media"};
  return *kSet;
}

const std::unordered_set<std::string_view>& Anaphors() {
  static const auto* kSet = new std::unordered_set<std::string_view>{
      "these", "this", "it", "them", "that", "those", "such", "so"};
  return *kSet;
}

bool IsPassiveAux(std::string_view w) {
  return w == "was" || w == "were" || w == "been" || w == "be" || w == "is" || w == "are" ||
         w == "being" || w == "get" || w == "got";
}

bool StopsClause(const ClaimToken& t) { return t.punct && t.lower != "(" && t.lower != ")"; }

struct Cue {
  size_t begin = 0;  // first cue token
  size_t end = 0;    // one past the last
};

// The first denial cue in the tokens, if any.
bool FindCue(const Tokens& toks, Cue* cue) {
  static const auto* kFirstWords = [] {
    auto* set = new std::unordered_set<std::string_view>;
    for (const auto& phrase : ForwardCues()) set->insert(phrase[0]);
    return set;
  }();
  for (size_t i = 0; i < toks.size(); ++i) {
    if (toks[i].punct || !kFirstWords->count(toks[i].lower)) continue;
    for (const auto& phrase : ForwardCues()) {
      if (i + phrase.size() > toks.size()) continue;
      bool ok = true;
      for (size_t k = 0; k < phrase.size() && ok; ++k) ok = toks[i + k].lower == phrase[k];
      if (!ok) continue;
      // "was denied entry" is a refusal, not a denial.
      if (phrase.size() == 1 && i > 0 && IsPassiveAux(toks[i - 1].lower)) continue;
      cue->begin = i;
      cue->end = i + phrase.size();
      return true;
    }
  }
  return false;
}

std::string SpanText(const ConflictContext& ctx, uint32_t doc, TextSpan span) {
  return CollapseWhitespace(span.Of(ctx.story.docs[doc]->text()));
}

TextSpan TokenRange(const Tokens& toks, size_t b, size_t e) {
  while (b < e && toks[b].punct) ++b;
  while (e > b && toks[e - 1].punct) --e;
  if (b >= e) return {};
  return {toks[b].span.begin, toks[e - 1].span.end};
}

std::string EntityName(const ConflictContext& ctx, int32_t e) {
  if (e < 0 || static_cast<size_t>(e) >= ctx.entities.entities.size()) return "";
  return ctx.entities.entities[e].name;
}

// The party in toks[b, e): a person first, then an organisation/group, then a place.
std::string PartyIn(const ConflictContext& ctx, const Tokens& toks, size_t b, size_t e,
                    bool nearest_last) {
  if (!nearest_last) {
    // A claimant comes before its claim verb; names after it are what is claimed.
    static const std::unordered_set<std::string_view> kClaimVerbs = {
        "claimed", "claims", "said", "says", "reported", "announced", "insisted", "stated",
        "asserted", "alleged", "declared"};
    for (size_t i = b; i < e; ++i) {
      if (kClaimVerbs.count(toks[i].lower)) {
        e = i;
        break;
      }
    }
  }
  int32_t best = -1;
  int best_rank = 99;
  auto rank_of = [&](int32_t ent) {
    if (static_cast<size_t>(ent) >= ctx.entities.entities.size()) return 98;
    switch (ctx.entities.entities[ent].type) {
      case EntityType::kPerson: return 0;
      case EntityType::kOrganization:
      case EntityType::kGroup: return 1;
      case EntityType::kPlace: return 2;
      default: return 3;
    }
  };
  for (size_t k = 0; k < e - b; ++k) {
    size_t i = nearest_last ? e - 1 - k : b + k;
    if (toks[i].entity < 0) continue;
    int r = rank_of(toks[i].entity);
    if (r < best_rank) {
      best_rank = r;
      best = toks[i].entity;
    }
  }
  return EntityName(ctx, best);
}

Evidence Ev(const ConflictContext& ctx, uint32_t doc, TextSpan span) {
  return ctx.story.At(doc, span);
}

// The proposition a forward denial denies: key (entity or word), predicate stem, other features.
struct Proposition {
  int32_t key_entity = -1;
  std::set<std::string> key_words;
  std::string predicate;
  std::set<std::string> rest;  // other stems and "#e<id>" entity markers
};

bool ParseProposition(const Tokens& toks, size_t b, size_t e, Proposition* p) {
  size_t i = b;
  for (; i < e; ++i) {
    if (toks[i].entity >= 0) {
      p->key_entity = toks[i].entity;
      while (i < e && toks[i].entity == p->key_entity) {
        if (!IsStopword(toks[i].lower)) p->key_words.insert(toks[i].lower);
        ++i;
      }
      break;
    }
    if (toks[i].feature >= 0) {
      p->key_words.insert(toks[i].lower);
      ++i;
      break;
    }
  }
  if (p->key_words.empty()) return false;
  for (; i < e; ++i) {
    if (toks[i].feature >= 0) {
      if (p->predicate.empty()) {
        p->predicate = StemWord(toks[i].lower);
      } else {
        p->rest.insert(StemWord(toks[i].lower));
      }
    } else if (toks[i].entity >= 0 && toks[i].entity != p->key_entity) {
      p->rest.insert(std::string("#e").append(std::to_string(toks[i].entity)));
    } else if (!toks[i].punct && !toks[i].lower.empty() && toks[i].lower[0] == '^') {
      p->rest.insert(toks[i].lower);
    }
  }
  return !p->predicate.empty();
}

// How well a claim asserts the proposition: -1 when it does not (no key, no predicate after
// the key, or negated), else the number of other features it shares.
int AssertionScore(const Claim& c, const Proposition& p) {
  const Tokens& toks = c.tokens;
  for (size_t i = 0; i < toks.size(); ++i) {
    bool key = (p.key_entity >= 0 && toks[i].entity == p.key_entity) ||
               p.key_words.count(toks[i].lower) > 0;
    if (!key) continue;
    for (size_t j = i + 1; j < toks.size() && j <= i + 6; ++j) {
      if (StopsClause(toks[j]) && toks[j].lower != ",") break;
      if (toks[j].negation) break;
      if (toks[j].punct || toks[j].lower.empty()) continue;
      if (StemWord(toks[j].lower) != p.predicate) continue;
      int score = 0;
      std::set<std::string> have;
      for (const auto& t : toks) {
        if (t.entity >= 0) have.insert(std::string("#e").append(std::to_string(t.entity)));
        if (!t.punct && !t.lower.empty()) have.insert(StemWord(t.lower));
        if (!t.lower.empty() && t.lower[0] == '^') have.insert(t.lower);
      }
      for (const auto& r : p.rest) score += have.count(r) ? 1 : 0;
      return score;
    }
  }
  return -1;
}

std::string FormatNumber(double v) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.6g", v);
  return buf;
}

bool Approximate(const std::string& modifier) { return !modifier.empty(); }

bool Compatible(const ClaimQuantity& a, const ClaimQuantity& b) {
  double hi = std::max(std::fabs(a.value), std::fabs(b.value));
  double diff = std::fabs(a.value - b.value);
  if (diff <= 1e-9 * std::max(1.0, hi)) return true;
  if ((Approximate(a.modifier) || Approximate(b.modifier)) && diff <= 0.15 * hi) return true;
  return false;
}

std::string JoinUnique(std::vector<std::string> names) {
  std::vector<std::string> out;
  for (auto& n : names) {
    if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(std::move(n));
  }
  return Join(out, ", ");
}

}  // namespace

std::string OutletName(const ConflictContext& ctx, uint32_t doc) {
  if (doc < ctx.story.article_index.size() && ctx.story.article_index[doc] < ctx.articles.size()) {
    const Article& a = ctx.articles[ctx.story.article_index[doc]];
    if (!a.outlet.empty()) return a.outlet;
    if (!a.url.empty()) {
      std::string_view u = a.url;
      size_t p = u.find("://");
      if (p != std::string_view::npos) u.remove_prefix(p + 3);
      u = u.substr(0, u.find('/'));
      if (StartsWith(u, "www.")) u.remove_prefix(4);
      if (!u.empty()) return std::string(u);
    }
    if (!a.id.empty()) return a.id;
  }
  if (doc < ctx.story.docs.size() && ctx.story.docs[doc] && ctx.story.docs[doc]->article &&
      !ctx.story.docs[doc]->article->id.empty()) {
    return ctx.story.docs[doc]->article->id;
  }
  return std::string("article ").append(std::to_string(doc + 1));
}

std::vector<FoundConflict> FindDenials(const ConflictContext& ctx) {
  const auto& claims = ctx.claims.claims;
  std::vector<FoundConflict> out;
  std::vector<char> is_denial(claims.size(), 0);
  std::vector<Cue> cues(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) is_denial[i] = FindCue(claims[i].tokens, &cues[i]);

  // Assertion candidates by predicate stem, built lazily.
  std::unordered_map<std::string, std::vector<uint32_t>> by_stem;
  for (size_t i = 0; i < claims.size(); ++i) {
    if (is_denial[i]) continue;
    std::unordered_set<std::string> seen;
    for (const auto& t : claims[i].tokens) {
      if (t.punct || t.lower.empty() || IsStopword(t.lower)) continue;
      std::string s = StemWord(t.lower);
      if (seen.insert(s).second) {
        auto& v = by_stem[s];
        if (v.size() < 5000) v.push_back(static_cast<uint32_t>(i));
      }
    }
  }

  for (size_t i = 0; i < claims.size(); ++i) {
    if (!is_denial[i]) continue;
    const Claim& c = claims[i];
    const Tokens& toks = c.tokens;
    const Cue cue = cues[i];
    // Clause bounds around the cue.
    size_t clause_begin = cue.begin;
    while (clause_begin > 0 && !(toks[clause_begin - 1].punct &&
                                 (toks[clause_begin - 1].lower == ";" ||
                                  toks[clause_begin - 1].lower == "."))) {
      --clause_begin;
    }
    size_t after = cue.end;
    while (after < toks.size() && !toks[after].punct && SkipAfterCue().count(toks[after].lower)) {
      ++after;
    }
    size_t comp_end = after;
    while (comp_end < toks.size() && !StopsClause(toks[comp_end])) ++comp_end;
    const bool bare = cue.end - cue.begin == 1 && IsBareDenial(toks[cue.begin].lower);
    const bool backward =
        bare && (after >= toks.size() || toks[after].punct || comp_end == after ||
                 (Anaphors().count(toks[after].lower) > 0 && comp_end - after <= 2));

    if (backward) {
      // "X claimed …; Kyiv denied these" / "…, which Kyiv has denied": the claim is earlier.
      size_t which = cue.begin;
      while (which > clause_begin && toks[which - 1].lower != "which") --which;
      size_t claim_b, claim_e, denier_b;
      uint32_t claim_index = static_cast<uint32_t>(i);
      if (which > clause_begin) {
        denier_b = which;  // tokens between "which" and the cue name the denier
        claim_e = which - 1;
        claim_b = clause_begin;
      } else if (clause_begin > 0) {
        denier_b = clause_begin;
        claim_e = clause_begin - 1;
        claim_b = claim_e;
        while (claim_b > 0 && !(toks[claim_b - 1].punct && (toks[claim_b - 1].lower == ";" ||
                                                            toks[claim_b - 1].lower == "."))) {
          --claim_b;
        }
      } else {
        // The denial opens its sentence: it refers to the previous sentence of the article.
        if (i == 0 || claims[i - 1].doc != c.doc || claims[i - 1].heading) continue;
        claim_index = static_cast<uint32_t>(i - 1);
        denier_b = 0;
        claim_b = 0;
        claim_e = claims[i - 1].tokens.size();
      }
      const Tokens& ctoks = claims[claim_index].tokens;
      TextSpan claim_span = TokenRange(ctoks, claim_b, claim_e);
      size_t denial_e = comp_end;
      while (denial_e < toks.size() && !(toks[denial_e].punct && toks[denial_e].lower == ".")) {
        ++denial_e;
      }
      TextSpan denial_span = TokenRange(toks, denier_b, denial_e);
      if (claim_span.empty() || denial_span.empty()) continue;
      std::string claimant = PartyIn(ctx, ctoks, claim_b, claim_e, /*nearest_last=*/false);
      std::string denier = PartyIn(ctx, toks, denier_b, cue.begin, /*nearest_last=*/true);
      if (denier.empty()) denier = OutletName(ctx, c.doc);
      if (claimant.empty()) claimant = OutletName(ctx, c.doc);
      FoundConflict f;
      f.conflict.kind = ConflictKind::kDenial;
      std::string claim_text = SpanText(ctx, c.doc, claim_span);
      f.conflict.summary = denier + " denies what " + claimant + " asserts: " + claim_text;
      f.conflict.sides.push_back(
          {claim_text, claimant, {Ev(ctx, c.doc, claim_span)}});
      f.conflict.sides.push_back(
          {SpanText(ctx, c.doc, denial_span), denier, {Ev(ctx, c.doc, denial_span)}});
      f.claims = {claim_index};
      if (claim_index != i) f.claims.push_back(static_cast<uint32_t>(i));
      out.push_back(std::move(f));
      continue;
    }

    // Forward: the denied proposition follows the cue; look for its assertion elsewhere.
    Proposition prop;
    if (!ParseProposition(toks, after, comp_end, &prop)) continue;
    auto it = by_stem.find(prop.predicate);
    if (it == by_stem.end()) continue;
    int best = -1;
    std::vector<uint32_t> found;
    for (uint32_t a : it->second) {
      if (a == i) continue;
      int s = AssertionScore(claims[a], prop);
      if (s < 0) continue;
      if (s > best) {
        best = s;
        found.clear();
      }
      if (s == best) found.push_back(a);
    }
    if (found.empty() || (best == 0 && !prop.rest.empty())) continue;
    FoundConflict f;
    f.conflict.kind = ConflictKind::kDenial;
    ConflictSide assertion;
    std::vector<std::string> outlets;
    for (uint32_t a : found) {
      const Claim& ac = claims[a];
      if (assertion.statement.empty()) assertion.statement = SpanText(ctx, ac.doc, ac.span);
      outlets.push_back(OutletName(ctx, ac.doc));
      assertion.evidence.push_back(Ev(ctx, ac.doc, ac.span));
      f.claims.push_back(a);
    }
    assertion.held_by = JoinUnique(outlets);
    std::string denier = PartyIn(ctx, toks, 0, cue.begin, /*nearest_last=*/true);
    if (denier.empty()) denier = OutletName(ctx, c.doc);
    ConflictSide denial{SpanText(ctx, c.doc, c.span), denier, {Ev(ctx, c.doc, c.span)}};
    TextSpan denied = TokenRange(toks, after, comp_end);
    f.conflict.summary = denier + " denies that " + SpanText(ctx, c.doc, denied) +
                         ", as reported by " + assertion.held_by;
    f.conflict.sides.push_back(std::move(assertion));
    f.conflict.sides.push_back(std::move(denial));
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<FoundConflict> FindNumberConflicts(const ConflictContext& ctx) {
  const auto& claims = ctx.claims.claims;
  struct Mention {
    uint32_t claim;
    uint32_t q;
  };
  std::vector<Mention> mentions;
  std::map<std::string, std::vector<uint32_t>> by_unit;
  for (size_t i = 0; i < claims.size(); ++i) {
    if (claims[i].fragment) continue;
    for (size_t q = 0; q < claims[i].quantities.size(); ++q) {
      auto& v = by_unit[claims[i].quantities[q].unit];
      if (v.size() >= 800) continue;  // keeps the pairwise pass bounded
      v.push_back(static_cast<uint32_t>(mentions.size()));
      mentions.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(q)});
    }
  }
  auto qof = [&](const Mention& m) -> const ClaimQuantity& {
    return claims[m.claim].quantities[m.q];
  };
  // Same thing: a head word shared and the sentences alike (or sharing an entity).
  auto same_thing = [&](const Mention& x, const Mention& y) {
    const Claim& a = claims[x.claim];
    const Claim& b = claims[y.claim];
    const auto& ha = qof(x).heads;
    const auto& hb = qof(y).heads;
    bool head = IsCountUnit(qof(x).unit);
    for (int32_t h : ha) head = head || std::binary_search(hb.begin(), hb.end(), h);
    if (!head) return false;
    float cos = CosineWithoutQuantities(a, b);
    if (cos >= 0.25f) return true;
    bool entity = false;
    for (int32_t e : a.entities) {
      entity = entity || std::binary_search(b.entities.begin(), b.entities.end(), e);
    }
    return entity && cos >= 0.1f;
  };
  std::vector<uint32_t> parent(mentions.size());
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  std::vector<char> in_conflict(mentions.size(), 0);
  for (const auto& [unit, list] : by_unit) {
    std::unordered_map<uint32_t, std::vector<uint32_t>> of_doc;
    for (uint32_t z : list) of_doc[claims[mentions[z].claim].doc].push_back(z);
    for (size_t x = 0; x < list.size(); ++x) {
      for (size_t y = x + 1; y < list.size(); ++y) {
        const Mention& mx = mentions[list[x]];
        const Mention& my = mentions[list[y]];
        const uint32_t dx = claims[mx.claim].doc, dy = claims[my.claim].doc;
        if (dx == dy || !same_thing(mx, my)) continue;
        parent[find(list[x])] = find(list[y]);  // same concept, whatever the values
        if (Compatible(qof(mx), qof(my))) continue;
        // An outlet that gives both values is not on one side (a revision, a range).
        bool both = false;
        for (uint32_t z : of_doc[dx]) {
          const Mention& mz = mentions[z];
          both = both || (Compatible(qof(mz), qof(my)) && same_thing(mz, my));
        }
        for (uint32_t z : of_doc[dy]) {
          const Mention& mz = mentions[z];
          both = both || (Compatible(qof(mz), qof(mx)) && same_thing(mz, mx));
        }
        if (both) continue;
        in_conflict[list[x]] = in_conflict[list[y]] = 1;
      }
    }
  }
  std::map<uint32_t, std::vector<uint32_t>> groups;
  for (size_t m = 0; m < mentions.size(); ++m) {
    if (in_conflict[m]) groups[find(static_cast<uint32_t>(m))].push_back(static_cast<uint32_t>(m));
  }
  // Add the agreeing mentions of each conflicting concept (they belong on a side too).
  for (size_t m = 0; m < mentions.size(); ++m) {
    if (in_conflict[m]) continue;
    auto it = groups.find(find(static_cast<uint32_t>(m)));
    if (it != groups.end()) it->second.push_back(static_cast<uint32_t>(m));
  }
  std::vector<FoundConflict> out;
  for (auto& [root, members] : groups) {
    // Value classes: sorted by value, compatible neighbours share a class.
    std::sort(members.begin(), members.end(), [&](uint32_t x, uint32_t y) {
      return qof(mentions[x]).value < qof(mentions[y]).value ||
             (qof(mentions[x]).value == qof(mentions[y]).value && x < y);
    });
    std::vector<std::vector<uint32_t>> classes;
    for (uint32_t m : members) {
      if (!classes.empty() && Compatible(qof(mentions[classes.back().front()]), qof(mentions[m]))) {
        classes.back().push_back(m);
      } else {
        classes.push_back({m});
      }
    }
    if (classes.size() < 2) continue;
    FoundConflict f;
    f.conflict.kind = ConflictKind::kNumber;
    std::string concept_word = qof(mentions[members.front()]).head_word;
    std::vector<std::string> parts;
    for (const auto& cls : classes) {
      ConflictSide side;
      std::vector<std::string> outlets;
      std::set<uint32_t> docs;
      const ClaimQuantity& q0 = qof(mentions[cls.front()]);
      for (uint32_t m : cls) {
        const Claim& c = claims[mentions[m].claim];
        if (!docs.insert(c.doc).second) continue;
        if (side.statement.empty()) side.statement = SpanText(ctx, c.doc, c.span);
        outlets.push_back(OutletName(ctx, c.doc));
        side.evidence.push_back(Ev(ctx, c.doc, c.span));
        f.claims.push_back(mentions[m].claim);
      }
      side.held_by = JoinUnique(outlets);
      std::string value = (q0.modifier.empty() ? "" : q0.modifier + " ") + FormatNumber(q0.value) +
                          " " + q0.unit;
      parts.push_back(value + " (" + side.held_by + ")");
      f.conflict.sides.push_back(std::move(side));
    }
    f.conflict.summary = "Outlets disagree on " +
                         (concept_word.empty() ? qof(mentions[members.front()]).unit
                                               : concept_word) +
                         ": " + Join(parts, " vs ");
    std::sort(f.claims.begin(), f.claims.end());
    f.claims.erase(std::unique(f.claims.begin(), f.claims.end()), f.claims.end());
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<FoundConflict> FindDateConflicts(const ConflictContext& ctx,
                                             const std::vector<std::vector<uint32_t>>& groups) {
  const auto& claims = ctx.claims.claims;
  std::vector<FoundConflict> out;
  for (const auto& g : groups) {
    if (g.size() < 2) continue;
    // Members that carry exactly one day.
    struct Dated {
      uint32_t claim;
      CivilDate day;
      bool relative;
      TextSpan span;
    };
    std::vector<Dated> dated;
    for (uint32_t m : g) {
      std::set<CivilDate> days;
      const ClaimTime* t0 = nullptr;
      for (const auto& t : claims[m].times) {
        if (!t.date.has_day()) continue;
        days.insert(CivilDate::Day(t.date.year, t.date.month, t.date.day));
        t0 = &t;
      }
      if (days.size() == 1 && t0) dated.push_back({m, *days.begin(), t0->relative, t0->span});
    }
    std::map<CivilDate, std::vector<const Dated*>> by_day;
    for (const auto& d : dated) by_day[d.day].push_back(&d);
    if (by_day.size() < 2) continue;
    // Flag only when the disagreeing members read alike and at least one date is written out.
    bool conflict = false;
    for (size_t x = 0; x < dated.size() && !conflict; ++x) {
      for (size_t y = x + 1; y < dated.size() && !conflict; ++y) {
        const Dated& a = dated[x];
        const Dated& b = dated[y];
        if (a.day == b.day || claims[a.claim].doc == claims[b.claim].doc) continue;
        if (a.relative && b.relative) continue;
        if (PairScore(claims[a.claim], claims[b.claim]) >= 0.5f) conflict = true;
      }
    }
    if (!conflict) continue;
    FoundConflict f;
    f.conflict.kind = ConflictKind::kDate;
    std::vector<std::string> parts;
    std::string what;
    for (const auto& [day, list] : by_day) {
      ConflictSide side;
      std::vector<std::string> outlets;
      for (const Dated* d : list) {
        const Claim& c = claims[d->claim];
        if (side.statement.empty()) side.statement = SpanText(ctx, c.doc, c.span);
        if (what.empty()) what = side.statement;
        outlets.push_back(OutletName(ctx, c.doc));
        side.evidence.push_back(Ev(ctx, c.doc, c.span));
        f.claims.push_back(d->claim);
      }
      side.held_by = JoinUnique(outlets);
      parts.push_back(day.Iso() + " (" + side.held_by + ")");
      f.conflict.sides.push_back(std::move(side));
    }
    if (what.size() > 80) what = std::string(utf8::Truncate(what, 77)) + "...";
    f.conflict.summary = "Outlets date differently: " + Join(parts, " vs ") + " — " + what;
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<Conflict> NumberConflicts(std::vector<FoundConflict> found, const FactTable& table) {
  std::vector<Conflict> out;
  for (auto& f : found) {
    Conflict c = std::move(f.conflict);
    c.id = std::string("c").append(std::to_string(out.size() + 1));
    for (uint32_t claim : f.claims) {
      if (claim >= table.fact_of_claim.size() || table.fact_of_claim[claim] < 0) continue;
      const std::string& id = table.facts[table.fact_of_claim[claim]].id;
      if (std::find(c.facts.begin(), c.facts.end(), id) == c.facts.end()) c.facts.push_back(id);
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace corroborate
