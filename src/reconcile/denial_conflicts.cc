// Denial conflicts (conflicts.h FindDenials): each sentence with a denial cue (denial_cues.h)
// is read as a backward denial of the claim just before it ("…, which Kyiv has denied") or a
// forward denial of a proposition (denied_propositions.h) whose assertions are looked up by
// predicate stem elsewhere; the denials are then grouped into conflicts (denial_grouping.h).
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/strings.h"
#include "reconcile/clauses.h"
#include "reconcile/conflict_building.h"
#include "reconcile/conflicts.h"
#include "reconcile/denial_cues.h"
#include "reconcile/denial_grouping.h"
#include "reconcile/denied_propositions.h"

namespace corroborate {
namespace {

using Tokens = ClaimTokens;
using ClaimsByStem = std::unordered_map<std::string, std::vector<uint32_t>>;

// The name of entity e; "" for none.
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

// The holder of clause k of c (its attribution, propositions.h), or "".
std::string ClauseHolder(const Claim& c, int k) {
  if (k < 0 || static_cast<size_t>(k) >= c.reading.clauses.size()) return "";
  const int32_t h = c.reading.clauses[k].holder;
  if (h < 0 || static_cast<size_t>(h) >= c.reading.attributions.size()) return "";
  return c.reading.attributions[h].holder;
}

// The denial cue of claim c: a cue phrase, else a clause whose own verb rejects what an earlier
// clause said ("…, but Kyiv dismissed it").
bool DenialCueOf(const Claim& c, DenialCue* cue) {
  if (FindDenialCue(c.tokens, cue)) return true;
  for (const ClauseReading& cl : c.reading.clauses) {
    if (cl.denial && cl.refers_back && cl.cue >= 0) {
      cue->begin = static_cast<size_t>(cl.cue);
      cue->end = cue->begin + 1;
      return true;
    }
  }
  return false;
}

// Assertion candidates: the claims that are not denials, by the stems of their content words.
ClaimsByStem AssertionsByStem(const std::vector<Claim>& claims,
                              const std::vector<char>& is_denial) {
  ClaimsByStem by_stem;
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
  return by_stem;
}

// Claim i's cue denies a claim made before it, in its sentence (clause: the cue's clause
// reading, or -1; clause_begin: its first token) or in the sentence before. False when that
// claim or the denial cannot be delimited.
bool ReadBackwardDenial(const ConflictContext& ctx, size_t i, const DenialCue& cue, int clause,
                        size_t clause_begin, size_t comp_end, BackwardDenial* out) {
  const auto& claims = ctx.claims.claims;
  const Claim& c = claims[i];
  const Tokens& toks = c.tokens;
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
    while (claim_b > 0 && !(toks[claim_b - 1].punct &&
                            (toks[claim_b - 1].lower == ";" || toks[claim_b - 1].lower == "."))) {
      --claim_b;
    }
  } else {
    // The denial opens its sentence: it refers to the previous sentence of the article.
    if (i == 0 || claims[i - 1].doc != c.doc || claims[i - 1].heading) return false;
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
  if (claim_span.empty() || denial_span.empty()) return false;
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
  BackwardDenial& rec = *out;
  rec.claimant = claimant;
  rec.denier = denier;
  rec.claim_doc = c.doc;
  rec.claim_text = SpanText(ctx, c.doc, claim_span);
  rec.claim_evidence = ctx.story.At(c.doc, claim_span);
  rec.denial_text = SpanText(ctx, c.doc, denial_span);
  rec.denial_evidence = ctx.story.At(c.doc, denial_span);
  rec.claims = {claim_index};
  if (claim_index != i) rec.claims.push_back(static_cast<uint32_t>(i));
  for (size_t k = claim_b; k < claim_e && k < ctoks.size(); ++k) {
    const int32_t e = ctoks[k].entity;
    if (e < 0) continue;
    const std::string name = EntityName(ctx, e);
    if (name != claimant && name != denier) rec.key_entities.insert(e);
  }
  return true;
}

// Claim i's cue denies the proposition in toks[after, comp_end): matched with the claims that
// assert it best. False when the proposition cannot be read or no claim has its predicate.
bool ReadForwardDenial(const ConflictContext& ctx, size_t i, const DenialCue& cue, size_t after,
                       size_t comp_end, const ClaimsByStem& by_stem, ForwardDenial* out) {
  const auto& claims = ctx.claims.claims;
  const Tokens& toks = claims[i].tokens;
  DeniedProposition prop;
  if (!ParseProposition(toks, after, comp_end, &prop)) return false;
  auto it = by_stem.find(prop.predicate);
  if (it == by_stem.end()) return false;
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
  ForwardDenial& rec = *out;
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
  return true;
}

}  // namespace

std::vector<FoundConflict> FindDenials(const ConflictContext& ctx) {
  const auto& claims = ctx.claims.claims;
  std::vector<ForwardDenial> forward;
  std::vector<BackwardDenial> backward;
  std::vector<char> is_denial(claims.size(), 0);
  std::vector<DenialCue> cues(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) is_denial[i] = DenialCueOf(claims[i], &cues[i]);
  const ClaimsByStem by_stem = AssertionsByStem(claims, is_denial);

  for (size_t i = 0; i < claims.size(); ++i) {
    if (!is_denial[i]) continue;
    const Claim& c = claims[i];
    const Tokens& toks = c.tokens;
    const DenialCue cue = cues[i];
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
    size_t after = 0, comp_end = 0;
    DeniedTokens(toks, cue, &after, &comp_end);
    const bool bare = !cue.passive && cue.end - cue.begin == 1 &&
                      (IsBareDenial(toks[cue.begin].lower) || IsDenialVerb(toks[cue.begin].lower));
    const bool clause_back = clause >= 0 && c.reading.clauses[clause].refers_back &&
                             c.reading.clauses[clause].cue == static_cast<int32_t>(cue.begin);
    const bool backward_denial =
        bare && (clause_back || after >= toks.size() || toks[after].punct || comp_end == after ||
                 (IsDenialAnaphor(toks[after].lower) && comp_end - after <= 2));
    if (bare && !backward_denial && !IsBareDenial(toks[cue.begin].lower)) continue;

    if (backward_denial) {
      BackwardDenial rec;
      if (ReadBackwardDenial(ctx, i, cue, clause, clause_begin, comp_end, &rec)) {
        backward.push_back(std::move(rec));
      }
      continue;
    }
    ForwardDenial rec;
    if (ReadForwardDenial(ctx, i, cue, after, comp_end, by_stem, &rec)) {
      forward.push_back(std::move(rec));
    }
  }
  std::vector<FoundConflict> out;
  for (auto& f : GroupBackwardDenials(backward)) out.push_back(std::move(f));
  for (auto& f : GroupForwardDenials(ctx, forward)) out.push_back(std::move(f));
  return out;
}

}  // namespace corroborate
