// The parser's view of quote attribution (used by FindQuotes when AnnotatedDoc::words is
// filled): the speech verb that governs a quote (or that hangs off it as parataxis, as UD
// annotates “…,” he said), its nominal subject as the speaker (the agent of a passive: "was
// called … by X"; the subject of the main verb for a participle: "…, saying"), and reported
// speech as a speech verb's clausal complement ("X said (that) CLAUSE"). The rule-based
// scanner stays the fallback for whatever the parse does not show. Cost: O(words) to index,
// bounded walks per quote. Thread-safety: read-only over the doc.
#pragma once

#include <cstdint>
#include <vector>

#include "model/annotated_doc.h"

namespace corroborate {

class QuoteSyntax {
 public:
  explicit QuoteSyntax(const AnnotatedDoc& doc);

  bool empty() const { return words_.empty(); }

  // The speech verb governing the quoted words and its subject; false when the parse shows no
  // speech verb. *speaker may come back empty (a passive without an agent).
  bool Attribute(TextSpan quote, TextSpan* speaker, TextSpan* cue) const;

  // Reported speech in one sentence without quote marks: the first speech verb with a clausal
  // complement and a subject. false when none.
  bool Indirect(uint32_t sentence, Quote* out) const;

 private:
  bool IsSpeech(int32_t w) const;
  // The subject of speech verb v: nsubj, the agent of a passive, or for a participle the
  // subject of the verb it depends on. Empty when none.
  TextSpan SpeakerOf(int32_t v) const;
  // The words of w's phrase (w and its dependents, without clauses, appositions or
  // punctuation), narrowed to a person's name when one ends it ("Kremlin aide Yuri Ushakov").
  TextSpan Phrase(int32_t w) const;
  // [first, last] word indices of w's subtree, leaving out children whose relation is in the
  // excluded set.
  std::pair<int32_t, int32_t> Subtree(int32_t w, bool clause) const;
  int32_t FirstWordAtOrAfter(uint32_t byte) const;

  const AnnotatedDoc& doc_;
  const std::vector<Word>& words_;
  std::vector<uint32_t> child_begin_;  // CSR: children of w are child_[child_begin_[w] …]
  std::vector<int32_t> child_;
};

}  // namespace corroborate
