#include "reconcile/quote_conflicts.h"

#include <algorithm>
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "core/strings.h"
#include "reconcile/conflict_building.h"

namespace corroborate {
namespace {

// Pairs compared inside one aligned quote: a quote carried by more articles than this is
// checked on its first occurrences only (the bound keeps the pass linear).
constexpr size_t kMaxMembers = 48;
constexpr size_t kStatementBytes = 300;

// A concept only negated in one wording and only affirmed in the other; 0 when none.
uint64_t NegationFlip(const QuoteWording& a, const QuoteWording& b) {
  for (uint64_t c : a.negated) {
    if (!SetHas(a.affirmed, c) && SetHas(b.affirmed, c) && !SetHas(b.negated, c)) return c;
  }
  for (uint64_t c : b.negated) {
    if (!SetHas(b.affirmed, c) && SetHas(a.affirmed, c) && !SetHas(a.negated, c)) return c;
  }
  return 0;
}

bool Subset(const std::vector<double>& small, const std::vector<double>& big) {
  return std::includes(big.begin(), big.end(), small.begin(), small.end());
}

// Both wordings give numbers and neither's numbers are all in the other's (a trimmed quote
// keeps a subset of the numbers; a changed one swaps them).
bool NumberChange(const QuoteWording& a, const QuoteWording& b) {
  if (a.numbers.empty() || b.numbers.empty()) return false;
  return !Subset(a.numbers, b.numbers) && !Subset(b.numbers, a.numbers);
}

// The claim of a quote occurrence's sentence, or -1.
int64_t ClaimOf(const ClaimSet& claims, const QuoteOccurrence& o) {
  if (o.doc + 1 >= claims.doc_begin.size()) return -1;
  for (uint32_t c = claims.doc_begin[o.doc]; c < claims.doc_begin[o.doc + 1]; ++c) {
    if (claims.claims[c].sentence == o.sentence) return c;
  }
  return -1;
}

// True when one update (a count that rose between reports) holds both occurrences' sentences.
bool OneUpdateHolds(const ConflictContext& ctx, const std::vector<FoundUpdate>& updates,
                    const QuoteOccurrence& a, const QuoteOccurrence& b) {
  const int64_t ca = ClaimOf(ctx.claims, a), cb = ClaimOf(ctx.claims, b);
  if (ca < 0 || cb < 0) return false;
  for (const FoundUpdate& u : updates) {
    auto holds = [&](int64_t c) {
      return std::binary_search(u.claims.begin(), u.claims.end(), static_cast<uint32_t>(c));
    };
    if (holds(ca) && holds(cb)) return true;
  }
  return false;
}

std::string Wording(const ConflictContext& ctx, const QuoteOccurrence& o) {
  std::string text = SpanText(ctx, static_cast<uint32_t>(o.doc), o.text);
  if (text.size() > kStatementBytes) {
    size_t cut = kStatementBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut) + "…";
  }
  return "“" + text + "”";
}

std::string Outlets(const ConflictContext& ctx, const std::vector<const QuoteOccurrence*>& side) {
  std::vector<std::string> names;
  for (const QuoteOccurrence* o : side) {
    names.push_back(OutletName(ctx, static_cast<uint32_t>(o->doc)));
  }
  return JoinUnique(std::move(names));
}

ConflictSide Side(const ConflictContext& ctx, const std::vector<const QuoteOccurrence*>& side,
                  const std::string& prefix) {
  ConflictSide s;
  s.statement = prefix + Wording(ctx, *side.front());
  s.held_by = Outlets(ctx, side);
  for (const QuoteOccurrence* o : side) s.evidence.push_back(ctx.story.At(o->doc, o->text));
  return s;
}

std::string SpeakerLabel(const AccountQuote& q) {
  return q.speaker_name.empty() ? std::string("an unidentified speaker") : q.speaker_name;
}

// One conflict from the occurrences that agree with `a` and those that agree with `b` under
// `same_side` (an occurrence on neither side, or on both, stays out).
FoundConflict TwoSides(const ConflictContext& ctx, const QuoteAlignment& quotes,
                       const std::vector<uint32_t>& members, const QuoteOccurrence& a,
                       const QuoteOccurrence& b,
                       const std::function<int(const QuoteOccurrence&)>& side_of,
                       const std::string& summary) {
  std::vector<const QuoteOccurrence*> left, right;
  for (uint32_t m : members) {
    const QuoteOccurrence& o = quotes.occurrences[m];
    int s = side_of(o);
    if (s == 1) left.push_back(&o);
    if (s == 2) right.push_back(&o);
  }
  if (left.empty()) left.push_back(&a);
  if (right.empty()) right.push_back(&b);
  FoundConflict f;
  f.conflict.kind = ConflictKind::kQuote;
  f.conflict.summary = summary;
  f.conflict.sides.push_back(Side(ctx, left, ""));
  f.conflict.sides.push_back(Side(ctx, right, ""));
  return f;
}

}  // namespace

std::vector<FoundConflict> FindQuoteConflicts(const ConflictContext& ctx,
                                              const QuoteAlignment& quotes,
                                              const std::vector<FoundUpdate>& updates) {
  std::vector<FoundConflict> out;
  for (size_t qi = 0; qi < quotes.quotes.size() && qi < quotes.members.size(); ++qi) {
    const AccountQuote& quote = quotes.quotes[qi];
    const std::vector<uint32_t>& members = quotes.members[qi];
    const size_t n = std::min(members.size(), kMaxMembers);
    bool negation_found = false, number_found = false;
    for (size_t i = 0; i < n && !(negation_found && number_found); ++i) {
      const QuoteOccurrence& a = quotes.occurrences[members[i]];
      for (size_t j = i + 1; j < n; ++j) {
        const QuoteOccurrence& b = quotes.occurrences[members[j]];
        if (a.doc == b.doc) continue;  // one outlet quoting in part and in full
        uint64_t flip = negation_found ? 0 : NegationFlip(a.wording, b.wording);
        if (flip != 0) {
          negation_found = true;
          const bool a_negates = SetHas(a.wording.negated, flip);
          auto side_of = [&](const QuoteOccurrence& o) {
            bool neg = SetHas(o.wording.negated, flip), aff = SetHas(o.wording.affirmed, flip);
            if (neg == aff) return 0;
            return neg == a_negates ? 1 : 2;
          };
          out.push_back(TwoSides(
              ctx, quotes, members, a, b, side_of,
              "Outlets quote " + SpeakerLabel(quote) + " with opposite meanings: " +
                  Wording(ctx, a) + " (" + OutletName(ctx, static_cast<uint32_t>(a.doc)) + ") vs " +
                  Wording(ctx, b) + " (" + OutletName(ctx, static_cast<uint32_t>(b.doc)) + ")"));
        }
        if (!number_found && NumberChange(a.wording, b.wording) &&
            !OneUpdateHolds(ctx, updates, a, b)) {
          number_found = true;
          auto side_of = [&](const QuoteOccurrence& o) {
            if (o.wording.numbers.empty()) return 0;
            bool in_a = Subset(o.wording.numbers, a.wording.numbers);
            bool in_b = Subset(o.wording.numbers, b.wording.numbers);
            return in_a == in_b ? 0 : in_a ? 1 : 2;
          };
          out.push_back(TwoSides(
              ctx, quotes, members, a, b, side_of,
              "Outlets quote " + SpeakerLabel(quote) + " with different numbers: " +
                  Wording(ctx, a) + " (" + OutletName(ctx, static_cast<uint32_t>(a.doc)) + ") vs " +
                  Wording(ctx, b) + " (" + OutletName(ctx, static_cast<uint32_t>(b.doc)) + ")"));
        }
      }
    }
  }
  // The same words put in different mouths.
  for (const auto& [qa, qb] : quotes.same_words_other_speaker) {
    if (qa >= quotes.quotes.size() || qb >= quotes.quotes.size()) continue;
    auto occurrences = [&](uint32_t q) {
      std::vector<const QuoteOccurrence*> v;
      for (uint32_t m : quotes.members[q]) v.push_back(&quotes.occurrences[m]);
      return v;
    };
    const AccountQuote& a = quotes.quotes[qa];
    const AccountQuote& b = quotes.quotes[qb];
    FoundConflict f;
    f.conflict.kind = ConflictKind::kQuote;
    std::vector<const QuoteOccurrence*> left = occurrences(qa), right = occurrences(qb);
    f.conflict.summary =
        "Outlets attribute the same words to different speakers: " + SpeakerLabel(a) + " (" +
        Outlets(ctx, left) + ") vs " + SpeakerLabel(b) + " (" + Outlets(ctx, right) + ")";
    f.conflict.sides.push_back(Side(ctx, left, SpeakerLabel(a) + ": "));
    f.conflict.sides.push_back(Side(ctx, right, SpeakerLabel(b) + ": "));
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace corroborate
