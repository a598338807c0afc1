// Clause units of one claim's sentence (clause_units.h): from the dependency parse when the
// sentence has one, else from punctuation and subordinating words; pieces with too little
// content stay with the clause around them.
#include "reconcile/clause_units.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>

#include "core/strings.h"
#include "reconcile/propositions.h"

namespace corroborate {
namespace {

using Tokens = std::vector<ClaimToken>;

constexpr int kNone = -1;

// Content a unit needs to stand as a proposition: word roots and names together, two of them
// word roots (a name and a verb alone, "Renn said", is a frame, not a fact).
bool EnoughContent(const Tokens& toks, const std::vector<uint32_t>& own) {
  int words = 0, names = 0;
  int32_t last_entity = -1;
  for (uint32_t t : own) {
    if (toks[t].feature >= 0) ++words;
    if (toks[t].entity >= 0 && toks[t].entity != last_entity) ++names;
    last_entity = toks[t].entity;
  }
  return words >= 2 && words + names >= 3;
}

// Appends the claim tokens a parse word covers ("anti-corruption" may be two); none for a quote
// mark or a word the claim skipped.
void TokensOfWord(const Tokens& toks, const TextSpan& w, std::vector<uint32_t>* out) {
  auto it = std::lower_bound(toks.begin(), toks.end(), w.begin,
                             [](const ClaimToken& t, uint32_t o) { return t.span.end <= o; });
  for (; it != toks.end() && it->span.begin < w.end; ++it) {
    out->push_back(static_cast<uint32_t>(it - toks.begin()));
  }
}

void SortUnique(std::vector<uint32_t>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

// Fills tokens (own ∪ lean) and the span (own words, stretched back over an antecedent that
// stands right before them: "Voss, who came …").
ClauseUnit MakeUnit(const Tokens& toks, ClauseKind kind, std::vector<uint32_t> own,
                    std::vector<uint32_t> lean) {
  ClauseUnit u;
  u.kind = kind;
  SortUnique(&own);
  SortUnique(&lean);
  size_t b = 0, e = 0;
  bool any = false;
  for (uint32_t t : own) {
    if (toks[t].punct) continue;
    if (!any) b = t;
    e = t;
    any = true;
  }
  if (any) {
    for (auto it = lean.rbegin(); it != lean.rend(); ++it) {
      if (*it < b && b - *it <= 3) b = *it;
    }
    u.span = {toks[b].span.begin, toks[e].span.end};
  }
  u.tokens = std::move(own);
  u.tokens.insert(u.tokens.end(), lean.begin(), lean.end());
  SortUnique(&u.tokens);
  return u;
}

bool IsNameLink(std::string_view deprel) {
  return deprel == "compound" || deprel == "flat" || deprel == "flat:name" || deprel == "nmod:desc";
}

bool IsSpeechLemma(std::string_view lemma) {
  return lemma == "say" || lemma == "tell" || lemma == "state" || lemma == "claim" ||
         lemma == "announce" || lemma == "confirm" || lemma == "add" || lemma == "insist" ||
         lemma == "note" || lemma == "warn" || lemma == "report" || lemma == "acknowledge" ||
         lemma == "argue" || lemma == "stress" || lemma == "write";
}

// Units from the dependency parse; false when the sentence has none.
bool ParseUnits(const AnnotatedDoc& doc, const Claim& c, std::vector<ClauseUnit>* out) {
  if (doc.words.empty() || c.sentence >= doc.sentences.size()) return false;
  const Sentence& s = doc.sentences[c.sentence];
  const uint32_t wb = s.word_begin;
  const uint32_t we = std::min<uint32_t>(s.word_end, static_cast<uint32_t>(doc.words.size()));
  if (we <= wb) return false;
  const auto& words = doc.words;
  const Tokens& toks = c.tokens;
  const int n = static_cast<int>(we - wb);
  std::vector<int> head(n, kNone), subject(n, kNone);
  std::vector<std::vector<int>> names(n);  // name-part children of each word
  for (int i = 0; i < n; ++i) {
    const int32_t h = words[wb + i].head;
    if (h >= static_cast<int32_t>(wb) && h < static_cast<int32_t>(we)) head[i] = h - wb;
  }
  for (int i = 0; i < n; ++i) {
    if (head[i] == kNone) continue;
    const std::string_view rel = words[wb + i].deprel;
    if (StartsWith(rel, "nsubj") && subject[head[i]] == kNone) subject[head[i]] = i;
    if (IsNameLink(rel)) names[head[i]].push_back(i);
  }
  auto is_noun = [&](int i) {
    const std::string_view u = words[wb + i].upos;
    return u == "NOUN" || u == "PROPN" || u == "PRON" || u == "NUM";
  };
  auto is_verb = [&](int i) {
    const std::string_view u = words[wb + i].upos;
    return u == "VERB" || u == "AUX" || u == "ADJ";
  };
  // A gerund a preposition introduces ("accused the other [of shelling villages]") completes
  // its verb; it tells nothing on its own.
  std::vector<char> prepositional(n, 0);
  for (int i = 0; i < n; ++i) {
    if (head[i] == kNone || words[wb + i].deprel != "mark") continue;
    const std::string m = AsciiLower(words[wb + i].lemma);
    if (m == "of" || m == "for" || m == "by" || m == "without" || m == "in" || m == "on" ||
        m == "from" || m == "with" || m == "to" || m == "at" || m == "about") {
      prepositional[head[i]] = 1;
    }
  }
  // What kind of unit word i opens, if any; lean: the words it leans on.
  std::vector<int> kind(n, kNone);
  for (int i = 0; i < n; ++i) {
    const int h = head[i];
    if (h == kNone || prepositional[i]) continue;
    const std::string_view rel = words[wb + i].deprel;
    ClauseKind k;
    if (rel == "acl:relcl" && is_noun(h)) {
      k = ClauseKind::kRelative;
    } else if (rel == "acl" && words[wb + i].upos == "VERB" && is_noun(h)) {
      k = ClauseKind::kParticipial;
    } else if (rel == "advcl" && is_verb(i)) {
      k = subject[i] != kNone ? ClauseKind::kAdverbial : ClauseKind::kParticipial;
    } else if (rel == "ccomp" && IsSpeechLemma(AsciiLower(words[wb + h].lemma))) {
      k = ClauseKind::kComplement;
    } else if ((rel == "conj" || rel == "parataxis") && subject[i] != kNone && !is_noun(i)) {
      k = ClauseKind::kCoordinate;
    } else {
      continue;
    }
    kind[i] = static_cast<int>(k);
  }
  // Unit of every word: the nearest opener at or above it (-1: the main unit). Heads may form
  // a broken tree in bad parses: depth is capped.
  auto unit_of = [&](int i) {
    for (int depth = 0; depth < 64 && i != kNone; ++depth, i = head[i]) {
      if (kind[i] != kNone) return i;
    }
    return kNone;
  };
  auto own_tokens = [&](int opener) {
    std::vector<uint32_t> own;
    for (int i = 0; i < n; ++i) {
      if (unit_of(i) != opener) continue;
      TokensOfWord(toks, words[wb + i].span, &own);
    }
    SortUnique(&own);
    return own;
  };
  // Openers with too little of their own stay with the clause around them (innermost first, so
  // a dissolved piece's words count for its parent).
  std::vector<int> openers;
  for (int i = 0; i < n; ++i) {
    if (kind[i] != kNone) openers.push_back(i);
  }
  if (openers.empty()) return true;
  std::vector<int> depth(n, 0);
  for (int i : openers) {
    for (int j = head[i], d = 0; j != kNone && d < 64; j = head[j], ++d) ++depth[i];
  }
  std::sort(openers.begin(), openers.end(), [&](int a, int b) { return depth[a] > depth[b]; });
  // A unit needs a verb of its own: "Foreign Minister Edvin Sarkan" is a name, not a clause.
  auto has_verb = [&](int opener) {
    for (int i = 0; i < n; ++i) {
      const std::string_view u = words[wb + i].upos;
      if (!(u == "VERB" || u == "AUX") || AsciiLower(words[wb + i].lemma) == "accord") continue;
      if (unit_of(i) == opener) return true;
    }
    return false;
  };
  for (int o : openers) {
    if (!EnoughContent(toks, own_tokens(o)) || !has_verb(o)) kind[o] = kNone;
  }
  auto name_tokens = [&](int w, std::vector<uint32_t>* lean) {
    if (w == kNone) return;
    for (int x : names[w]) TokensOfWord(toks, words[wb + x].span, lean);
    TokensOfWord(toks, words[wb + w].span, lean);
  };
  std::vector<ClauseUnit> units;
  for (int i = 0; i < n; ++i) {
    if (kind[i] == kNone) continue;
    const ClauseKind k = static_cast<ClauseKind>(kind[i]);
    std::vector<uint32_t> lean;
    if (k == ClauseKind::kRelative ||
        (k == ClauseKind::kParticipial && words[wb + i].deprel == "acl")) {
      name_tokens(head[i], &lean);
    } else if (subject[i] == kNone || k == ClauseKind::kComplement) {
      name_tokens(subject[head[i]], &lean);
    }
    units.push_back(MakeUnit(toks, k, own_tokens(i), std::move(lean)));
  }
  std::vector<uint32_t> main = own_tokens(kNone);
  if (EnoughContent(toks, main) && has_verb(kNone)) {
    units.insert(units.begin(), MakeUnit(toks, ClauseKind::kMain, std::move(main), {}));
  }
  *out = std::move(units);
  return true;
}

bool IsRelativePronoun(std::string_view w) {
  return w == "who" || w == "which" || w == "whose" || w == "whom";
}

bool IsSubordinator(std::string_view w) {
  return w == "after" || w == "before" || w == "when" || w == "though" || w == "although" ||
         w == "because" || w == "since" || w == "once" || w == "until" || w == "while";
}

// A verb-looking word within the next few words before punctuation: "after Marek resigned",
// "though no agreements were reached" (a clause), not "after the meeting" (a phrase).
bool VerbFollows(const Tokens& toks, size_t i) {
  for (size_t k = i + 1; k < toks.size() && k <= i + 6 && !toks[k].punct; ++k) {
    const std::string& w = toks[k].lower;
    if (toks[k].entity >= 0) continue;
    if (w == "was" || w == "were" || w == "is" || w == "are" || w == "has" || w == "had" ||
        w == "have" || w == "will" || w == "would" || w == "did" || w == "could") {
      return true;
    }
    if (w.size() > 4 && EndsWith(w, "ed")) return true;
  }
  return false;
}

bool IsParticiple(const ClaimToken& t) {
  return !t.punct && t.entity < 0 && t.lower.size() > 5 && EndsWith(t.lower, "ing") &&
         t.lower != "during" && t.lower != "including" && t.lower != "according";
}

// Next clause punctuation (",", ";", ":", dash, end) at or after i.
size_t PieceEnd(const Tokens& toks, size_t i, size_t end) {
  while (i < end && !(toks[i].punct && toks[i].lower != "(" && toks[i].lower != ")")) ++i;
  return i;
}

// Units from punctuation and subordinating words, inside each clause of clauses.h.
void RuleUnits(const Claim& c, std::vector<ClauseUnit>* out) {
  const Tokens& toks = c.tokens;
  std::vector<std::pair<size_t, size_t>> segments;
  for (const ClauseReading& r : c.reading.clauses) segments.push_back({r.token_begin, r.token_end});
  if (segments.empty()) segments.push_back({0, toks.size()});
  std::vector<ClauseUnit> units;
  for (const auto& segment : segments) {
    // Plain copies, not structured bindings: the lambda below captures them (clang 14).
    const size_t sb = segment.first, se = segment.second;
    std::vector<char> taken(se - sb, 0);
    auto piece = [&](ClauseKind k, size_t b, size_t e, std::vector<uint32_t> lean) {
      std::vector<uint32_t> own;
      for (size_t t = b; t < e; ++t) own.push_back(static_cast<uint32_t>(t));
      if (!EnoughContent(toks, own)) return;
      for (size_t t = b; t < e; ++t) taken[t - sb] = 1;
      units.push_back(MakeUnit(toks, k, std::move(own), std::move(lean)));
    };
    size_t first = sb;
    while (first < se && toks[first].punct) ++first;
    // "Speaking during a visit to Lisbon, Renn said …": leans on the names after the comma.
    if (first < se && IsParticiple(toks[first])) {
      const size_t e = PieceEnd(toks, first, se);
      std::vector<uint32_t> lean;
      for (size_t k = e + 1; k < se && k <= e + 6; ++k) {
        if (toks[k].entity >= 0) {
          lean.push_back(static_cast<uint32_t>(k));
        } else if (!lean.empty()) {
          break;
        }
      }
      if (e < se) piece(ClauseKind::kParticipial, first, e, std::move(lean));
    }
    for (size_t i = first; i < se; ++i) {
      if (taken[i - sb] || toks[i].punct) continue;
      const bool after_comma = i > sb && toks[i - 1].punct && toks[i - 1].lower == ",";
      if (after_comma && IsRelativePronoun(toks[i].lower)) {
        // The antecedent: the words right before the comma, up to four.
        std::vector<uint32_t> lean;
        for (size_t k = i - 1; k > sb && lean.size() < 4;) {
          --k;
          if (toks[k].punct) break;
          if (toks[k].entity >= 0 || toks[k].feature >= 0) lean.push_back(static_cast<uint32_t>(k));
        }
        piece(ClauseKind::kRelative, i, PieceEnd(toks, i, se), std::move(lean));
      } else if (IsSubordinator(toks[i].lower) && VerbFollows(toks, i)) {
        piece(ClauseKind::kAdverbial, i, PieceEnd(toks, i, se), {});
      } else if (after_comma && IsParticiple(toks[i])) {
        piece(ClauseKind::kParticipial, i, PieceEnd(toks, i, se), {});
      }
    }
    std::vector<uint32_t> rest;
    for (size_t t = sb; t < se; ++t) {
      if (!taken[t - sb]) rest.push_back(static_cast<uint32_t>(t));
    }
    if (EnoughContent(toks, rest)) {
      units.push_back(MakeUnit(toks,
                               segments.size() > 1 ? ClauseKind::kCoordinate : ClauseKind::kMain,
                               std::move(rest), {}));
    }
  }
  *out = std::move(units);
}

}  // namespace

std::vector<ClauseUnit> SplitUnits(const AnnotatedDoc& doc, const Claim& c) {
  std::vector<ClauseUnit> units;
  if (c.heading || c.tokens.empty()) return units;
  if (!ParseUnits(doc, c, &units)) RuleUnits(c, &units);
  if (units.size() < 2) return {};
  std::sort(units.begin(), units.end(), [](const ClauseUnit& a, const ClauseUnit& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end < b.span.end;
  });
  return units;
}

}  // namespace corroborate
