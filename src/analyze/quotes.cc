// FindQuotes: runs QuoteScanner (quote_scanner.h) over each paragraph, then lets a dependency
// parse, when the models provide one, fill in what the rules left open.
#include "analyze/quotes.h"

#include <algorithm>
#include <vector>

#include "analyze/number_words.h"
#include "analyze/quote_cues.h"
#include "analyze/quote_scanner.h"
#include "analyze/quotes_syntax.h"

namespace corroborate {
namespace {

using quotes_internal::IsNegatedSource;
using scan::Lex;

// With a parse, the speech verb's subject names the speaker of a direct quote the rules left
// without one (the rules' own attribution stands: on the seed articles the parser's subjects
// only ever disagreed with them by misparse, e.g. two nsubj for "Kremlin spokesperson X"); a
// subject inside quoted words (a misparse) is never taken. For reported speech the parse
// gives the clause and the subject of the speech verb: it replaces the rules' reading of the
// same verb and adds what the rules missed. Without a parse (no models) the rules stand alone.
void RefineWithSyntax(const AnnotatedDoc& doc, std::vector<Quote>* found) {
  QuoteSyntax syntax(doc);
  if (syntax.empty()) return;
  std::vector<TextSpan> quoted;  // direct quotes with their marks, sorted
  for (const Quote& q : *found) {
    if (q.direct) quoted.push_back({q.text.begin > 0 ? q.text.begin - 1 : 0, q.text.end + 1});
  }
  std::sort(quoted.begin(), quoted.end(),
            [](const TextSpan& a, const TextSpan& b) { return a.begin < b.begin; });
  auto in_quote = [&](const TextSpan& s) {
    auto it = std::upper_bound(quoted.begin(), quoted.end(), s.end,
                               [](uint32_t v, const TextSpan& q) { return v < q.begin; });
    for (int steps = 0; it != quoted.begin() && steps < 4; ++steps) {
      --it;
      if (it->Overlaps(s)) return true;
    }
    return false;
  };
  std::vector<int32_t> indirect_in(doc.sentences.size(), -1);
  for (size_t i = 0; i < found->size(); ++i) {
    Quote& q = (*found)[i];
    if (!q.direct) {
      if (q.sentence < indirect_in.size()) indirect_in[q.sentence] = static_cast<int32_t>(i);
      continue;
    }
    TextSpan speaker, cue;
    if (!syntax.Attribute(q.text, &speaker, &cue) || speaker.empty() || in_quote(speaker)) {
      continue;
    }
    if (q.speaker.empty()) {
      q.speaker = speaker;
      q.cue = cue;
    }
  }
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    Quote parsed;
    if (!syntax.Indirect(s, &parsed) || IsNegatedSource(parsed.speaker.Of(doc.text()))) continue;
    if (indirect_in[s] < 0) {
      found->push_back(parsed);
      continue;
    }
    Quote& q = (*found)[static_cast<size_t>(indirect_in[s])];
    if (q.cue == parsed.cue) q = parsed;  // same verb: the parse knows the subject and clause
  }
}

}  // namespace

bool IsSpeechCue(std::string_view lower) { return quotes_internal::FiniteCues().contains(lower); }
bool IsSpeechCueParticiple(std::string_view lower) {
  return quotes_internal::ParticipleCues().contains(lower);
}

void FindQuotes(AnnotatedDoc* doc) {
  if (doc == nullptr || doc->article == nullptr) return;
  try {
    std::string_view text = doc->text();
    std::vector<Sentence> sentences = scan::SentencesOrParagraphs(*doc);
    std::vector<size_t> entity_order(doc->entities.size());
    for (size_t i = 0; i < entity_order.size(); ++i) entity_order[i] = i;
    std::stable_sort(entity_order.begin(), entity_order.end(), [&](size_t a, size_t b) {
      return doc->entities[a].span.begin < doc->entities[b].span.begin;
    });
    std::vector<Lex> lexes;
    std::vector<Quote> found;
    TextSpan last_speaker, intro_cue;
    for (const scan::Paragraph& p : scan::SplitParagraphs(text)) {
      lexes.clear();
      scan::LexParagraph(text, p, sentences, &lexes);
      if (lexes.empty()) continue;
      quotes_internal::QuoteScanner(*doc, text, lexes, sentences, entity_order, &found)
          .Run(&last_speaker, &intro_cue);
    }
    RefineWithSyntax(*doc, &found);
    std::stable_sort(found.begin(), found.end(),
                     [](const Quote& a, const Quote& b) { return a.text.begin < b.text.begin; });
    doc->quotes.insert(doc->quotes.end(), found.begin(), found.end());
  } catch (const std::exception&) {
    // Out of memory on hostile input: keep what was found.
  }
}

}  // namespace corroborate
