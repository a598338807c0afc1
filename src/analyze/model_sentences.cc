// Re-splitting sentences with the boundary classifier; see model_sentences.h.
#include "analyze/model_sentences.h"

#include <algorithm>

#include "analyze/sentences.h"
#include "analyze/tokenize.h"

namespace corroborate {

void BuildSentenceLine(std::string_view text, const std::vector<Token>& tokens, size_t first,
                       size_t end, const std::vector<Sentence>& rule_sentences,
                       nlp::SentenceLine* line) {
  line->Clear();
  for (size_t t = first; t < end; ++t) {
    line->tokens.push_back(tokens[t].span.Of(text));
    line->space_before.push_back(t > first && tokens[t].span.begin > tokens[t - 1].span.end);
    std::string_view word = line->tokens.back();
    uint8_t abbreviation = 0;
    if (tokens[t].kind == TokenKind::kWord && word.size() > 1 && word.back() == '.') {
      word.remove_suffix(1);
      abbreviation = IsLeadingAbbreviation(word) ? 1 : IsKnownAbbreviation(word) ? 2 : 0;
    }
    line->abbreviation.push_back(abbreviation);
  }
  line->rule_start.assign(end - first, 0);
  if (end == first) return;
  // The rule sentences are in token order; find the first one inside the line.
  auto it = std::lower_bound(rule_sentences.begin(), rule_sentences.end(), first,
                             [](const Sentence& s, size_t token) { return s.token_begin < token; });
  for (; it != rule_sentences.end() && it->token_begin < end; ++it) {
    line->rule_start[it->token_begin - first] = 1;
  }
}

void SplitSentencesWithModel(const nlp::SentenceModel& model, AnnotatedDoc* doc) {
  struct Scratch {
    nlp::SentenceLine line;
    nlp::SentenceScratch model;
    std::vector<uint8_t> starts;
    std::vector<Sentence> sentences;
  };
  thread_local Scratch scratch;
  Scratch& s = scratch;
  s.sentences.clear();
  const std::string_view text = doc->text();
  const std::vector<Sentence>& rules = doc->sentences;
  for (size_t si = 0; si < rules.size();) {
    // One line: the run of rule sentences in the same paragraph.
    size_t sj = si + 1;
    while (sj < rules.size() && rules[sj].paragraph == rules[si].paragraph) ++sj;
    const size_t first = rules[si].token_begin, end = rules[sj - 1].token_end;
    BuildSentenceLine(text, doc->tokens, first, end, rules, &s.line);
    model.Decide(s.line, &s.model, &s.starts);
    AppendLineSentences(text, doc->tokens, first, end, s.starts, rules[si].paragraph, &s.sentences);
    si = sj;
  }
  doc->sentences.assign(s.sentences.begin(), s.sentences.end());
}

}  // namespace corroborate
