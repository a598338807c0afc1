// Denial grouping (denial_grouping.h): one conflict per denied proposition or claim.
#include "reconcile/denial_grouping.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>

#include "reconcile/conflict_building.h"

namespace corroborate {

namespace {

// Denials sharing a predicate or a denier that are paired with each other (the first ones).
constexpr size_t kMaxPairedDenials = 200;

// Forward denials of one proposition (indices into recs), keyed by their group's root.
std::map<size_t, std::vector<size_t>> ForwardDenialGroups(const std::vector<Claim>& claims,
                                                          const std::vector<ForwardDenial>& recs) {
  const size_t n = recs.size();
  LinkedGroups groups(n);
  auto same_key = [](const ForwardDenial& a, const ForwardDenial& b) {
    if (a.key_entity >= 0 && a.key_entity == b.key_entity) return true;
    for (const auto& w : a.key_words) {
      if (b.key_words.count(w)) return true;
    }
    return false;
  };
  auto joins = [&](size_t x, size_t y) {
    const ForwardDenial& a = recs[x];
    const ForwardDenial& b = recs[y];
    if (a.asserts.empty() != b.asserts.empty()) return false;
    if (a.asserts.empty() && claims[a.denial].doc != claims[b.denial].doc) return false;
    bool shared = false;
    for (uint32_t c : a.asserts) {
      shared = shared || std::find(b.asserts.begin(), b.asserts.end(), c) != b.asserts.end();
    }
    // One article denying one predicate twice (a quote and a paraphrase) denies one thing.
    const bool same_doc = claims[a.denial].doc == claims[b.denial].doc;
    return shared || same_key(a, b) || same_doc || (!a.denier.empty() && a.denier == b.denier);
  };
  // Bucket by predicate so the pairing stays within one proposition's denials.
  std::unordered_map<std::string, std::vector<size_t>> by_predicate;
  for (size_t i = 0; i < n; ++i) by_predicate[recs[i].predicate].push_back(i);
  for (const auto& [pred, list] : by_predicate) {
    LinkPairs(list, kMaxPairedDenials, joins, &groups);
    // Orphans (no assertion found) join the only asserted group of their predicate.
    std::set<size_t> roots;
    for (size_t r : list) {
      if (!recs[r].asserts.empty()) roots.insert(groups.Find(r));
    }
    if (roots.size() == 1) {
      for (size_t r : list) {
        if (recs[r].asserts.empty()) groups.Link(r, *roots.begin());
      }
    }
  }
  return groups.Groups();
}

// The conflict of one group of forward denials (members: indices into recs); false when the
// group found no assertion. group_of: AlignedGroupOfClaims.
bool ForwardDenialConflict(const ConflictContext& ctx, const std::vector<ForwardDenial>& recs,
                           const std::vector<size_t>& members, const std::vector<int32_t>& group_of,
                           FoundConflict* out) {
  const auto& claims = ctx.claims.claims;
  std::set<uint32_t> asserts, denials;
  std::set<uint32_t> denial_docs;
  for (size_t r : members) {
    asserts.insert(recs[r].asserts.begin(), recs[r].asserts.end());
    denials.insert(recs[r].denial);
    denial_docs.insert(claims[recs[r].denial].doc);
  }
  if (asserts.empty()) return false;
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
  FoundConflict& f = *out;
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
    assertion.evidence.push_back(ctx.story.At(ac.doc, ac.span));
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
    denial.evidence.push_back(ctx.story.At(dc.doc, dc.span));
  }
  const Claim& lc = claims[lead->denial];
  denial.statement = SpanText(ctx, lc.doc, lc.span);
  denial.held_by = denier.empty() ? JoinUnique(denial_outlets) : denier;
  f.conflict.summary = denial.held_by + " denies that " + SpanText(ctx, lc.doc, lead->denied) +
                       ", as reported by " + assertion.held_by;
  f.conflict.sides.push_back(std::move(assertion));
  f.conflict.sides.push_back(std::move(denial));
  return true;
}

}  // namespace

std::vector<FoundConflict> GroupForwardDenials(const ConflictContext& ctx,
                                               const std::vector<ForwardDenial>& recs) {
  const std::vector<int32_t> group_of = AlignedGroupOfClaims(ctx);
  std::vector<FoundConflict> out;
  for (const auto& [root, members] : ForwardDenialGroups(ctx.claims.claims, recs)) {
    FoundConflict f;
    if (ForwardDenialConflict(ctx, recs, members, group_of, &f)) out.push_back(std::move(f));
  }
  return out;
}

std::vector<FoundConflict> GroupBackwardDenials(const std::vector<BackwardDenial>& recs) {
  const size_t n = recs.size();
  LinkedGroups linked(n);
  auto joins = [&](size_t x, size_t y) {
    const BackwardDenial& a = recs[x];
    const BackwardDenial& b = recs[y];
    if (a.claim_doc == b.claim_doc) return false;  // two denials in one report are two things
    bool shared = false;
    for (int32_t e : a.key_entities) shared = shared || b.key_entities.count(e) > 0;
    return shared;
  };
  // Bucket by denier so the pairing stays small.
  std::unordered_map<std::string, std::vector<size_t>> by_denier;
  for (size_t i = 0; i < n; ++i) by_denier[recs[i].denier].push_back(i);
  for (const auto& [denier, list] : by_denier) LinkPairs(list, kMaxPairedDenials, joins, &linked);
  const std::map<size_t, std::vector<size_t>> groups = linked.Groups();
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

}  // namespace corroborate
