// Attachment scores of the parser against gold trees; see parser.h.
#include <time.h>

#include <string_view>

#include "nlp/parser.h"
#include "nlp/tagger.h"

namespace corroborate::nlp {
namespace {

double ThreadCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

std::string_view UniversalPart(std::string_view deprel) {
  return deprel.substr(0, deprel.find(':'));
}

}  // namespace

ParserScores EvaluateParser(const Parser& parser, const std::vector<ConlluSentence>& gold,
                            const Tagger* tagger) {
  ParserScores scores;
  ParsedSentence parsed;
  TaggedSentence tagged;
  std::vector<std::string_view> words, upos, xpos;
  for (const ConlluSentence& s : gold) {
    words.clear();
    upos.clear();
    xpos.clear();
    for (const ConlluWord& w : s.words) {
      words.push_back(w.form);
      upos.push_back(w.upos);
      xpos.push_back(w.xpos);
    }
    const double start = ThreadCpuSeconds();
    ParserInput input{words, upos, xpos};
    if (tagger != nullptr) {
      tagger->Tag(words, &tagged);
      input.upos = tagged.upos;
      input.xpos = tagged.xpos;
    }
    parser.Parse(input, &parsed);
    scores.seconds += ThreadCpuSeconds() - start;
    ++scores.sentences;
    for (size_t i = 0; i < s.words.size(); ++i) {
      const ConlluWord& w = s.words[i];
      ++scores.words;
      if (input.upos[i] == w.upos) ++scores.upos_correct;
      if (parsed.heads[i] != w.head) continue;
      ++scores.head_correct;
      if (parsed.deprels[i] == w.deprel) ++scores.label_correct;
      if (UniversalPart(parsed.deprels[i]) == UniversalPart(w.deprel)) ++scores.universal_correct;
    }
  }
  return scores;
}

}  // namespace corroborate::nlp
