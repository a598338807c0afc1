// Token helpers of the position finder (reconcile/positions_sentence.h).
#include "reconcile/positions_sentence.h"

#include "core/strings.h"

namespace corroborate::positions {

bool Capitalised(const SentenceView& v, size_t i) {
  std::string_view raw = Toks(v)[i].span.Of(v.text);
  return !raw.empty() && raw[0] >= 'A' && raw[0] <= 'Z';
}
bool Possessive(const SentenceView& v, size_t i) {
  std::string_view raw = Toks(v)[i].span.Of(v.text);
  return EndsWith(raw, "'s") || EndsWith(raw, "\xE2\x80\x99s") || EndsWith(raw, "s'");
}
// A hyphen written without spaces, joining two words ("behind-the-scenes").
bool Joiner(const SentenceView& v, size_t i) {
  const auto& t = Toks(v);
  // The full stops of an abbreviation ("U.S.") join too.
  if (t[i].punct && t[i].lower == "." && i > 0 && t[i - 1].span.end == t[i].span.begin &&
      t[i - 1].span.size() == 1 && !t[i - 1].punct) {
    return true;
  }
  return t[i].punct && t[i].lower == "-" && i > 0 && i + 1 < t.size() &&
         t[i - 1].span.end == t[i].span.begin && t[i].span.end == t[i + 1].span.begin &&
         t[i].span.size() == 1;
}

const QuoteSpan* DirectQuoteAt(const SentenceView& v, TextSpan span) {
  for (const QuoteSpan& q : *v.quotes) {
    if (q.direct && q.span.Contains(span)) return &q;
  }
  return nullptr;
}

// The part of speech of the word starting at token k, "" without a parse.
std::string_view Upos(const SentenceView& v, size_t k) {
  const AnnotatedDoc* doc = v.annotated;
  if (doc == nullptr || doc->words.empty() || v.claim->sentence >= doc->sentences.size()) return {};
  const Sentence& s = doc->sentences[v.claim->sentence];
  uint32_t at = Toks(v)[k].span.begin;
  for (uint32_t w = s.word_begin; w < s.word_end && w < doc->words.size(); ++w) {
    if (doc->words[w].span.begin == at) return doc->words[w].upos;
    if (doc->words[w].span.begin > at) break;
  }
  return {};
}

}  // namespace corroborate::positions
