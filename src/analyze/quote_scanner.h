// Internal to FindQuotes: QuoteScanner, which reads the quotes of one paragraph. Its work is
// split by job across files that share this declaration:
//   quote_pairing.cc   direct and partial quotes: pairing the marks, attributing each quote
//   quote_reported.cc  reported speech without marks ("X said that …", "According to X, …")
//   quote_speakers.cc  reading a speaker's noun phrase and narrowing it to a name
// The scanner works on the paragraph's lexes only; every look-around is bounded, so a
// paragraph costs O(n). Not thread-safe per instance (it appends to one output vector).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analyze/number_words.h"
#include "analyze/quote_cues.h"
#include "model/annotated_doc.h"

namespace corroborate::quotes_internal {

using scan::Lex;
using scan::LexKind;

enum class Mark : uint8_t { kNone, kCurly, kLow, kAscii, kGuillemet, kSingle };

// Finds the speaker and cue of quotes in one paragraph.
class QuoteScanner {
 public:
  QuoteScanner(const AnnotatedDoc& doc, std::string_view text, const std::vector<Lex>& lexes,
               const std::vector<Sentence>& sentences, const std::vector<size_t>& entity_order,
               std::vector<Quote>* out)
      : doc_(doc),
        text_(text),
        lx_(lexes),
        sentences_(sentences),
        entity_order_(entity_order),
        out_(out) {}

  // last_speaker: the speaker of the previous paragraph's last quote, or of a paragraph that
  // introduces a quote ("Varga told reporters:"), with intro_cue its cue; may be empty; updated.
  void Run(TextSpan* last_speaker, TextSpan* intro_cue);

 private:
  // ---- Lex accessors shared by every part (inline: called in every inner loop)
  std::string_view S(size_t i) const { return scan::Str(text_, lx_[i]); }
  std::string L(size_t i) const { return i < lx_.size() ? scan::LowerAscii(S(i)) : std::string(); }
  bool IsWord(size_t i) const { return i < lx_.size() && lx_[i].kind != LexKind::kPunct; }
  bool Punct(size_t i, std::string_view p) const {
    return i < lx_.size() && scan::IsPunct(text_, lx_[i], p);
  }
  bool EndsSentence(size_t i) const { return Punct(i, ".") || Punct(i, "?") || Punct(i, "!"); }
  bool IsQuoteMark(size_t i) const { return MarkOf(i, nullptr) != Mark::kNone; }
  size_t SentenceStart(size_t i) const {
    size_t steps = 0;
    while (i > 0 && lx_[i - 1].sentence == lx_[i].sentence && steps++ < 80) --i;
    return i;
  }
  size_t SentenceEnd(size_t i) const {  // one past the last lex of i's sentence
    size_t steps = 0;
    while (i + 1 < lx_.size() && lx_[i + 1].sentence == lx_[i].sentence && steps++ < 400) ++i;
    return i + 1;
  }
  TextSpan Span(size_t first, size_t last) const { return {lx_[first].begin, lx_[last].end}; }
  static std::string_view Trim(std::string_view v) {
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
    return v;
  }
  bool NegatedSource(TextSpan speaker) const { return IsNegatedSource(speaker.Of(text_)); }
  static bool ReportingParticiple(std::string_view w) {
    return w == "saying" || w == "claiming" || w == "insisting" || w == "arguing" ||
           w == "warning" || w == "adding" || w == "noting" || w == "stressing";
  }

  // ---- Direct quotes (quote_pairing.cc)
  // The kind of quote mark at lex i; *closing tells whether it can close a quote.
  Mark MarkOf(size_t i, bool* closing) const;
  // Pairs opening and closing marks in one pass. An opener seen while a quote of the same kind
  // is open restarts it (the earlier mark was unbalanced); an unclosed quote is dropped.
  std::vector<std::pair<size_t, size_t>> PairMarks() const;
  // Two to six title-cased words without final punctuation: a quoted name or headline.
  bool LooksLikeTitle(size_t first, size_t last, size_t words) const;
  // Only "and", "or" or commas between two quotes.
  bool JoinedByConjunction(size_t prev_close, size_t open) const;
  bool IsCueAt(size_t i) const;
  // Fills q->speaker and q->cue from the text around the quote. Returns true when a cue was
  // found but its subject is the sentence's ("…, saying “…”", "but cautioned, “…”").
  bool Attribute(size_t open, size_t close, size_t lo, bool ends_clause, Quote* q) const;
  // The speaker of the latest attributed quote before byte `before` among those this scanner
  // found (out_ from `first`; the most recent few only, so the cost stays bounded), in sentence
  // `sentence` or the one before it; empty when none.
  TextSpan PriorSpeaker(size_t first, uint32_t before, uint32_t sentence) const;
  // A paragraph ending in "X said:" (or "said X:") introduces the quote paragraph after it.
  void IntroducedSpeaker(TextSpan* speaker, TextSpan* cue) const;

  // ---- Speaker phrases (quote_speakers.cc)
  // Collects a noun phrase backwards ending at lex last (inclusive), not before lo.
  std::optional<std::pair<size_t, size_t>> PhraseEndingAt(size_t last, size_t lo) const;
  // A noun phrase forwards from first: "political analyst Jane Roe", "two NATO diplomats".
  std::optional<std::pair<size_t, size_t>> PhraseStartingAt(size_t first, size_t hi) const;
  // A preposition inside a described source: "close [to] the talks", "spokesman [for] …".
  bool Bridges(size_t k) const;
  bool HasBridge(size_t first, size_t last) const;
  bool AllCapitalized(size_t first, size_t last) const;
  // Narrows a phrase to the speaker: a pronoun, the trailing name without titles
  // ("Kremlin spokesperson Dmitry Peskov" -> "Dmitry Peskov"), or the whole description.
  TextSpan Refine(size_t first, size_t last) const;
  TextSpan SnapToEntity(TextSpan name) const;
  // The speaker written before the verb at v: "Rubio said", "A U.S. official, speaking …, said",
  // "Jane Roe, director of X, said". nullopt when none; an empty span for a passive verb.
  std::optional<TextSpan> SubjectBefore(size_t v, size_t lo) const;
  // The subject of the sentence holding lex i, for participle cues ("…, saying …"): the speaker
  // of the sentence's first cue verb, else a pronoun or name opening the sentence.
  TextSpan SentenceSubject(size_t i, size_t limit) const;
  // The subject of the clause segment [s0, limit): the source of its first finite speech verb,
  // else a pronoun or name opening it, after a leading adverbial ("After the session, Ushakov
  // …", "However, he …"). For coordinated and participle cues: "X called it … and confirmed
  // that …", "X denied it, saying …".
  std::optional<TextSpan> SegmentSubject(size_t s0, size_t limit) const;

  // ---- Reported speech (quote_reported.cc)
  // Reported speech: per sentence, per clause segment (split at ";" so "A said X; B said Y"
  // yields both). Quote marks do not stop it: a reported clause that ends before a partial
  // quote at a clause break ("said X, calling it “…”") or runs after it ("called it “…” and
  // confirmed that X") is reported speech of its own.
  void FindIndirect();
  // A line of a bulleted list ("• Kyiv insisted that …;"), which the splitter may take for a
  // heading: it still carries reported speech.
  bool ListItem(size_t i) const;
  // The first quote mark in [a, b], or SIZE_MAX.
  size_t FirstQuoteMark(size_t a, size_t b) const;
  // The end (inclusive) of a reported clause starting at c that must stop before the quote
  // mark at q: the word before a comma or before "and that" ahead of the mark. SIZE_MAX when
  // the clause runs straight into the quote ("accepted it “as a basis …”": the quote carries it).
  size_t ClauseEndBeforeQuote(size_t c, size_t q) const;
  // Emits reported speech for the clause segment [s0, s1) of a sentence.
  void IndirectIn(size_t s0, size_t s1);
  // Whether this scanner already reported a clause overlapping span in sentence.
  bool AlreadyReported(uint32_t sentence, TextSpan span) const;
  // Reported speech with its cue at lex v of segment [s0, s1); returns the lex to continue
  // from (past an emitted clause). Defined in quote_reported.cc, its only caller: the lambdas
  // of IndirectIn are its arguments.
  template <typename ClauseOk, typename Emit>
  size_t ReportedAt(size_t s0, size_t s1, size_t last, size_t v, bool has_marks,
                    const ClauseOk& clause_ok, const Emit& emit);
  // A speech act whose object is what was said: "described/dismissed/characterised X as …",
  // "denied/rejected (the) report(s)/claims/allegations …". ("accused X of …" is not: the
  // gold sets read it as a charge, not a statement, unless it quotes words.)
  bool SpeechAct(size_t v, size_t last) const;

  const AnnotatedDoc& doc_;
  std::string_view text_;
  const std::vector<Lex>& lx_;
  const std::vector<Sentence>& sentences_;
  const std::vector<size_t>& entity_order_;
  std::vector<Quote>* out_;
};

}  // namespace corroborate::quotes_internal
