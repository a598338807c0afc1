// Direct and partial quotes of one paragraph: pairs the quote marks in one pass, then finds each
// quote's speaker and cue around it; a paragraph that only introduces a quote ("X said:")
// hands its speaker to the next one.
#include <algorithm>

#include "analyze/quote_scanner.h"

namespace corroborate::quotes_internal {

// last_speaker: the speaker of the previous paragraph's last quote, or of a paragraph that
// introduces a quote ("Varga told reporters:"), with intro_cue its cue; may be empty; updated.
void QuoteScanner::Run(TextSpan* last_speaker, TextSpan* intro_cue) {
  // Reported speech first: its speaker may carry over to a passive quote in the next sentence.
  const size_t indirect_begin = out_->size();
  FindIndirect();
  std::vector<std::pair<size_t, size_t>> pairs = PairMarks();
  TextSpan prev_speaker;  // previous quote in this paragraph
  uint32_t prev_sentence = ~0u;
  size_t prev_close = 0;
  bool have_prev = false;
  for (const auto& [open, close] : pairs) {
    Quote q;
    q.direct = true;
    q.sentence = lx_[open].sentence;
    size_t inner_last = close - 1;
    bool inner_comma = false;
    while (inner_last > open && Punct(inner_last, ",")) inner_last--, inner_comma = true;
    if (inner_last <= open) continue;
    q.text = {lx_[open + 1].begin, lx_[inner_last].end};
    size_t words = 0;
    for (size_t k = open + 1; k <= inner_last; ++k) words += lx_[k].kind != LexKind::kPunct;
    if (words == 0) continue;
    if (LooksLikeTitle(open + 1, inner_last, words)) continue;  // “Komersant Daily”, a name
    bool ends_clause = inner_comma || Punct(close + 1, ",") || EndsSentence(inner_last) ||
                       Punct(inner_last, "\xE2\x80\xA6");
    size_t lo = have_prev && prev_sentence == q.sentence ? prev_close + 1 : SentenceStart(open);
    bool needs_subject = Attribute(open, close, lo, ends_clause, &q);
    if (needs_subject && q.speaker.empty()) {
      q.speaker =
          have_prev && prev_sentence == q.sentence ? prev_speaker : SentenceSubject(open, open);
    }
    if (q.speaker.empty() && q.cue.empty() && have_prev && prev_sentence == q.sentence &&
        JoinedByConjunction(prev_close, open)) {
      q.speaker = prev_speaker;  // described as “constructive” and “substantive”
    }
    if (q.speaker.empty() && !q.cue.empty() && !needs_subject) {
      // A passive cue without an agent ("the meeting was called “useful”") continues the
      // source quoted just before, in this sentence or the one before.
      q.speaker = PriorSpeaker(indirect_begin, q.text.begin, q.sentence);
    }
    if (q.speaker.empty() && q.cue.empty()) {
      if (words <= 2) continue;  // a scare quote: the “capture” of a town
      if (have_prev && !prev_speaker.empty()) {
        q.speaker = prev_speaker;
      } else if (open == 0 && !last_speaker->empty()) {
        q.speaker = *last_speaker;  // a paragraph that continues the previous speaker
        q.cue = *intro_cue;         // or that an "X said:" paragraph introduced
      }
    }
    prev_speaker = q.speaker;
    prev_sentence = q.sentence;
    prev_close = close;
    have_prev = true;
    out_->push_back(q);
  }
  // Only the next paragraph may continue this speaker.
  *last_speaker = have_prev ? prev_speaker : TextSpan{};
  *intro_cue = {};
  if (!have_prev) IntroducedSpeaker(last_speaker, intro_cue);
}

// The kind of quote mark at lex i; *closing tells whether it can close a quote.
Mark QuoteScanner::MarkOf(size_t i, bool* closing) const {
  if (i >= lx_.size() || lx_[i].kind != LexKind::kPunct) return Mark::kNone;
  std::string_view p = S(i);
  bool c = false;
  Mark m = Mark::kNone;
  if (p == "\xE2\x80\x9C")
    m = Mark::kCurly;  // “
  else if (p == "\xE2\x80\x9D")
    m = Mark::kCurly, c = true;  // ”
  else if (p == "\xE2\x80\x9E")
    m = Mark::kLow;  // „
  else if (p == "\"")
    m = Mark::kAscii;
  else if (p == "\xC2\xAB")
    m = Mark::kGuillemet;  // «
  else if (p == "\xC2\xBB")
    m = Mark::kGuillemet, c = true;  // »
  else if (p == "\xE2\x80\x98")
    m = Mark::kSingle;  // ‘
  else if (p == "\xE2\x80\x99")
    m = Mark::kSingle, c = true;  // ’
  if (closing != nullptr) *closing = c;
  return m;
}

// Pairs opening and closing marks in one pass. An opener seen while a quote of the same kind
// is open restarts it (the earlier mark was unbalanced); an unclosed quote is dropped.
std::vector<std::pair<size_t, size_t>> QuoteScanner::PairMarks() const {
  std::vector<std::pair<size_t, size_t>> out;
  Mark open_kind = Mark::kNone;
  size_t open = 0;
  for (size_t i = 0; i < lx_.size(); ++i) {
    bool closing = false;
    Mark m = MarkOf(i, &closing);
    if (m == Mark::kNone) continue;
    const bool word_before = i > 0 && lx_[i - 1].end == lx_[i].begin && IsWord(i - 1);
    const bool word_after = i + 1 < lx_.size() && lx_[i + 1].begin == lx_[i].end;
    if (m == Mark::kSingle) {
      if (open_kind != Mark::kNone && open_kind != Mark::kSingle) continue;  // nested
      if (!closing && !word_before && word_after) {
        open_kind = Mark::kSingle, open = i;
      } else if (closing && open_kind == Mark::kSingle && word_before) {
        out.emplace_back(open, i);
        open_kind = Mark::kNone;
      }
      continue;
    }
    if (m == Mark::kAscii) {
      if (open_kind == Mark::kAscii) {
        out.emplace_back(open, i);
        open_kind = Mark::kNone;
      } else if (open_kind == Mark::kNone || open_kind == Mark::kSingle) {
        open_kind = Mark::kAscii, open = i;
      }
      continue;
    }
    if (m == Mark::kCurly && !closing && open_kind == Mark::kLow) {  // „…“
      out.emplace_back(open, i);
      open_kind = Mark::kNone;
      continue;
    }
    if (closing) {
      bool match = (m == Mark::kCurly && (open_kind == Mark::kCurly || open_kind == Mark::kLow)) ||
                   (m == Mark::kGuillemet && open_kind == Mark::kGuillemet);
      if (match) {
        out.emplace_back(open, i);
        open_kind = Mark::kNone;
      }
      continue;
    }
    if (open_kind == Mark::kAscii) continue;
    open_kind = m, open = i;
  }
  return out;
}

// Two to six title-cased words without final punctuation: a quoted name or headline.
bool QuoteScanner::LooksLikeTitle(size_t first, size_t last, size_t words) const {
  if (words < 2 || words > 6 || EndsSentence(last)) return false;
  for (size_t k = first; k <= last; ++k) {
    if (!IsWord(k)) continue;
    std::string w = L(k);
    bool small = w == "the" || w == "of" || w == "and" || w == "a" || w == "in" || w == "on" ||
                 w == "for" || w == "to";
    if (!small && !scan::IsCapitalized(S(k))) return false;
  }
  return true;
}

// Only "and", "or" or commas between two quotes.
bool QuoteScanner::JoinedByConjunction(size_t prev_close, size_t open) const {
  if (open <= prev_close + 1 || open - prev_close > 4) return false;
  for (size_t k = prev_close + 1; k < open; ++k) {
    std::string w = L(k);
    if (w != "and" && w != "or" && w != ",") return false;
  }
  return true;
}

bool QuoteScanner::IsCueAt(size_t i) const {
  if (!IsWord(i)) return false;
  std::string w = L(i);
  return FiniteCues().contains(w) || ParticipleCues().contains(w) ||
         (w == "according" && L(i + 1) == "to") ||
         (StanceVerbs().contains(w) && StanceNouns().contains(L(i + 1)));
}

// Fills q->speaker and q->cue from the text around the quote. Returns true when a cue was
// found but its subject is the sentence's ("…, saying “…”", "but cautioned, “…”").
bool QuoteScanner::Attribute(size_t open, size_t close, size_t lo, bool ends_clause,
                             Quote* q) const {
  size_t k = close + 1;
  bool comma = Punct(k, ",");
  if (comma) ++k;
  const size_t n = lx_.size();
  // (a) A line ending in a bare name: “… right now,” Putin
  if (ends_clause || comma) {
    size_t e = k;
    while (e < n && e - k < 4 && IsWord(e) && scan::IsCapitalized(S(e))) ++e;
    size_t after = e;
    if (after < n && EndsSentence(after)) ++after;
    if (e > k && after == n) {
      q->speaker = Refine(k, e - 1);
      return false;
    }
  }
  // (b) “…,” said political analyst Jane Roe
  if (k < n && IsWord(k) && FiniteCues().contains(L(k)) && !Punct(close + 1, ".")) {
    auto np = PhraseStartingAt(k + 1, n);
    if (np) {
      q->cue = Span(k, k);
      q->speaker = Refine(np->first, np->second);
      return false;
    }
  }
  // (c) “…” according to the ministry
  if (L(k) == "according" && L(k + 1) == "to") {
    auto np = PhraseStartingAt(k + 2, n);
    if (np) {
      q->cue = Span(k, k + 1);
      q->speaker = Refine(np->first, np->second);
      return false;
    }
  }
  // Before the quote, in the same sentence: "Rubio called the idea “irrational.”"
  for (size_t v = open; v > lo && open - v < 60;) {
    --v;
    if (IsQuoteMark(v)) break;
    if (!IsCueAt(v)) continue;
    std::string w = L(v);
    if (w == "according") {
      auto np = PhraseStartingAt(v + 2, open);
      q->cue = Span(v, v + 1);
      if (np) q->speaker = Refine(np->first, np->second);
      return false;
    }
    q->cue = Span(v, v);
    if (L(close + 1) == "by") {  // "often dubbed “the gateway” by local media"
      auto np = PhraseStartingAt(close + 2, n);
      if (np) {
        q->speaker = Refine(np->first, np->second);
        return false;
      }
    }
    if (L(v + 1) == "by") {  // "were described by Jane Roe as “constructive”"
      auto np = PhraseStartingAt(v + 2, open);
      if (np) q->speaker = Refine(np->first, np->second);
      return false;
    }
    bool participle = ParticipleCues().contains(w);
    if (participle && (v == lo || !IsWord(v - 1) || PhraseStops().contains(L(v - 1)))) {
      return true;
    }
    auto subject = SubjectBefore(v, lo);
    if (subject) {
      q->speaker = *subject;  // empty for a passive verb: no speaker written
      return false;
    }
    return true;
  }
  // (d) “…,” Jane Roe, a senior analyst, said / “…” Even more likely, he added
  if (ends_clause) {
    size_t start = k;
    for (size_t v = start; v < n && v - start < 22; ++v) {
      if (EndsSentence(v) || IsQuoteMark(v)) break;
      if (!IsWord(v) || !FiniteCues().contains(L(v))) continue;
      // “… not over yet.” Standing beside him, Macron said there was …: a cue in the next
      // sentence is its own, unless that sentence is only the attribution (“…?” Roe asked.)
      if (lx_[v].sentence != lx_[close].sentence &&
          (SentenceEnd(v) > v + 5 || v > SentenceStart(v) + 4)) {
        break;
      }
      auto s = SubjectBefore(v, start);
      if (s && !s->empty()) {
        q->cue = Span(v, v);
        q->speaker = *s;
      }
      break;
    }
  }
  return false;
}

// The speaker of the latest attributed quote before byte `before` among those this scanner
// found (out_ from `first`; the most recent few only, so the cost stays bounded), in sentence
// `sentence` or the one before it; empty when none.
TextSpan QuoteScanner::PriorSpeaker(size_t first, uint32_t before, uint32_t sentence) const {
  const Quote* best = nullptr;
  size_t from = std::max(first, out_->size() > 64 ? out_->size() - 64 : size_t{0});
  for (size_t i = from; i < out_->size(); ++i) {
    const Quote& p = (*out_)[i];
    if (p.speaker.empty() || p.text.begin >= before) continue;
    if (p.sentence > sentence || p.sentence + 1 < sentence) continue;
    if (best == nullptr || p.text.begin > best->text.begin) best = &p;
  }
  return best != nullptr ? best->speaker : TextSpan{};
}

// A paragraph ending in "X said:" (or "said X:") introduces the quote paragraph after it.
void QuoteScanner::IntroducedSpeaker(TextSpan* speaker, TextSpan* cue) const {
  size_t n = lx_.size();
  if (n < 3 || !Punct(n - 1, ":")) return;
  size_t s0 = SentenceStart(n - 1);
  for (size_t v = n - 1; v > s0;) {
    --v;
    if (!IsWord(v) || !FiniteCues().contains(L(v))) continue;
    if (IsWord(v + 1) && v + 1 < n - 1) {  // "…, said the minister:"
      auto np = PhraseStartingAt(v + 1, n - 1);
      if (np && np->second + 2 == n && (v == s0 || Punct(v - 1, ","))) {
        *speaker = Refine(np->first, np->second);
        *cue = Span(v, v);
        return;
      }
    }
    auto s = SubjectBefore(v, s0);
    if (s && !s->empty()) {
      *speaker = *s;
      *cue = Span(v, v);
    }
    return;
  }
}

}  // namespace corroborate::quotes_internal
