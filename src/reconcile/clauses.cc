// Clause splitting of one claim's sentence (clauses.h): rule boundaries on the claim's tokens,
// parse boundaries from AnnotatedDoc::words when the run has models, then per clause its holder,
// its speech or denial verb, and whether a denial points back at an earlier clause.
#include "reconcile/clauses.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "core/strings.h"
#include "reconcile/propositions.h"

namespace corroborate {
namespace {

using Tokens = std::vector<ClaimToken>;

bool IsPassiveAux(std::string_view w) {
  return w == "was" || w == "were" || w == "been" || w == "be" || w == "is" || w == "are" ||
         w == "being" || w == "get" || w == "got";
}

bool IsContrastConjunction(std::string_view w) {
  return w == "but" || w == "while" || w == "whereas" || w == "although" || w == "though" ||
         w == "yet";
}

// Words that cannot stand in a holder's noun phrase.
bool BreaksSubject(const ClaimToken& t) {
  static const std::unordered_set<std::string_view> kSet = {
      "that", "which", "who", "whom", "whose", "to", "of",   "in",   "on",    "at",  "for", "with",
      "and",  "or",    "but", "if",   "as",    "by", "from", "when", "where", "not", "no",  "it's"};
  return t.punct || t.lower.empty() || kSet.count(t.lower) > 0 || t.negation;
}

bool SkippableAdverb(const ClaimToken& t) {
  if (t.punct || t.entity >= 0) return false;
  const std::string& w = t.lower;
  return w == "also" || w == "later" || w == "again" || w == "then" || w == "has" || w == "have" ||
         w == "had" || w == "swiftly" || w == "quickly" || w == "flatly" || w == "firmly" ||
         w == "immediately" || w == "promptly";
}

bool IsCueWord(const ClaimToken& t) {
  return !t.punct && t.entity < 0 && (IsReportingCue(t.lower) || IsDenialVerb(t.lower)) &&
         t.lower != "according";
}

// Index of the speech or denial verb when toks[j…] reads "<subject> [adverb] <verb>" with a
// subject of at most five words, else -1.
int SubjectThenCue(const Tokens& toks, size_t j) {
  size_t k = j;
  while (k < toks.size() && k < j + 5 && !IsCueWord(toks[k]) && !BreaksSubject(toks[k])) ++k;
  if (k == j) return -1;
  while (k < toks.size() && k < j + 8 && SkippableAdverb(toks[k])) ++k;
  if (k >= toks.size() || !IsCueWord(toks[k])) return -1;
  if (k > 0 && IsPassiveAux(toks[k - 1].lower)) return -1;  // "was denied entry"
  return static_cast<int>(k);
}

// True when something follows the verb before the clause ends: a comma-led "…, officials said."
// closes the sentence's own clause instead of opening one.
bool HasComplement(const Tokens& toks, size_t cue) {
  size_t n = 0;
  for (size_t k = cue + 1; k < toks.size() && !toks[k].punct; ++k) ++n;
  return n >= 2 || IsDenialVerb(toks[cue].lower);
}

// Words opening an introductory phrase ("While in Marvik, the commander said …"): the comma
// after it ends no clause.
bool OpensIntroduction(std::string_view w) {
  static const std::unordered_set<std::string_view> kSet = {
      "while",  "when",      "after", "before",   "as",      "if",   "although",
      "though", "because",   "since", "in",       "on",      "at",   "despite",
      "during", "following", "asked", "speaking", "earlier", "later"};
  return kSet.count(w) > 0;
}

void RuleBoundaries(const Tokens& toks, std::vector<size_t>* out) {
  size_t clause_start = 0;
  for (size_t i = 1; i < toks.size(); ++i) {
    if (!out->empty()) clause_start = out->back();
    const ClaimToken& prev = toks[i - 1];
    const ClaimToken& t = toks[i];
    if (prev.punct && prev.lower == ";") {
      out->push_back(i);
      continue;
    }
    if (t.punct) continue;
    const bool after_comma = prev.punct && prev.lower == ",";
    if (IsContrastConjunction(t.lower) && (after_comma || SubjectThenCue(toks, i + 1) >= 0)) {
      out->push_back(i);
      continue;
    }
    if (t.lower == "and") {
      const int cue = SubjectThenCue(toks, i + 1);
      if (cue >= 0 && HasComplement(toks, cue)) out->push_back(i);
      continue;
    }
    if (after_comma && !OpensIntroduction(toks[clause_start].lower)) {
      const int cue = SubjectThenCue(toks, i);
      if (cue >= 0 && HasComplement(toks, cue)) out->push_back(i);
    }
  }
}

// The claim token at or after a byte offset.
size_t TokenAt(const Tokens& toks, uint32_t offset) {
  auto it = std::lower_bound(toks.begin(), toks.end(), offset,
                             [](const ClaimToken& t, uint32_t o) { return t.span.end <= o; });
  return static_cast<size_t>(it - toks.begin());
}

void ParseBoundaries(const AnnotatedDoc& doc, const Claim& c, std::vector<size_t>* out) {
  if (doc.words.empty() || c.sentence >= doc.sentences.size()) return;
  const Sentence& s = doc.sentences[c.sentence];
  const uint32_t wb = s.word_begin;
  const uint32_t we = std::min<uint32_t>(s.word_end, static_cast<uint32_t>(doc.words.size()));
  if (we <= wb) return;
  const auto& words = doc.words;
  auto in = [&](int32_t w) {
    return w >= static_cast<int32_t>(wb) && w < static_cast<int32_t>(we);
  };
  // Leftmost word of each word's subtree: walk up from every word (depth capped).
  std::vector<uint32_t> leftmost(we - wb);
  std::vector<char> has_subject(we - wb, 0);
  for (uint32_t w = wb; w < we; ++w) leftmost[w - wb] = w;
  for (uint32_t w = wb; w < we; ++w) {
    if (StartsWith(words[w].deprel, "nsubj") && in(words[w].head))
      has_subject[words[w].head - wb] = 1;
    int32_t h = words[w].head;
    for (int depth = 0; depth < 64 && in(h); ++depth) {
      leftmost[h - wb] = std::min(leftmost[h - wb], w);
      h = words[h].head;
    }
  }
  for (uint32_t w = wb; w < we; ++w) {
    const Word& x = words[w];
    if (!(x.deprel == "conj" || x.deprel == "parataxis") || !has_subject[w - wb]) continue;
    if (!in(x.head) || x.upos == "NOUN" || x.upos == "PROPN" || x.upos == "PRON") continue;
    const bool off_root = words[x.head].head < 0 || !in(words[x.head].head);
    const std::string lemma = AsciiLower(x.lemma);
    const bool own_cue = IsReportingCue(lemma) || IsDenialVerb(lemma) || lemma == "say" ||
                         lemma == "deny" || lemma == "reject" || lemma == "dismiss";
    if (!off_root && !own_cue) continue;
    // A clause opened before its head ("X, Y said" parataxis) is the head's clause's start.
    if (leftmost[w - wb] <= static_cast<uint32_t>(x.head)) continue;
    const size_t t = TokenAt(c.tokens, words[leftmost[w - wb]].span.begin);
    if (t > 0 && t < c.tokens.size()) out->push_back(t);
  }
}

// A parenthesis is an aside inside its clause ("took X (known in Y as Z) and W"): never a
// clause boundary, whatever the parse makes of it.
void DropCutsInParentheses(const Tokens& toks, std::vector<size_t>* cuts) {
  std::vector<char> inside(toks.size() + 1, 0);
  int depth = 0;
  for (size_t k = 0; k < toks.size(); ++k) {
    inside[k] = depth > 0;
    if (toks[k].punct && toks[k].lower == "(") ++depth;
    if (toks[k].punct && toks[k].lower == ")" && depth > 0) --depth;
  }
  // A cut at i starts a clause at token i: dropped when token i is the "(" or inside the aside.
  cuts->erase(std::remove_if(
                  cuts->begin(), cuts->end(),
                  [&](size_t i) { return i < toks.size() && (inside[i] || toks[i].lower == "("); }),
              cuts->end());
}

bool IsAnaphor(std::string_view w) {
  return w == "it" || w == "this" || w == "these" || w == "them" || w == "those" || w == "so" ||
         w == "that" || w == "such";
}

bool IsReportNoun(std::string_view w) {
  return w == "report" || w == "reports" || w == "claim" || w == "claims" || w == "allegation" ||
         w == "allegations" || w == "account" || w == "accounts";
}

// After a denial verb at cue: nothing, "it"/"these", or "the claim(s)" before the clause goes on
// ("…, saying", "and said"): the denied thing was said before.
bool RefersBack(const Tokens& toks, size_t cue, size_t end) {
  size_t k = cue + 1;
  auto closes = [&](size_t j) {
    return j >= end || toks[j].punct || toks[j].lower == "and" || toks[j].lower == "saying";
  };
  if (closes(k)) return true;
  // "dismissed it as speculation": the "as" phrase only judges what was said.
  if (IsAnaphor(toks[k].lower)) return closes(k + 1) || toks[k + 1].lower == "as";
  if ((toks[k].lower == "the" || toks[k].lower == "such") && k + 1 < end &&
      IsReportNoun(toks[k + 1].lower)) {
    return closes(k + 2);
  }
  return false;
}

}  // namespace

bool IsDenialVerb(std::string_view w) {
  return w == "denied" || w == "denies" || w == "deny" || w == "denying" || w == "rejected" ||
         w == "rejects" || w == "dismissed" || w == "dismisses" || w == "refuted" || w == "refutes";
}

std::vector<ClauseReading> SplitClauses(const AnnotatedDoc& doc, const Claim& c) {
  const Tokens& toks = c.tokens;
  std::vector<size_t> cuts;
  RuleBoundaries(toks, &cuts);
  ParseBoundaries(doc, c, &cuts);
  DropCutsInParentheses(toks, &cuts);
  if (cuts.empty()) return {};
  cuts.push_back(0);
  cuts.push_back(toks.size());
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  // A clause needs two words of its own; a shorter piece joins the clause before it.
  auto words_in = [&](size_t b, size_t e) {
    size_t n = 0;
    for (size_t k = b; k < e; ++k) n += toks[k].punct ? 0 : 1;
    return n;
  };
  std::vector<size_t> kept = {0};
  for (size_t i = 1; i < cuts.size(); ++i) {
    const size_t next = i + 1 < cuts.size() ? cuts[i + 1] : cuts[i];
    if (i + 1 < cuts.size() &&
        (words_in(kept.back(), cuts[i]) < 2 || words_in(cuts[i], next) < 2)) {
      continue;
    }
    kept.push_back(cuts[i]);
  }
  if (kept.size() < 3) return {};
  std::vector<ClauseReading> out;
  for (size_t i = 0; i + 1 < kept.size(); ++i) {
    ClauseReading r;
    r.token_begin = static_cast<uint32_t>(kept[i]);
    r.token_end = static_cast<uint32_t>(kept[i + 1]);
    size_t b = kept[i], e = kept[i + 1];
    while (b < e && toks[b].punct) ++b;
    while (e > b && toks[e - 1].punct) --e;
    if (b < e) r.span = {toks[b].span.begin, toks[e - 1].span.end};
    for (size_t k = r.token_begin; k < r.token_end; ++k) {
      if (toks[k].negation) r.negated = true;
      if (r.cue >= 0 || !IsCueWord(toks[k])) continue;
      if (k > 0 && IsPassiveAux(toks[k - 1].lower)) continue;
      r.cue = static_cast<int32_t>(k);
      size_t sb = r.token_begin;
      while (sb < k &&
             (toks[sb].punct || IsContrastConjunction(toks[sb].lower) || toks[sb].lower == "and")) {
        ++sb;
      }
      size_t se = k;
      while (se > sb && SkippableAdverb(toks[se - 1])) --se;
      bool plain = sb < se && se - sb <= 5;
      for (size_t j = sb; j < se && plain; ++j) plain = !BreaksSubject(toks[j]);
      if (plain) r.subject = {toks[sb].span.begin, toks[se - 1].span.end};
      r.denial = IsDenialVerb(toks[k].lower);
      r.refers_back = r.denial && RefersBack(toks, k, r.token_end);
    }
    for (size_t a = 0; a < c.reading.attributions.size(); ++a) {
      const TextSpan& s = c.reading.attributions[a].span;
      if (!s.empty() && s.begin >= r.span.begin && s.begin < r.span.end) {
        r.holder = static_cast<int32_t>(a);
        break;
      }
    }
    out.push_back(r);
  }
  return out;
}

int ClauseOf(const Claim& c, size_t token) {
  const auto& cl = c.reading.clauses;
  for (size_t i = 0; i < cl.size(); ++i) {
    if (token >= cl[i].token_begin && token < cl[i].token_end) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace corroborate
