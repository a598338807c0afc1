// Issue phrases (reconcile/positions_issue.h): the noun phrase a stance is about.
#include "reconcile/positions_issue.h"

#include <algorithm>

#include "core/strings.h"
#include "reconcile/claims.h"
#include "reconcile/positions.h"
#include "reconcile/positions_lexicon.h"

namespace corroborate::positions {

// The issue noun phrase starting at token p; nullopt when none. Peels determiners,
// modifiers, numbers, relational heads ("reduction in"), gerunds of concession verbs
// ("ceding land") and a clause's subject ("troops withdraw from the region").
std::optional<Found> Issue(const SentenceView& v, size_t p, size_t limit) {
  const auto& t = Toks(v);
  limit = std::min(limit, t.size());
  static const WordSet kTimeWords = {
      "monday",    "tuesday",  "wednesday", "thursday", "friday", "saturday",  "sunday",
      "january",   "february", "march",     "april",    "june",   "july",      "august",
      "september", "october",  "november",  "december", "today",  "yesterday", "tomorrow",
      "tonight",   "weekend",  "week",      "month",    "year"};
  auto skip_front = [&](size_t k) {
    while (k < limit && !t[k].punct && t[k].entity < 0 &&
           (kDeterminers.count(t[k].lower) || kModifiers.count(t[k].lower) ||
            kTimeWords.count(t[k].lower) || t[k].lower == "last" || t[k].lower == "next" ||
            IsNumber(t[k].lower) || t[k].lower == "its" || t[k].lower == "their")) {
      ++k;
    }
    return k;
  };
  p = skip_front(p);
  // "the future of the Brodnitsa district": a relational word skipped in front leaves "of".
  while (p > 0 && p + 1 < limit && (t[p].lower == "of" || t[p].lower == "over") &&
         (kRelational.count(t[p - 1].lower) || kModifiers.count(t[p - 1].lower))) {
    p = skip_front(p + 1);
  }
  bool act = false;  // the issue is an act the holder offers ("to host the talks")
  // "(calls for) Ukraine to reduce its army": the issue is the object of the second verb.
  if (p < limit && t[p].entity >= 0) {
    size_t q = p;
    while (q < limit && t[q].entity == t[p].entity) ++q;
    if (q + 2 < limit && t[q].lower == "to" && !t[q + 1].punct && t[q + 1].entity < 0 &&
        !kDeterminers.count(t[q + 1].lower)) {
      p = q + 2;
      while (p < limit && (t[p].lower == "up" || t[p].lower == "back" || t[p].lower == "from")) {
        ++p;
      }
      p = skip_front(p);
    }
  }
  // "to cede land", "ceding land", "giving up territory".
  for (int round = 0; round < 2 && p < limit; ++round) {
    if (t[p].lower == "to" && p + 1 < limit && NegationRejects(StemWord(t[p + 1].lower))) {
      p += 2;
    } else if (t[p].lower == "to" && p + 1 < limit && !t[p + 1].punct && t[p + 1].entity < 0 &&
               !kDeterminers.count(t[p + 1].lower) && !kAux.count(t[p + 1].lower)) {
      // "offered to host the talks": the proposal is the act.
      ++p;
      act = true;
      break;
    } else if (EndsWith(t[p].lower, "ing") && ConcessionStems().count(StemWord(t[p].lower))) {
      ++p;
    } else {
      break;
    }
    while (p < limit && (t[p].lower == "up" || t[p].lower == "over" || t[p].lower == "back" ||
                         t[p].lower == "out" || t[p].lower == "off" || t[p].lower == "from" ||
                         t[p].lower == "on")) {
      ++p;
    }
    p = skip_front(p);
  }
  // The second verb of a coordinated list ("reduce its army and relinquish territory").
  if (p + 1 < limit && !t[p].punct && t[p].entity < 0 && NegationRejects(StemWord(t[p].lower)) &&
      !EndsWith(t[p].lower, "ing") && !EndsWith(t[p].lower, "al") && !t[p + 1].punct) {
    p = skip_front(p + 1);
  }
  size_t first = p, last = p;
  size_t words = 0;
  for (size_t k = p; k < limit; ++k) {
    const ClaimToken& tok = t[k];
    if (tok.punct) {
      if (Joiner(v, k) && words > 0) continue;
      break;
    }
    const std::string& w = tok.lower;
    if (kLinkPreps.count(w)) {
      // "reduction in the army": the issue is what follows.
      if (words > 0 && kRelational.count(t[last].lower)) {
        size_t q = skip_front(k + 1);
        first = last = q;
        words = 0;
        k = q - 1;
        continue;
      }
      break;
    }
    if (kAux.count(w) || kClauseWords.count(w) || kPersonPronouns.count(w) ||
        kFirstPronouns.count(w) || w == "it" || w == "they" || w == "them" || w == "you" ||
        w == "to") {
      break;
    }
    if (tok.entity >= 0 && words > 0 && t[last].entity < 0) break;
    if (words > 0 && ConcessionStems().count(StemWord(w)) && !EndsWith(w, "ing") &&
        !EndsWith(w, "al") && !EndsWith(w, "s") && !(k + 1 < limit && Joiner(v, k + 1)) &&
        !(k > 0 && Joiner(v, k - 1)) && (Upos(v, k).empty() || Upos(v, k) == "VERB")) {
      // A clause: "(demands) troops withdraw from the region" → the region.
      size_t q = k + 1;
      while (q < limit && (t[q].lower == "from" || t[q].lower == "to" || t[q].lower == "up" ||
                           t[q].lower == "over" || t[q].lower == "back")) {
        ++q;
      }
      return Issue(v, q, limit);
    }
    if (IsNumber(w) && words == 0) {
      first = last = k + 1;
      continue;
    }
    if (words > 0) {
      // Only spaces or a joining hyphen between words: not across "pull-back - source" or a
      // closing quote mark.
      std::string_view gap = v.text.substr(t[last].span.end, tok.span.begin - t[last].span.end);
      size_t dots = gap.find_first_not_of(".-'");
      bool joined =
          dots == std::string_view::npos ||
          (dots > 0 && gap[0] == '.' && gap.find_first_not_of(' ', dots) == std::string_view::npos);
      if (!joined && gap.find_first_not_of(' ') != std::string_view::npos) break;
      std::string_view upos = kDeterminers.count(w) ? std::string_view() : Upos(v, k);
      if (upos == "VERB" || upos == "AUX" || upos == "SCONJ" || upos == "PRON" || upos == "CCONJ") {
        break;
      }
      // "amendments proposed by …", "the border drawn in 1994": a participle starts a clause.
      static const WordSet kParticiples = {"taken",   "given",  "chosen", "frozen", "broken",
                                           "written", "stolen", "seized", "held",   "set"};
      if ((EndsWith(w, "ed") || EndsWith(w, "wn") || kParticiples.count(w)) && k + 1 < limit &&
          (t[k + 1].lower == "by" || t[k + 1].lower == "at" || kLinkPreps.count(t[k + 1].lower) ||
           IsNumber(t[k + 1].lower))) {
        break;
      }
    }
    if (words >= 4) break;
    if (words == 0) first = k;
    last = k;
    ++words;
    // "the plan's call for …": the possessor is the issue, unless what it calls for is
    // spelled out ("condemned the plan's call for Ukraine to reduce its army" → army).
    if (tok.entity < 0 && Possessive(v, k)) {
      if (k + 3 < limit && Rules().count(StemWord(t[k + 1].lower)) &&
          (t[k + 2].lower == "for" || t[k + 2].lower == "to")) {
        if (auto inner = Issue(v, k + 3, limit)) return inner;
      }
      break;
    }
  }
  if (words == 0) return std::nullopt;
  Found f;
  const uint32_t base = t[first].span.begin;
  std::string display(TextSpan{base, t[last].span.end}.Of(v.text));
  if (v.claim->heading) {
    // Title case is not a name: "Rejected Deal" → "deal".
    for (size_t k = first; k <= last; ++k) {
      size_t at = t[k].span.begin - base;
      if (t[k].entity < 0 && !t[k].lower.empty() && t[k].lower[0] != '^' && at < display.size() &&
          display[at] >= 'A' && display[at] <= 'Z') {
        display[at] = static_cast<char>(display[at] - 'A' + 'a');
      }
    }
  }
  // "pull its heavy artillery" → "pull heavy artillery": an inner possessive pronoun points
  // back into the sentence and reads wrongly in a table column.
  for (size_t k = last; k > first; --k) {
    const std::string& w = t[k - 1].lower;
    if (k - 1 == first || !(w == "its" || w == "their" || w == "his" || w == "her")) continue;
    size_t from = t[k - 1].span.begin - base, to = t[k].span.begin - base;
    if (to <= display.size() && from < to) display.erase(from, to - from);
  }
  for (std::string_view suffix : {"\xE2\x80\x99s", "'s"}) {
    if (EndsWith(display, suffix)) display.resize(display.size() - suffix.size());
  }
  f.issue = CollapseWhitespace(display);
  f.next = last + 1;
  // The key: content stems; demonyms ("Ukrainian", "Western") and light heads left out when
  // something else remains.
  std::vector<std::string> stems;
  std::vector<std::string> light;
  for (size_t k = first; k <= last; ++k) {
    if (t[k].punct || IsNumber(t[k].lower) || kDeterminers.count(t[k].lower)) continue;
    if (IsStopword(t[k].lower) && t[k].entity < 0) continue;
    std::string_view raw = t[k].span.Of(v.text);
    if (Capitalised(v, k) && t[k].entity < 0 && t[k].lower[0] != '^' &&
        (EndsWith(raw, "ian") || EndsWith(raw, "ean") || EndsWith(raw, "can") ||
         EndsWith(raw, "ese") || EndsWith(raw, "ish") || EndsWith(raw, "ern") ||
         EndsWith(raw, "ic"))) {
      continue;
    }
    // "Caldoria's framework": whose it is does not name the issue.
    if (t[k].entity >= 0 && k < last && Possessive(v, k)) continue;
    std::string s = IssueStem(t[k].lower);
    if (LightHeads().count(s) || kModifiers.count(t[k].lower)) {
      light.push_back(std::move(s));
    } else {
      stems.push_back(std::move(s));
    }
  }
  if (stems.empty()) stems = std::move(light);
  if (stems.empty()) return std::nullopt;
  if (words == 1 && kGenericIssues.count(t[first].lower)) return std::nullopt;
  // "rejected reports of …", "dismissed the allegations": a denial of what was said, not a
  // stance on a policy.
  static const auto* kSpeechHeads = [] {
    auto* set = new std::unordered_set<std::string>;
    for (std::string_view w : {"report", "rumour", "rumor", "allegation", "accusation",
                               "suggestion", "speculation", "statement", "remark", "assertion",
                               "characterization", "characterisation", "story", "insinuation"}) {
      set->insert(StemWord(w));
    }
    return set;
  }();
  if (kSpeechHeads->count(StemWord(t[last].lower))) return std::nullopt;
  f.head = stems.back();
  if (act && first == p) f.act = StemWord(t[first].lower);
  std::sort(stems.begin(), stems.end());
  stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
  f.key = std::move(stems);
  return f;
}

// Issues of a list: "territory, frozen assets and security guarantees". An item reached by a
// bare comma must itself be followed by a comma or "and"/"or", so that "diplomacy, many
// governments remain wary" stays one issue.
std::vector<Found> Issues(const SentenceView& v, size_t p, size_t limit) {
  std::vector<Found> out;
  const auto& t = Toks(v);
  bool bare_comma = false;
  for (int n = 0; n < 5; ++n) {
    auto f = Issue(v, p, limit);
    if (!f) break;
    size_t end = f->next;
    if (bare_comma && !(end < t.size() &&
                        (t[end].lower == "," || t[end].lower == "and" || t[end].lower == "or"))) {
      break;
    }
    out.push_back(std::move(*f));
    size_t q = end;
    bare_comma = false;
    if (q < t.size() && t[q].lower == ",") ++q, bare_comma = true;
    if (q < t.size() && (t[q].lower == "and" || t[q].lower == "or")) ++q, bare_comma = false;
    if (q == end || q >= t.size()) break;
    const std::string& w = t[q].lower;
    if (EndsWith(w, "ing") || EndsWith(w, "ed") || kClauseWords.count(w) || kAux.count(w) ||
        t[q].entity >= 0 || kPersonPronouns.count(w) || kFirstPronouns.count(w)) {
      break;
    }
    p = q;
  }
  return out;
}

}  // namespace corroborate::positions

namespace corroborate {

std::string IssueStem(std::string_view lower) {
  if (lower == "land" || lower == "lands") return "territory";
  std::string s = StemWord(lower);
  if (s.size() > 6 && EndsWith(s, "ial")) {
    s.resize(s.size() - 3);
    s += 'y';  // "territorial" -> "territory"
  } else if (s.size() > 6 && EndsWith(s, "al")) {
    s.resize(s.size() - 2);  // "withdrawal" -> "withdraw"
  }
  return s;
}

}  // namespace corroborate
