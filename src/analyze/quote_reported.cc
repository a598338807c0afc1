// Reported speech without quote marks: "X said (that) …", "According to X, …", "…, X said.",
// ", saying …", speech acts ("described X as …"). Per sentence and per ";"-segment, so "A said
// X; B said Y" yields both.
#include <algorithm>

#include "analyze/quote_scanner.h"

namespace corroborate::quotes_internal {

// Reported speech: per sentence, per clause segment (split at ";" so "A said X; B said Y"
// yields both). Quote marks do not stop it: a reported clause that ends before a partial
// quote at a clause break ("said X, calling it “…”") or runs after it ("called it “…” and
// confirmed that X") is reported speech of its own.
void QuoteScanner::FindIndirect() {
  size_t i = 0;
  while (i < lx_.size()) {
    size_t end = SentenceEnd(i);
    if (end <= i) end = i + 1;
    uint32_t sentence = lx_[i].sentence;
    bool heading = sentence < sentences_.size() && sentences_[sentence].heading;
    // A "heading" ending in ";" or "," is a list item whose bullet extraction dropped.
    if (!heading || ListItem(i) || Punct(end - 1, ";") || Punct(end - 1, ",")) {
      size_t seg = i;
      for (size_t k = i; k <= end; ++k) {
        if (k < end && !Punct(k, ";")) continue;
        if (k > seg) IndirectIn(seg, k);
        seg = k + 1;
      }
    }
    i = end;
  }
}

// A line of a bulleted list ("• Kyiv insisted that …;"), which the splitter may take for a
// heading: it still carries reported speech.
bool QuoteScanner::ListItem(size_t i) const {
  uint32_t b = lx_[i].begin;
  while (b > 0 && text_[b - 1] != '\n' && lx_[i].begin - b < 8) --b;
  std::string_view head = Trim(text_.substr(b, lx_[i].begin - b));
  if (head.empty() && i < lx_.size()) head = S(i);
  return head == "\xE2\x80\xA2" || head == "-" || head == "*" || head == "\xC2\xB7" ||
         head == "\xE2\x80\x93" || head == "\xE2\x80\x94" || Punct(i, "\xE2\x80\xA2");
}

// The first quote mark in [a, b], or SIZE_MAX.
size_t QuoteScanner::FirstQuoteMark(size_t a, size_t b) const {
  for (size_t k = a; k <= b && k < lx_.size(); ++k) {
    if (IsQuoteMark(k)) return k;
  }
  return SIZE_MAX;
}

// The end (inclusive) of a reported clause starting at c that must stop before the quote
// mark at q: the word before a comma or before "and that" ahead of the mark. SIZE_MAX when
// the clause runs straight into the quote ("accepted it “as a basis …”": the quote carries it).
size_t QuoteScanner::ClauseEndBeforeQuote(size_t c, size_t q) const {
  for (size_t k = q; k > c + 1;) {
    --k;
    if (Punct(k, ",") || Punct(k, "\xE2\x80\x94") || Punct(k, "\xE2\x80\x93")) return k - 1;
    if (L(k) == "and" && L(k + 1) == "that") return k - 1;
  }
  return SIZE_MAX;
}

// Emits reported speech for the clause segment [s0, s1) of a sentence.
void QuoteScanner::IndirectIn(size_t s0, size_t s1) {
  uint32_t sentence = lx_[s0].sentence;
  size_t last = s1 - 1;
  while (last > s0 && !IsWord(last)) --last;
  if (last <= s0) return;
  const bool has_marks = FirstQuoteMark(s0, last) != SIZE_MAX;
  auto clause_ok = [&](size_t a, size_t b) {  // [a, b] inclusive has 3+ words
    if (a > b || b >= lx_.size()) return false;
    size_t words = 0;
    for (size_t k = a; k <= b; ++k) words += IsWord(k);
    return words >= 3;
  };
  auto emit = [&](size_t a, size_t b, TextSpan speaker, TextSpan cue) {
    if (speaker.empty() || NegatedSource(speaker)) return;
    Quote q;
    q.direct = false;
    q.text = Span(a, b);
    q.speaker = speaker;
    q.cue = cue;
    q.sentence = sentence;
    out_->push_back(q);
  };
  // "According to X, CLAUSE" / "…, according to X, CLAUSE" / "CLAUSE, according to X."
  for (size_t a = s0; a + 1 < s1; ++a) {
    if (L(a) != "according" || L(a + 1) != "to") continue;
    if (has_marks) return;  // the direct quote carries it: “…,” according to X
    auto np = PhraseStartingAt(a + 2, s1);
    if (!np) return;
    TextSpan cue = Span(a, a + 1);
    TextSpan who = Refine(np->first, np->second);
    if (Punct(np->second + 1, ",") && clause_ok(np->second + 2, last)) {
      emit(np->second + 2, last, who, cue);
    } else if (a > s0 && Punct(a - 1, ",") && a >= 2 && clause_ok(s0, a - 2)) {
      emit(s0, a - 2, who, cue);
    }
    return;
  }
  const size_t before = out_->size();
  size_t v = s0 + 1;
  while (v < s1) {
    size_t next = ReportedAt(s0, s1, last, v, has_marks, clause_ok, emit);
    v = std::max(next, v + 1);
  }
  // The tail form only when no cue in the segment reported already ("While in Marvik, the
  // commander said …" is not "While in Marvik" said by the commander).
  if (has_marks || out_->size() != before) return;
  // "CLAUSE, X said."
  for (size_t c = last; c > s0; --c) {
    if (!Punct(c, ",")) continue;
    for (size_t w = c + 1; w <= last && w < c + 10; ++w) {
      if (!IsWord(w) || !IndirectCues().contains(L(w))) continue;
      std::optional<TextSpan> s;
      if (w == c + 1) {
        auto np = PhraseStartingAt(w + 1, last + 1);
        if (np) s = Refine(np->first, np->second);
      } else {
        s = SubjectBefore(w, c + 1);
      }
      // The cue must close the sentence ("…, Jane Roe said on Monday."), not start a clause;
      // a verb that takes an object ("…, both sides reported new attacks") must end it.
      static const WordSet kTimeOrPlace = {"on",    "in",    "at",        "last",  "this",
                                           "late",  "early", "yesterday", "today", "earlier",
                                           "later", "after", "before",    "during"};
      const std::string cw = L(w);
      const bool bare = cw == "said" || cw == "says" || cw == "say" || cw == "told" ||
                        cw == "tells" || cw == "added" || cw == "adds" || cw == "argued" ||
                        cw == "insisted" || cw == "warned" || cw == "claimed";
      bool tail = last - w <= 5 && L(w + 1) != "to" && L(w + 1) != "that" &&
                  (bare || w == last || kTimeOrPlace.contains(L(w + 1)));
      if (tail && s && !s->empty() && c >= 1 && clause_ok(s0, c - 1) &&
          !AlreadyReported(sentence, Span(s0, c - 1))) {
        emit(s0, c - 1, *s, Span(w, w));
      }
      return;
    }
    return;
  }
}

// Whether this scanner already reported a clause overlapping span in sentence.
bool QuoteScanner::AlreadyReported(uint32_t sentence, TextSpan span) const {
  for (size_t i = out_->size(); i > 0 && out_->size() - i < 8; --i) {
    const Quote& q = (*out_)[i - 1];
    if (q.sentence == sentence && !q.direct && q.text.Overlaps(span)) return true;
  }
  return false;
}

// Reported speech with its cue at lex v of segment [s0, s1); returns the lex to continue
// from (past an emitted clause).
template <typename ClauseOk, typename Emit>
size_t QuoteScanner::ReportedAt(size_t s0, size_t s1, size_t last, size_t v, bool has_marks,
                                const ClauseOk& clause_ok, const Emit& emit) {
  if (!IsWord(v)) return v + 1;
  std::string w = L(v);
  // "X described the meeting as difficult", "X dismissed the remark as a slogan", "X denied
  // (a) report(s) that …": speech acts whose report runs from the verb to the clause end.
  if (!has_marks && SpeechAct(v, last)) {
    auto s = SubjectBefore(v, s0);
    if (s && s->empty()) return v + 1;  // passive: "was described as"
    if (!s && (L(v - 1) == "and" || Punct(v - 1, ","))) s = SegmentSubject(s0, v);
    // "accuses Y of shelling … and says it only returns fire": the second verb reports anew.
    size_t end = last;
    for (size_t k = v + 2; k < last; ++k) {
      if (L(k) == "and" && IndirectCues().contains(L(k + 1))) {
        end = k - 1;
        break;
      }
    }
    if (s && !s->empty() && clause_ok(v, end)) {
      emit(v, end, *s, Span(v, v));
      return end + 1;
    }
    return v + 1;
  }
  // ", saying (that) CLAUSE" (the subject of the segment speaks) and "army commanders
  // claiming CLAUSE" (the noun before the participle speaks).
  if (ReportingParticiple(w)) {
    size_t c = v + 1;
    if (L(c) == "that") ++c;
    if (c == v + 1 && w != "saying" && w != "claiming" && w != "insisting" && w != "arguing") {
      return v + 1;
    }
    if (c >= s1 || !IsWord(c) || (c == v + 1 && PhraseStops().contains(L(c)) && L(c) != "it")) {
      return v + 1;
    }
    size_t end = last;
    size_t mark = FirstQuoteMark(c, last);
    if (mark != SIZE_MAX) end = ClauseEndBeforeQuote(c, mark);
    if (end == SIZE_MAX || !clause_ok(c, end)) return v + 1;
    std::optional<TextSpan> s;
    if (Punct(v - 1, ",") || L(v - 1) == "as") {  // "…, saying", "was quoted as saying"
      s = SegmentSubject(s0, v);
    } else if (IsWord(v - 1) && !PhraseStops().contains(L(v - 1))) {
      auto np = PhraseEndingAt(v - 1, s0);
      if (np) s = Refine(np->first, np->second);
    }
    if (s && !s->empty() && !Pronouns().contains(L(v - 1)) &&
        !AlreadyReported(lx_[v].sentence, Span(c, end))) {
      emit(c, end, *s, Span(v, v));
      return end + 1;
    }
    return v + 1;
  }
  bool weak = (w == "hinted" || w == "suggested") && L(v + 1) == "that";
  if (!IndirectCues().contains(w) && !weak) return v + 1;
  bool needs_that =
      !(w == "said" || w == "says" || w == "say" || w == "told" || w == "tells" || w == "added" ||
        w == "adds" || w == "claimed" || w == "insisted" || w == "insists" || w == "argued" ||
        w == "argues" || w == "warned" || w == "warns");
  if (Punct(v - 1, ",") && IsWord(v + 1) && !has_marks) {
    // "CLAUSE, argued Jane Roe, an analyst at …" (inverted)
    auto np = PhraseStartingAt(v + 1, s1);
    if (np && (Punct(np->second + 1, ",") || np->second + 1 >= last) && v >= 2 &&
        clause_ok(s0, v - 2)) {
      emit(s0, v - 2, Refine(np->first, np->second), Span(v, v));
      return s1;
    }
  }
  auto s = SubjectBefore(v, s0);
  if (s && s->empty()) return v + 1;  // passive: "it was reported that"
  if (!s) {
    // "X called it “…” and confirmed that …": the coordinated verb shares the subject.
    size_t k = v;
    while (k > s0 && IsWord(k - 1) && AdverbsBeforeVerb().contains(L(k - 1))) --k;
    if (k > s0 && L(k - 1) == "and") s = SegmentSubject(s0, k - 1);
  }
  if (!s || s->empty()) return v + 1;
  // "Even more likely, he added, is that …": a parenthetical cue reports the whole sentence.
  static const WordSet kPredicate = {"is",    "was", "are",   "were", "will", "would",
                                     "could", "may", "might", "has",  "had",  "remains"};
  if (Punct(v + 1, ",") && !has_marks && v + 2 <= last && kPredicate.contains(L(v + 2))) {
    size_t k = v;
    while (k > s0 && IsWord(k - 1)) --k;
    if (k > s0 && Punct(k - 1, ",") && k - 1 > s0 && clause_ok(v + 2, last)) {
      emit(s0, last, *s, Span(v, v));
      return s1;
    }
  }
  size_t c = v + 1;
  for (size_t t = v + 1; t < s1 && t < v + 7; ++t) {
    if (!IsWord(t) || PassiveAux().contains(L(t))) break;  // "say it is X that …": a cleft
    if (L(t) == "that") {
      c = t + 1;
      break;
    }
  }

  const bool that = c != v + 1;
  if (!that && (w == "told" || w == "tells")) {
    if (has_marks) return v + 1;  // "told the Ledger on Monday, “…”": the quote is what was told
    c = v + 2;                    // "told reporters the budget had been balanced"
  }
  // "reported capturing the village", "denied entering": a gerund clause.
  bool gerund = !that &&
                (w == "reported" || w == "reports" || w == "denied" || w == "denies" ||
                 w == "confirmed" || w == "admitted" || w == "acknowledged" || w == "claimed") &&
                IsWord(c) && L(c).size() > 5 && L(c).ends_with("ing");
  if (!that && needs_that && !gerund) return v + 1;  // "reiterated the alliance’s support"
  // "a second round, which Castellan said would deal with …": the relative pronoun is the
  // subject of the reported clause, which starts at the verb.
  static const WordSet kRelatives = {"which", "that", "who"};
  static const WordSet kAuxiliaries = {"would", "will", "could", "should", "might", "may",
                                       "was",   "were", "is",    "are",    "had",   "has"};
  const TextSpan subject = *s;
  size_t before_subject = v;
  while (before_subject > s0 && lx_[before_subject - 1].end > subject.begin) --before_subject;
  const bool relative = before_subject > s0 && kRelatives.contains(L(before_subject - 1)) &&
                        kAuxiliaries.contains(L(c));
  if (!that && !relative && c < s1 && IsWord(c) && PhraseStops().contains(L(c)) && L(c) != "it" &&
      L(c) != "this" && L(c) != "there" && L(c) != "these" && L(c) != "those") {
    return v + 1;  // "added to the unease"
  }
  size_t end = last;
  size_t mark = FirstQuoteMark(c, last);
  if (mark != SIZE_MAX) end = ClauseEndBeforeQuote(c, mark);
  if (end == SIZE_MAX) return v + 1;
  if (c < s1 && IsWord(c) && clause_ok(c, end)) {
    emit(c, end, *s, Span(v, v));
    return end + 1;
  }
  return v + 1;
}

// A speech act whose object is what was said: "described/dismissed/characterised X as …",
// "denied/rejected (the) report(s)/claims/allegations …". ("accused X of …" is not: the
// gold sets read it as a charge, not a statement, unless it quotes words.)
bool QuoteScanner::SpeechAct(size_t v, size_t last) const {
  std::string w = L(v);
  auto ahead = [&](std::string_view word, size_t within) {
    for (size_t k = v + 2; k <= last && k <= v + within; ++k) {
      if (!IsWord(k) && !Punct(k, "'") && !Punct(k, "\xE2\x80\x99")) return false;
      if (L(k) == word) return true;
    }
    return false;
  };
  if (w == "described" || w == "describes" || w == "dismissed" || w == "dismisses" ||
      w == "characterized" || w == "characterised") {
    return ahead("as", 8);
  }
  if (w == "denied" || w == "denies" || w == "rejected" || w == "rejects") {
    static const WordSet kStatements = {"report",     "reports",     "claim",      "claims",
                                        "allegation", "allegations", "accusation", "accusations",
                                        "suggestion", "suggestions", "rumours",    "rumors",
                                        "assertion",  "assertions"};
    for (size_t k = v + 1; k <= last && k <= v + 4; ++k) {
      if (!IsWord(k)) return false;
      if (kStatements.contains(L(k))) return true;
    }
  }
  return false;
}

}  // namespace corroborate::quotes_internal
