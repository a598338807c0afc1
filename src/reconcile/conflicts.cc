#include "reconcile/conflicts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "core/strings.h"
#include "core/utf8.h"
#include "reconcile/clauses.h"

namespace corroborate {
namespace {

using Tokens = std::vector<ClaimToken>;

// Cue phrases after which the denied proposition follows.
const std::vector<std::vector<std::string_view>>& ForwardCues() {
  static const auto* kCues =
      new std::vector<std::vector<std::string_view>>{{"incorrect", "to", "say"},
                                                     {"wrong", "to", "say"},
                                                     {"untrue", "to", "say"},
                                                     {"not", "true", "that"},
                                                     {"untrue", "that"},
                                                     {"false", "that"},
                                                     {"no", "truth", "to"},
                                                     {"no", "truth", "in"},
                                                     {"denied", "that"},
                                                     {"denies", "that"},
                                                     {"deny", "that"},
                                                     {"denied", "reports"},
                                                     {"denies", "reports"},
                                                     {"denied", "claims"},
                                                     {"denies", "claims"},
                                                     {"denied", "allegations"},
                                                     {"rejected", "claims"},
                                                     {"rejected", "reports"},
                                                     {"rejected", "suggestions"},
                                                     {"rejected", "allegations"},
                                                     {"rejects", "claims"},
                                                     {"rejects", "reports"},
                                                     {"dismissed", "claims"},
                                                     {"dismissed", "reports"},
                                                     {"dismissed", "suggestions"},
                                                     {"dismissed", "allegations"},
                                                     {"refuted", "claims"},
                                                     {"refuted", "reports"},
                                                     {"refuted"},
                                                     {"denied"},
                                                     {"denies"},
                                                     {"deny"},
                                                     {"denying"}};
  return *kCues;
}

bool IsBareDenial(std::string_view w) {
  return w == "denied" || w == "denies" || w == "deny" || w == "denying" || w == "refuted";
}

const std::unordered_set<std::string_view>& SkipAfterCue() {
  static const auto* kSet = new std::unordered_set<std::string_view>{
      "that",        "claims", "claim", "reports", "report", "suggestions", "allegations",
      "speculation", "the",    "in",    "to",      "any",    "media"};
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
  // Passive form, "Reports that X … were rejected by his ministry": the proposition is
  // [prop_begin, prop_end) and the denier follows the cue.
  bool passive = false;
  size_t prop_begin = 0;
  size_t prop_end = 0;
};

bool IsReportNoun(std::string_view w) {
  return w == "report" || w == "reports" || w == "claim" || w == "claims" || w == "suggestion" ||
         w == "suggestions" || w == "allegation" || w == "allegations" || w == "story" ||
         w == "stories" || w == "rumours" || w == "rumors" || w == "accounts";
}

// "… were rejected / denied / dismissed by …" after "reports that …".
bool FindPassiveCue(const Tokens& toks, Cue* cue) {
  for (size_t i = 1; i + 1 < toks.size(); ++i) {
    const std::string& w = toks[i].lower;
    if (!(w == "rejected" || w == "denied" || w == "dismissed" || w == "refuted")) continue;
    if (!IsPassiveAux(toks[i - 1].lower) || toks[i + 1].lower != "by") continue;
    for (size_t t = 1; t + 1 < i; ++t) {
      if (toks[t].lower != "that") continue;
      bool noun = false;
      for (size_t k = t; k-- > 0 && k + 6 > t;) noun = noun || IsReportNoun(toks[k].lower);
      if (!noun) continue;
      size_t e = i - 1;
      while (e > t + 1 && (toks[e - 1].punct || IsPassiveAux(toks[e - 1].lower) ||
                           toks[e - 1].lower == "have" || toks[e - 1].lower == "has")) {
        --e;
      }
      cue->begin = i;
      cue->end = i + 2;
      cue->passive = true;
      cue->prop_begin = t + 1;
      cue->prop_end = e;
      return true;
    }
  }
  return false;
}

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
        "claimed",  "claims", "said",     "says",    "reported", "announced",
        "insisted", "stated", "asserted", "alleged", "declared"};
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
    return ClaimHolderRank(ctx.entities.entities[ent].type);
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
struct DeniedProposition {
  int32_t key_entity = -1;
  std::set<std::string> key_words;
  std::string predicate;
  std::set<std::string> rest;  // other stems and "#e<id>" entity markers
};

bool ParseProposition(const Tokens& toks, size_t b, size_t e, DeniedProposition* p) {
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
int AssertionScore(const Claim& c, const DeniedProposition& p) {
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

// The publish day of a doc's article, or an invalid date.
CivilDate PublishDay(const ConflictContext& ctx, uint32_t doc) {
  if (doc >= ctx.story.docs.size() || ctx.story.docs[doc] == nullptr) return {};
  const CivilDate& d = ctx.story.docs[doc]->article->published.date;
  return d.has_day() ? CivilDate::Day(d.year, d.month, d.day) : CivilDate{};
}

// Counts that only grow as reports come in: the dead, the injured, the displaced, arrests.
// Sets *what to the word found ("killed") when every claim has one.
bool CumulativeWord(const std::vector<uint32_t>& touched, const std::vector<Claim>& claims,
                    std::string* what) {
  static const std::unordered_set<std::string_view> kWords = {
      "killed",       "kill",      "dead",       "deaths",   "death",   "died",
      "toll",         "injured",   "injuries",   "wounded",  "hurt",    "casualties",
      "displaced",    "evacuated", "homeless",   "arrested", "arrests", "detained",
      "infected",     "cases",     "fatalities", "victims",  "bodies",  "hospitalised",
      "hospitalized", "destroyed", "damaged"};
  if (touched.empty()) return false;
  for (uint32_t c : touched) {
    bool found = false;
    for (const auto& t : claims[c].tokens) {
      if (!t.punct && kWords.count(t.lower)) {
        if (what->empty()) *what = t.lower;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

// A forward denial ("it is wrong to say X") and the assertions of X it was matched with.
struct ForwardDenial {
  std::vector<uint32_t> asserts;
  uint32_t denial = 0;
  std::string predicate;
  int32_t key_entity = -1;
  std::set<std::string> key_words;
  TextSpan denied;
  std::string denier;  // empty when the sentence names no party
};

// One conflict per denied proposition: denials that share an assertion, or deny the same
// predicate of the same key or by the same party, merge; a denial that found no assertion of its
// own joins the only group denying its predicate. The asserting side gathers every asserting
// claim and the claims aligned with them (a report restating it); the denying side every denial.
std::vector<FoundConflict> GroupForwardDenials(const ConflictContext& ctx,
                                               const std::vector<ForwardDenial>& recs) {
  const auto& claims = ctx.claims.claims;
  const size_t n = recs.size();
  std::vector<size_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  auto same_key = [](const ForwardDenial& a, const ForwardDenial& b) {
    if (a.key_entity >= 0 && a.key_entity == b.key_entity) return true;
    for (const auto& w : a.key_words) {
      if (b.key_words.count(w)) return true;
    }
    return false;
  };
  // Bucket by predicate so the pairing stays within one proposition's denials.
  std::unordered_map<std::string, std::vector<size_t>> by_predicate;
  for (size_t i = 0; i < n; ++i) by_predicate[recs[i].predicate].push_back(i);
  for (const auto& [pred, list] : by_predicate) {
    const size_t limit = std::min<size_t>(list.size(), 200);
    for (size_t x = 0; x < limit; ++x) {
      for (size_t y = x + 1; y < limit; ++y) {
        const ForwardDenial& a = recs[list[x]];
        const ForwardDenial& b = recs[list[y]];
        if (a.asserts.empty() != b.asserts.empty()) continue;
        if (a.asserts.empty() && claims[a.denial].doc != claims[b.denial].doc) continue;
        bool shared = false;
        for (uint32_t c : a.asserts) {
          shared = shared || std::find(b.asserts.begin(), b.asserts.end(), c) != b.asserts.end();
        }
        // One article denying one predicate twice (a quote and a paraphrase) denies one thing.
        const bool same_doc = claims[a.denial].doc == claims[b.denial].doc;
        if (shared || same_key(a, b) || same_doc || (!a.denier.empty() && a.denier == b.denier)) {
          parent[find(list[x])] = find(list[y]);
        }
      }
    }
    // Orphans (no assertion found) join the only asserted group of their predicate.
    std::set<size_t> roots;
    for (size_t r : list) {
      if (!recs[r].asserts.empty()) roots.insert(find(r));
    }
    if (roots.size() == 1) {
      for (size_t r : list) {
        if (recs[r].asserts.empty()) parent[find(r)] = *roots.begin();
      }
    }
  }
  std::map<size_t, std::vector<size_t>> groups;
  for (size_t i = 0; i < n; ++i) groups[find(i)].push_back(i);

  std::vector<int32_t> group_of(claims.size(), -1);
  if (ctx.groups != nullptr) {
    for (size_t g = 0; g < ctx.groups->size(); ++g) {
      for (uint32_t c : (*ctx.groups)[g]) {
        if (c < group_of.size()) group_of[c] = static_cast<int32_t>(g);
      }
    }
  }
  std::vector<FoundConflict> out;
  for (const auto& [root, members] : groups) {
    std::set<uint32_t> asserts, denials;
    std::set<uint32_t> denial_docs;
    for (size_t r : members) {
      asserts.insert(recs[r].asserts.begin(), recs[r].asserts.end());
      denials.insert(recs[r].denial);
      denial_docs.insert(claims[recs[r].denial].doc);
    }
    if (asserts.empty()) continue;
    // Restatements: claims aligned with an assertion, from outlets that do not carry the denial.
    if (ctx.groups != nullptr) {
      std::set<uint32_t> extra;
      for (uint32_t a : asserts) {
        if (group_of[a] < 0) continue;
        for (uint32_t c : (*ctx.groups)[group_of[a]]) {
          if (denials.count(c) || denial_docs.count(claims[c].doc) || claims[c].negated) continue;
          extra.insert(c);
        }
      }
      asserts.insert(extra.begin(), extra.end());
    }
    FoundConflict f;
    f.conflict.kind = ConflictKind::kDenial;
    ConflictSide assertion;
    std::vector<std::string> outlets;
    // Body sentences state the claim better than a headline.
    for (int pass = 0; pass < 2 && assertion.statement.empty(); ++pass) {
      for (uint32_t a : asserts) {
        if (pass == 0 && claims[a].heading) continue;
        assertion.statement = SpanText(ctx, claims[a].doc, claims[a].span);
        break;
      }
    }
    for (uint32_t a : asserts) {
      const Claim& ac = claims[a];
      outlets.push_back(OutletName(ctx, ac.doc));
      assertion.evidence.push_back(Ev(ctx, ac.doc, ac.span));
      f.claims.push_back(a);
    }
    assertion.held_by = JoinUnique(outlets);
    // The denier most denials name (a person or body quoted), else the outlets carrying them.
    std::map<std::string, int> named;
    for (size_t r : members) {
      if (!recs[r].denier.empty()) ++named[recs[r].denier];
    }
    std::string denier;
    int best = 0;
    for (const auto& [name, count] : named) {
      if (count > best) {
        best = count;
        denier = name;
      }
    }
    ConflictSide denial;
    std::vector<std::string> denial_outlets;
    const ForwardDenial* lead = &recs[members.front()];
    for (size_t r : members) {
      if (recs[r].denier == denier && !denier.empty()) {
        lead = &recs[r];
        break;
      }
    }
    for (uint32_t d : denials) {
      const Claim& dc = claims[d];
      denial_outlets.push_back(OutletName(ctx, dc.doc));
      // Not in f.claims: the denial sentence may carry other, undisputed facts ("after the
      // five-hour meeting, the spokesman denied …"); the asserted claim is what is contested.
      denial.evidence.push_back(Ev(ctx, dc.doc, dc.span));
    }
    const Claim& lc = claims[lead->denial];
    denial.statement = SpanText(ctx, lc.doc, lc.span);
    denial.held_by = denier.empty() ? JoinUnique(denial_outlets) : denier;
    f.conflict.summary = denial.held_by + " denies that " + SpanText(ctx, lc.doc, lead->denied) +
                         ", as reported by " + assertion.held_by;
    f.conflict.sides.push_back(std::move(assertion));
    f.conflict.sides.push_back(std::move(denial));
    out.push_back(std::move(f));
  }
  return out;
}

// The holder of clause k of c (its attribution, propositions.h), or "".
std::string ClauseHolder(const Claim& c, int k) {
  if (k < 0 || static_cast<size_t>(k) >= c.reading.clauses.size()) return "";
  const int32_t h = c.reading.clauses[k].holder;
  if (h < 0 || static_cast<size_t>(h) >= c.reading.attributions.size()) return "";
  return c.reading.attributions[h].holder;
}

// A denial that points back at a claim made just before it ("…, which Kyiv has denied",
// "X claimed …; Kyiv denied these").
struct BackwardDenial {
  std::string claimant, denier;
  uint32_t claim_doc = 0;
  std::string claim_text, denial_text;
  Evidence claim_evidence, denial_evidence;
  std::vector<uint32_t> claims;
  std::set<int32_t> key_entities;  // what the claim is about: its entities but its parties
};

// One conflict per denied claim: backward denials by the same denier of claims about the same
// entity ("the capture of the town", "took the town") in different reports are one dispute.
std::vector<FoundConflict> GroupBackwardDenials(const std::vector<BackwardDenial>& recs) {
  const size_t n = recs.size();
  std::vector<size_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  // Bucket by denier so the pairing stays small.
  std::unordered_map<std::string, std::vector<size_t>> by_denier;
  for (size_t i = 0; i < n; ++i) by_denier[recs[i].denier].push_back(i);
  for (const auto& [denier, list] : by_denier) {
    const size_t limit = std::min<size_t>(list.size(), 200);
    for (size_t x = 0; x < limit; ++x) {
      for (size_t y = x + 1; y < limit; ++y) {
        const BackwardDenial& a = recs[list[x]];
        const BackwardDenial& b = recs[list[y]];
        if (a.claim_doc == b.claim_doc) continue;  // two denials in one report are two things
        bool shared = false;
        for (int32_t e : a.key_entities) shared = shared || b.key_entities.count(e) > 0;
        if (shared) parent[find(list[x])] = find(list[y]);
      }
    }
  }
  std::map<size_t, std::vector<size_t>> groups;
  for (size_t i = 0; i < n; ++i) groups[find(i)].push_back(i);
  std::vector<FoundConflict> out;
  for (const auto& [root, members] : groups) {
    const BackwardDenial& lead = recs[members.front()];
    FoundConflict f;
    f.conflict.kind = ConflictKind::kDenial;
    ConflictSide claim{lead.claim_text, "", {}};
    ConflictSide denial{lead.denial_text, "", {}};
    std::vector<std::string> claimants, deniers;
    for (size_t r : members) {
      claimants.push_back(recs[r].claimant);
      deniers.push_back(recs[r].denier);
      claim.evidence.push_back(recs[r].claim_evidence);
      denial.evidence.push_back(recs[r].denial_evidence);
      for (uint32_t c : recs[r].claims) {
        if (std::find(f.claims.begin(), f.claims.end(), c) == f.claims.end()) f.claims.push_back(c);
      }
    }
    claim.held_by = JoinUnique(std::move(claimants));
    denial.held_by = JoinUnique(std::move(deniers));
    f.conflict.summary = denial.held_by + " denies what " + claim.held_by +
                         (members.size() > 1 ? " assert: " : " asserts: ") + lead.claim_text;
    f.conflict.sides.push_back(std::move(claim));
    f.conflict.sides.push_back(std::move(denial));
    out.push_back(std::move(f));
  }
  return out;
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
  std::vector<ForwardDenial> forward;
  std::vector<BackwardDenial> backward_recs;
  std::vector<char> is_denial(claims.size(), 0);
  std::vector<Cue> cues(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) {
    is_denial[i] =
        FindPassiveCue(claims[i].tokens, &cues[i]) || FindCue(claims[i].tokens, &cues[i]);
    if (is_denial[i]) continue;
    // A clause whose own verb rejects what an earlier clause said ("…, but Kyiv dismissed it").
    for (const ClauseReading& cl : claims[i].reading.clauses) {
      if (cl.denial && cl.refers_back && cl.cue >= 0) {
        cues[i].begin = static_cast<size_t>(cl.cue);
        cues[i].end = cues[i].begin + 1;
        is_denial[i] = 1;
        break;
      }
    }
  }

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
        if (v.size() < 2000) v.push_back(static_cast<uint32_t>(i));
      }
    }
  }

  for (size_t i = 0; i < claims.size(); ++i) {
    if (!is_denial[i]) continue;
    const Claim& c = claims[i];
    const Tokens& toks = c.tokens;
    const Cue cue = cues[i];
    // Clause bounds around the cue: the clause reading when the sentence has several
    // (clauses.h), else back to a ";".
    const int clause = ClauseOf(c, cue.begin);
    size_t clause_begin = cue.begin;
    if (clause >= 0) {
      clause_begin = c.reading.clauses[clause].token_begin;
    } else {
      while (clause_begin > 0 &&
             !(toks[clause_begin - 1].punct &&
               (toks[clause_begin - 1].lower == ";" || toks[clause_begin - 1].lower == "."))) {
        --clause_begin;
      }
    }
    size_t after = cue.end;
    while (after < toks.size() && !toks[after].punct && SkipAfterCue().count(toks[after].lower)) {
      ++after;
    }
    {
      // "denied a newspaper report that X …": the proposition follows the "that".
      static const std::unordered_set<std::string_view> kReportNouns = {
          "report",      "reports", "claim",   "claims",  "suggestion", "suggestions", "allegation",
          "allegations", "story",   "stories", "account", "accounts",   "rumours",     "rumors"};
      bool noun = false;
      for (size_t k = cue.end; k < toks.size() && k < cue.end + 6 && !toks[k].punct; ++k) {
        noun = noun || kReportNouns.count(toks[k].lower) > 0;
        if (noun && toks[k].lower == "that") {
          after = k + 1;
          break;
        }
      }
    }
    size_t comp_end = after;
    while (comp_end < toks.size() && !StopsClause(toks[comp_end])) ++comp_end;
    if (cue.passive) {
      after = cue.prop_begin;
      comp_end = cue.prop_end;
    }
    const bool bare = !cue.passive && cue.end - cue.begin == 1 &&
                      (IsBareDenial(toks[cue.begin].lower) || IsDenialVerb(toks[cue.begin].lower));
    const bool clause_back = clause >= 0 && c.reading.clauses[clause].refers_back &&
                             c.reading.clauses[clause].cue == static_cast<int32_t>(cue.begin);
    const bool backward =
        bare && (clause_back || after >= toks.size() || toks[after].punct || comp_end == after ||
                 (Anaphors().count(toks[after].lower) > 0 && comp_end - after <= 2));
    if (bare && !backward && !IsBareDenial(toks[cue.begin].lower)) continue;

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
      } else if (clause > 0) {
        // The clause before the denial's own: "X said …, but Kyiv denied it".
        denier_b = clause_begin;
        claim_b = c.reading.clauses[clause - 1].token_begin;
        claim_e = c.reading.clauses[clause - 1].token_end;
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
      if (clause >= 0) {
        denial_e = c.reading.clauses[clause].token_end;
      } else {
        while (denial_e < toks.size() && !(toks[denial_e].punct && toks[denial_e].lower == ".")) {
          ++denial_e;
        }
      }
      TextSpan denial_span = TokenRange(toks, denier_b, denial_e);
      if (claim_span.empty() || denial_span.empty()) continue;
      // Holders: the clauses' own attributions (propositions.h) first, then the parties named.
      std::string claimant, denier;
      if (claim_index == i && clause > 0) {
        claimant = ClauseHolder(c, clause - 1);
        denier = ClauseHolder(c, clause);
      }
      if (claimant.empty()) {
        claimant = PartyIn(ctx, ctoks, claim_b, claim_e, /*nearest_last=*/false);
      }
      if (denier.empty()) denier = PartyIn(ctx, toks, denier_b, cue.begin, /*nearest_last=*/true);
      if (denier.empty() && clause >= 0 && !c.reading.clauses[clause].subject.empty()) {
        denier = SpanText(ctx, c.doc, c.reading.clauses[clause].subject);
      }
      if (denier.empty()) denier = OutletName(ctx, c.doc);
      if (claimant.empty()) claimant = OutletName(ctx, c.doc);
      BackwardDenial rec;
      rec.claimant = claimant;
      rec.denier = denier;
      rec.claim_doc = c.doc;
      rec.claim_text = SpanText(ctx, c.doc, claim_span);
      rec.claim_evidence = Ev(ctx, c.doc, claim_span);
      rec.denial_text = SpanText(ctx, c.doc, denial_span);
      rec.denial_evidence = Ev(ctx, c.doc, denial_span);
      rec.claims = {claim_index};
      if (claim_index != i) rec.claims.push_back(static_cast<uint32_t>(i));
      for (size_t k = claim_b; k < claim_e && k < ctoks.size(); ++k) {
        const int32_t e = ctoks[k].entity;
        if (e < 0) continue;
        const std::string name = EntityName(ctx, e);
        if (name != claimant && name != denier) rec.key_entities.insert(e);
      }
      backward_recs.push_back(std::move(rec));
      continue;
    }

    // Forward: the denied proposition follows the cue; look for its assertion elsewhere.
    DeniedProposition prop;
    if (!ParseProposition(toks, after, comp_end, &prop)) continue;
    auto it = by_stem.find(prop.predicate);
    if (it == by_stem.end()) continue;
    int best = -1;
    std::vector<uint32_t> found;
    for (uint32_t a : it->second) {
      if (a == i) continue;
      // Cheap filter first: the key entity must be in the sentence.
      if (prop.key_entity >= 0 &&
          !std::binary_search(claims[a].entities.begin(), claims[a].entities.end(),
                              prop.key_entity) &&
          prop.key_words.empty()) {
        continue;
      }
      int s = AssertionScore(claims[a], prop);
      if (s < 0) continue;
      if (s > best) {
        best = s;
        found.clear();
      }
      if (s == best) found.push_back(a);
    }
    if (best == 0 && !prop.rest.empty()) found.clear();
    ForwardDenial rec;
    rec.asserts = std::move(found);
    rec.denial = static_cast<uint32_t>(i);
    rec.predicate = prop.predicate;
    rec.key_entity = prop.key_entity;
    rec.key_words = prop.key_words;
    rec.denied = TokenRange(toks, after, comp_end);
    // The denier: a party before the cue, else one after the denied clause ("“…,” she said,
    // the ministry's spokeswoman…"), else the outlet.
    rec.denier = cue.passive ? PartyIn(ctx, toks, cue.end, toks.size(), /*nearest_last=*/false)
                             : PartyIn(ctx, toks, 0, cue.begin, /*nearest_last=*/true);
    if (rec.denier.empty()) rec.denier = PartyIn(ctx, toks, comp_end, toks.size(), false);
    forward.push_back(std::move(rec));
  }
  for (auto& f : GroupBackwardDenials(backward_recs)) out.push_back(std::move(f));
  for (auto& f : GroupForwardDenials(ctx, forward)) out.push_back(std::move(f));
  return out;
}

std::vector<FoundConflict> FindNumberConflicts(const ConflictContext& ctx,
                                               std::vector<FoundUpdate>* updates) {
  const auto& claims = ctx.claims.claims;
  struct Mention {
    uint32_t claim;
    uint32_t q;
  };
  // Fact group of each claim, when the alignment is known.
  std::vector<int32_t> group_of(claims.size(), -1);
  if (ctx.groups != nullptr) {
    for (size_t g = 0; g < ctx.groups->size(); ++g) {
      for (uint32_t c : (*ctx.groups)[g]) {
        if (c < group_of.size()) group_of[c] = static_cast<int32_t>(g);
      }
    }
  }
  std::vector<Mention> mentions;
  std::map<std::string, std::vector<uint32_t>> by_unit;
  // Per unit, the values each doc states: a pair of values one article gives together (a total
  // and its parts, a revision) is never a disagreement between outlets.
  std::map<std::string, std::unordered_map<uint32_t, std::vector<double>>> values_of_doc;
  for (size_t i = 0; i < claims.size(); ++i) {
    if (claims[i].fragment) continue;
    for (size_t q = 0; q < claims[i].quantities.size(); ++q) {
      const ClaimQuantity& cq = claims[i].quantities[q];
      if (cq.ordinal) continue;  // "first round" and "second round" are different things
      values_of_doc[cq.unit][claims[i].doc].push_back(cq.value);
      auto& v = by_unit[cq.unit];
      if (v.size() >= 400) continue;  // keeps the pairwise pass bounded
      v.push_back(static_cast<uint32_t>(mentions.size()));
      mentions.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(q)});
    }
  }
  auto qof = [&](const Mention& m) -> const ClaimQuantity& {
    return claims[m.claim].quantities[m.q];
  };
  auto share_entity = [](const Claim& a, const Claim& b) {
    for (int32_t e : a.entities) {
      if (std::binary_search(b.entities.begin(), b.entities.end(), e)) return true;
    }
    return false;
  };
  // Same thing: one aligned fact; or the head word shared and the sentences alike; or, for a
  // measure ("hours"), the same event noun and shared context (an entity, or alike sentences).
  auto same_thing = [&](const Mention& x, const Mention& y) {
    const Claim& a = claims[x.claim];
    const Claim& b = claims[y.claim];
    const ClaimQuantity& qa = qof(x);
    const ClaimQuantity& qb = qof(y);
    if (qa.part != qb.part) return false;  // a share against a total
    if (group_of[x.claim] >= 0 && group_of[x.claim] == group_of[y.claim]) return true;
    bool head = false;
    for (int32_t h : qa.heads)
      head = head || std::binary_search(qb.heads.begin(), qb.heads.end(), h);
    const float cos = CosineWithoutQuantities(a, b);
    if (head && (cos >= 0.25f || (cos >= 0.1f && share_entity(a, b)))) return true;
    // A counted noun is its own head ("40 ships", "60 ships"), but then the sentences must
    // really read alike: "two people in the room" is not "a district of 80,000 people".
    if (IsCountUnit(qa.unit) && cos >= 0.3f) return true;
    if (!IsCountUnit(qa.unit) && qa.event_class >= 0 && qa.event_class == qb.event_class) {
      const float full = Cosine(a, b);
      return full >= 0.2f || (full >= 0.08f && share_entity(a, b));
    }
    return false;
  };
  // Per unit, (value, doc) sorted by value: the docs stating a value near x are a short range.
  std::map<std::string, std::vector<std::pair<double, uint32_t>>> value_docs;
  for (auto& [unit, per_doc] : values_of_doc) {
    auto& v = value_docs[unit];
    for (const auto& [doc, values] : per_doc) {
      for (double x : values) v.push_back({x, doc});
    }
    std::sort(v.begin(), v.end());
  }
  auto docs_near = [&](const std::vector<std::pair<double, uint32_t>>& v, const ClaimQuantity& x) {
    std::vector<uint32_t> docs;
    const double lo = x.value - 0.2 * std::fabs(x.value) - 1e-9;
    auto it = std::lower_bound(v.begin(), v.end(), std::make_pair(lo, uint32_t{0}));
    for (; it != v.end() && it->first <= x.value + 0.2 * std::fabs(x.value) + 1e-9; ++it) {
      ClaimQuantity q;
      q.value = it->first;
      if (Compatible(q, x)) docs.push_back(it->second);
    }
    std::sort(docs.begin(), docs.end());
    docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
    return docs;
  };
  std::map<std::tuple<std::string, double, bool>, std::vector<uint32_t>> near_cache;
  auto cached_near = [&](const std::string& unit, const ClaimQuantity& x) -> const auto& {
    auto key = std::make_tuple(unit, x.value, !x.modifier.empty());
    auto it = near_cache.find(key);
    if (it == near_cache.end()) it = near_cache.emplace(key, docs_near(value_docs[unit], x)).first;
    return it->second;
  };
  auto stated_together = [&](const std::string& unit, const ClaimQuantity& x,
                             const ClaimQuantity& y) {
    const std::vector<uint32_t>& dx = cached_near(unit, x);
    const std::vector<uint32_t>& dy = cached_near(unit, y);
    std::vector<uint32_t> both;
    std::set_intersection(dx.begin(), dx.end(), dy.begin(), dy.end(), std::back_inserter(both));
    return !both.empty();
  };
  std::vector<uint32_t> parent(mentions.size());
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  std::vector<char> in_conflict(mentions.size(), 0);
  for (const auto& [unit, list] : by_unit) {
    for (size_t x = 0; x < list.size(); ++x) {
      for (size_t y = x + 1; y < list.size(); ++y) {
        const Mention& mx = mentions[list[x]];
        const Mention& my = mentions[list[y]];
        const uint32_t dx = claims[mx.claim].doc, dy = claims[my.claim].doc;
        if (dx == dy || !same_thing(mx, my)) continue;
        if (Compatible(qof(mx), qof(my))) {
          parent[find(list[x])] = find(list[y]);  // agreeing mentions share a side
          continue;
        }
        if (stated_together(unit, qof(mx), qof(my))) continue;
        parent[find(list[x])] = find(list[y]);
        in_conflict[list[x]] = in_conflict[list[y]] = 1;
      }
    }
  }
  std::map<uint32_t, std::vector<uint32_t>> groups;
  for (size_t m = 0; m < mentions.size(); ++m) {
    if (in_conflict[m]) groups[find(static_cast<uint32_t>(m))].push_back(static_cast<uint32_t>(m));
  }
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
    struct SideDraft {
      ConflictSide side;
      int sources = 0;
      std::string value;
      std::string event_word;
      size_t first = 0;
      bool heading_statement = false;
      CivilDate first_day, last_day;  // publish days of its reports (invalid when one is unknown)
      bool undated = false;
    };
    std::vector<SideDraft> drafts;
    FoundConflict f;
    f.conflict.kind = ConflictKind::kNumber;
    for (const auto& cls : classes) {
      SideDraft sd;
      std::vector<std::string> outlets;
      std::vector<uint32_t> docs;
      // The value as most written: prefer an exact one ("6 hours") over an approximate one.
      const ClaimQuantity* q0 = &qof(mentions[cls.front()]);
      for (uint32_t m : cls) {
        if (qof(mentions[m]).modifier.empty()) {
          q0 = &qof(mentions[m]);
          break;
        }
      }
      sd.first = cls.front();
      for (uint32_t m : cls) {
        const Claim& c = claims[mentions[m].claim];
        const ClaimQuantity& q = qof(mentions[m]);
        if (sd.event_word.empty()) sd.event_word = q.event_word;
        if (std::find(docs.begin(), docs.end(), c.doc) != docs.end()) continue;
        docs.push_back(c.doc);
        if (sd.side.statement.empty() || (sd.heading_statement && !c.heading)) {
          sd.side.statement = SpanText(ctx, c.doc, c.span);
          sd.heading_statement = c.heading;
        }
        outlets.push_back(OutletName(ctx, c.doc));
        sd.side.evidence.push_back(Ev(ctx, c.doc, c.span));
        f.claims.push_back(mentions[m].claim);
        const CivilDate day = PublishDay(ctx, c.doc);
        if (!day.valid()) {
          sd.undated = true;
        } else {
          if (!sd.first_day.valid() || day < sd.first_day) sd.first_day = day;
          if (!sd.last_day.valid() || sd.last_day < day) sd.last_day = day;
        }
      }
      sd.sources = IndependentSources(ctx.story, docs);
      sd.side.held_by = JoinUnique(outlets);
      std::string unit = q0->unit;
      if (std::fabs(q0->value - 1) > 1e-9 && !unit.empty() && unit.back() != 's' &&
          unit.find(':') == std::string::npos &&
          !(unit.size() == 3 && unit[0] >= 'A' && unit[0] <= 'Z')) {
        unit = unit == "person" ? "people" : unit + "s";
      }
      sd.value =
          (q0->modifier.empty() ? "" : q0->modifier + " ") + FormatNumber(q0->value) + " " + unit;
      drafts.push_back(std::move(sd));
    }
    // Over time rather than between outlets: a cumulative count that rises with the publish
    // day (drafts are in value order here).
    auto rises = [](const std::vector<SideDraft>& ds) {
      for (size_t k = 0; k < ds.size(); ++k) {
        if (ds[k].undated || !ds[k].first_day.valid()) return false;
        if (k > 0 && !(ds[k - 1].last_day < ds[k].first_day)) return false;
      }
      return ds.size() >= 2;
    };
    std::string cumulative;
    if (CumulativeWord(f.claims, claims, &cumulative) && rises(drafts)) {
      if (updates != nullptr) {
        FoundUpdate u;
        std::vector<std::string> parts;
        for (auto& sd : drafts) {
          parts.push_back(sd.value + " (" + sd.first_day.Iso() + ", " + sd.side.held_by + ")");
          u.update.steps.push_back(
              {sd.value, sd.first_day, sd.side.held_by, std::move(sd.side.evidence)});
        }
        const std::string& unit = qof(mentions[drafts.front().first]).unit;
        const std::string counted = !IsCountUnit(unit) ? unit
                                    : unit == "person" ? std::string("people")
                                                       : unit + "s";
        u.update.summary = "The reported number of " + counted + " " + cumulative +
                           " rose over time: " + Join(parts, " → ");
        u.claims = f.claims;
        std::sort(u.claims.begin(), u.claims.end());
        u.claims.erase(std::unique(u.claims.begin(), u.claims.end()), u.claims.end());
        updates->push_back(std::move(u));
      }
      continue;
    }
    // The side most independent outlets hold comes first.
    std::stable_sort(drafts.begin(), drafts.end(),
                     [](const SideDraft& a, const SideDraft& b) { return a.sources > b.sources; });
    const ClaimQuantity& lead = qof(mentions[drafts.front().first]);
    std::string event = drafts.front().event_word;
    static const std::unordered_set<std::string_view> kTimeUnits = {
        "hour", "minute", "day", "week", "month", "year", "second"};
    std::string what;
    if (kTimeUnits.count(lead.unit) && !event.empty()) {
      what = "how long the " + event + " lasted";
    } else if (IsCountUnit(lead.unit)) {
      what = "the number of " + (lead.unit == "person" ? std::string("people") : lead.unit + "s");
    } else {
      what = lead.head_word.empty() ? lead.unit : lead.head_word;
    }
    std::vector<std::string> parts;
    for (auto& sd : drafts) {
      parts.push_back(sd.value + " (" +
                      (sd.sources > 1 ? std::to_string(sd.sources) + " outlets" : sd.side.held_by) +
                      ")");
      f.conflict.sides.push_back(std::move(sd.side));
    }
    f.conflict.summary = "Outlets disagree on " + what + ": " + Join(parts, " vs ");
    std::sort(f.claims.begin(), f.claims.end());
    f.claims.erase(std::unique(f.claims.begin(), f.claims.end()), f.claims.end());
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<FactUpdate> NumberUpdates(std::vector<FoundUpdate> found, const FactTable& table) {
  std::vector<FactUpdate> out;
  for (auto& f : found) {
    FactUpdate u = std::move(f.update);
    u.id = std::string("u").append(std::to_string(out.size() + 1));
    for (uint32_t claim : f.claims) {
      if (claim >= table.fact_of_claim.size() || table.fact_of_claim[claim] < 0) continue;
      const std::string& id = table.facts[table.fact_of_claim[claim]].id;
      if (std::find(u.facts.begin(), u.facts.end(), id) == u.facts.end()) u.facts.push_back(id);
    }
    out.push_back(std::move(u));
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
