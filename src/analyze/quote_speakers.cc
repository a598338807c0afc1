// Speaker phrases: collects the noun phrase before or after a cue and narrows it to the
// speaker (a pronoun, a name without its titles, snapped to an entity mention, or the whole
// description of an unnamed source).
#include <algorithm>

#include "analyze/quote_scanner.h"

namespace corroborate::quotes_internal {

// Collects a noun phrase backwards ending at lex last (inclusive), not before lo.
std::optional<std::pair<size_t, size_t>> QuoteScanner::PhraseEndingAt(size_t last,
                                                                      size_t lo) const {
  if (last >= lx_.size() || !IsWord(last) || last < lo) return std::nullopt;
  size_t first = last;
  size_t count = 0;
  for (size_t k = last + 1; k > lo && count < 7;) {
    --k;
    if (!IsWord(k)) break;
    std::string w = L(k);
    if (Bridges(k) && k != last) {
      first = k, ++count;
      continue;
    }
    if (PhraseStops().contains(w) && !(k == last && Pronouns().contains(w))) break;
    if (Pronouns().contains(w) && k != last) break;
    first = k;
    ++count;
    if (Pronouns().contains(w)) break;
  }
  if (count == 0) return std::nullopt;
  return std::make_pair(first, last);
}

// A noun phrase forwards from first: "political analyst Jane Roe", "two NATO diplomats".
std::optional<std::pair<size_t, size_t>> QuoteScanner::PhraseStartingAt(size_t first,
                                                                        size_t hi) const {
  size_t last = first;
  size_t count = 0;
  for (size_t k = first; k < hi && k < lx_.size() && count < 8; ++k) {
    if (!IsWord(k)) break;
    std::string w = L(k);
    if (Bridges(k) && k != first && k + 1 < hi) {
      last = k, ++count;
      continue;
    }
    if (PhraseStops().contains(w) && !(k == first && Pronouns().contains(w))) break;
    last = k;
    ++count;
    if (Pronouns().contains(w)) break;
  }
  if (count == 0) return std::nullopt;
  return std::make_pair(first, last);
}

// A preposition inside a described source: "close [to] the talks", "spokesman [for] …".
bool QuoteScanner::Bridges(size_t k) const {
  return k > 0 && IsWord(k) && IsWord(k - 1) && BridgePrepositions().contains(L(k)) &&
         BridgeWords().contains(L(k - 1)) && IsWord(k + 1);
}

bool QuoteScanner::HasBridge(size_t first, size_t last) const {
  for (size_t k = first + 1; k < last; ++k) {
    if (Bridges(k)) return true;
  }
  return false;
}

bool QuoteScanner::AllCapitalized(size_t first, size_t last) const {
  for (size_t k = first; k <= last; ++k) {
    if (!scan::IsCapitalized(S(k)) && !NameParticles().contains(L(k))) return false;
  }
  return true;
}

// Narrows a phrase to the speaker: a pronoun, the trailing name without titles
// ("Kremlin spokesperson Dmitry Peskov" -> "Dmitry Peskov"), or the whole description.
TextSpan QuoteScanner::Refine(size_t first, size_t last) const {
  if (first == last && Pronouns().contains(L(first))) return Span(first, last);
  if (HasBridge(first, last)) return Span(first, last);  // "a spokesman for the Kremlin"
  if (scan::IsCapitalized(S(last)) && scan::MonthWord(S(last)) == 0 &&
      scan::WeekdayWord(S(last)) < 0) {
    size_t r = last;
    while (r > first) {
      if (scan::IsCapitalized(S(r - 1))) {
        --r;
        continue;
      }
      // "Ursula von der Leyen": particles inside a name, with a capitalized word before them
      size_t j = r - 1;
      while (j > first && NameParticles().contains(L(j))) --j;
      if (j < r - 1 && NameParticles().contains(L(r - 1)) && scan::IsCapitalized(S(j)) &&
          !NameParticles().contains(L(j))) {
        r = j;
        continue;
      }
      break;
    }
    size_t start = r;
    for (size_t k = r; k < last; ++k) {
      std::string_view w = S(k);
      if (Titles().contains(scan::LowerAscii(w)) || scan::StripPossessive(w).size() != w.size()) {
        start = k + 1;
      }
    }
    TextSpan name = Span(start, last);
    bool particle = false;
    for (size_t k = start; k < last; ++k) particle = particle || NameParticles().contains(L(k));
    return particle ? name : SnapToEntity(name);  // mentions often drop "von der"
  }
  // Leading articles of a description stay ("a U.S. official"); a lone determiner does not.
  return Span(first, last);
}

TextSpan QuoteScanner::SnapToEntity(TextSpan name) const {
  if (entity_order_.empty()) return name;
  const auto& ents = doc_.entities;
  auto it = std::lower_bound(entity_order_.begin(), entity_order_.end(), name.end,
                             [&](size_t idx, uint32_t v) { return ents[idx].span.begin < v; });
  const EntityMention* best = nullptr;
  int steps = 0;
  while (it != entity_order_.begin() && steps++ < 8) {
    --it;
    const EntityMention& m = ents[*it];
    if (!m.span.Overlaps(name)) continue;
    if (best == nullptr || (m.type == EntityType::kPerson && best->type != EntityType::kPerson)) {
      best = &m;
    }
  }
  return best != nullptr ? best->span : name;
}

// The speaker written before the verb at v: "Rubio said", "A U.S. official, speaking …, said",
// "Jane Roe, director of X, said". nullopt when none; an empty span for a passive verb.
std::optional<TextSpan> QuoteScanner::SubjectBefore(size_t v, size_t lo) const {
  size_t k = v;
  while (k > lo && IsWord(k - 1) && AdverbsBeforeVerb().contains(L(k - 1))) --k;
  if (k > lo && IsWord(k - 1) && PassiveAux().contains(L(k - 1))) return TextSpan{};
  if (k == lo) return std::nullopt;
  if (Punct(k - 1, ",")) {
    // Apposition: "NAME, ROLE," or "ROLE, NAME," before the verb.
    size_t comma = k - 1;
    size_t prev_comma = comma;
    for (size_t j = comma; j > lo && comma - j < 20;) {
      --j;
      if (Punct(j, ",")) {
        prev_comma = j;
        break;
      }
      if (!IsWord(j)) break;
    }
    if (prev_comma == comma || prev_comma + 1 >= comma) return std::nullopt;
    auto before = PhraseEndingAt(prev_comma - 1, lo);
    size_t mid_first = prev_comma + 1, mid_last = comma - 1;
    bool mid_name = mid_last - mid_first < 6 && AllCapitalized(mid_first, mid_last);
    bool before_name = before && scan::IsCapitalized(S(before->second));
    if (before_name) return Refine(before->first, before->second);
    if (mid_name) return Refine(mid_first, mid_last);
    // "Yuri Roe, a veteran of the service, rose …, told his hosts": neither piece is a name,
    // so the name opening the clause ("NAME, …") is the subject of the verbs that follow.
    size_t e = lo;
    while (e < prev_comma && IsWord(e) && scan::IsCapitalized(S(e)) && e - lo < 4) ++e;
    if (e > lo && Punct(e, ",") && e < prev_comma && !PhraseStops().contains(L(lo))) {
      return Refine(lo, e - 1);
    }
    if (before) return Refine(before->first, before->second);
    return std::nullopt;
  }
  auto np = PhraseEndingAt(k - 1, lo);
  if (!np) return std::nullopt;
  // "Trump in recent weeks has repeated": a span of time after a preposition is an
  // adverbial, not the subject.
  static const WordSet kPrepositions = {"in",     "on",    "at",     "during", "for", "over",
                                        "within", "after", "before", "since",  "by"};
  static const WordSet kTimeNouns = {"weeks", "days",    "months",  "years",     "week",    "month",
                                     "year",  "time",    "morning", "afternoon", "evening", "night",
                                     "hours", "decades", "past",    "weekend"};
  if (np->first > lo && IsWord(np->first - 1) && kPrepositions.contains(L(np->first - 1)) &&
      kTimeNouns.contains(L(np->second))) {
    return std::nullopt;
  }
  // "A Varnian official who was in the room said": the relative clause's head is the speaker.
  for (size_t j = np->first; j > lo && np->first - j < 10;) {
    --j;
    if (!IsWord(j)) break;
    if (L(j) != "who") continue;
    auto head = j > lo ? PhraseEndingAt(j - 1, lo) : std::nullopt;
    if (head) return Refine(head->first, head->second);
    break;
  }
  return Refine(np->first, np->second);
}

// The subject of the sentence holding lex i, for participle cues ("…, saying …"): the speaker
// of the sentence's first cue verb, else a pronoun or name opening the sentence.
TextSpan QuoteScanner::SentenceSubject(size_t i, size_t limit) const {
  return SegmentSubject(SentenceStart(i), limit).value_or(TextSpan{});
}

// The subject of the clause segment [s0, limit): the source of its first finite speech verb,
// else a pronoun or name opening it, after a leading adverbial ("After the session, Ushakov
// …", "However, he …"). For coordinated and participle cues: "X called it … and confirmed
// that …", "X denied it, saying …".
std::optional<TextSpan> QuoteScanner::SegmentSubject(size_t s0, size_t limit) const {
  size_t start = s0;
  while (start < limit && !IsWord(start)) ++start;
  static const WordSet kOpeners = {
      "after",    "before",    "when",    "while", "as",    "although", "though",
      "however",  "meanwhile", "since",   "in",    "on",    "at",       "during",
      "standing", "speaking",  "earlier", "later", "still", "instead",  "yet"};
  if (start < limit && kOpeners.contains(L(start))) {
    for (size_t k = start; k < limit && k - start < 25; ++k) {
      if (Punct(k, ",")) {
        start = k + 1;
        break;
      }
    }
  }
  for (size_t k = start + 1; k < limit; ++k) {
    if (IsWord(k) && (FiniteCues().contains(L(k)) || IndirectCues().contains(L(k)))) {
      auto s = SubjectBefore(k, start);
      if (s && !s->empty()) return s;
      break;
    }
  }
  if (start >= limit || !IsWord(start)) return std::nullopt;
  if (Pronouns().contains(L(start)) && L(start) != "it") return Span(start, start);
  if (!scan::IsCapitalized(S(start)) || PhraseStops().contains(L(start))) return std::nullopt;
  size_t e = start;
  while (e + 1 < limit && IsWord(e + 1) && scan::IsCapitalized(S(e + 1)) && e - start < 4) ++e;
  // The name must be followed by its verb: a word outside the stop list, or an auxiliary
  // ("Berg was quoted as saying").
  if (e + 1 >= limit || !IsWord(e + 1) ||
      (PhraseStops().contains(L(e + 1)) && !PassiveAux().contains(L(e + 1)) && L(e + 1) != "has" &&
       L(e + 1) != "had")) {
    return std::nullopt;
  }
  return Refine(start, e);
}

}  // namespace corroborate::quotes_internal
