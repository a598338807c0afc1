// Jackknifed tags for parser training; see parser_tags.h.
#include "nlp/parser_tags.h"

#include <cstdio>
#include <string_view>

namespace corroborate::nlp {

std::vector<SentenceTags> TagSentences(const Tagger& tagger,
                                       const std::vector<ConlluSentence>& sentences) {
  std::vector<SentenceTags> out(sentences.size());
  TaggedSentence tagged;
  std::vector<std::string_view> words;
  for (size_t s = 0; s < sentences.size(); ++s) {
    words.clear();
    for (const ConlluWord& w : sentences[s].words) words.push_back(w.form);
    tagger.Tag(words, &tagged);
    out[s].upos.assign(tagged.upos.begin(), tagged.upos.end());
    out[s].xpos.assign(tagged.xpos.begin(), tagged.xpos.end());
  }
  return out;
}

Result<std::vector<SentenceTags>> JackknifeTags(const std::vector<ConlluSentence>& train,
                                                const std::vector<ConlluSentence>& dev,
                                                uint32_t folds, const TaggerTrainOptions& options) {
  if (folds < 2 || folds > train.size()) {
    return Status::InvalidInput("jackknifing needs 2 to " + std::to_string(train.size()) +
                                " folds, not " + std::to_string(folds));
  }
  std::vector<SentenceTags> out(train.size());
  const size_t n = train.size();
  for (uint32_t fold = 0; fold < folds; ++fold) {
    const size_t begin = n * fold / folds;
    const size_t end = n * (fold + 1) / folds;
    std::vector<ConlluSentence> rest;
    rest.reserve(n - (end - begin));
    rest.insert(rest.end(), train.begin(), train.begin() + static_cast<ptrdiff_t>(begin));
    rest.insert(rest.end(), train.begin() + static_cast<ptrdiff_t>(end), train.end());
    if (!options.quiet) {
      std::fprintf(stderr, "jackknife: tagger for fold %u/%u (sentences %zu-%zu held out)\n",
                   fold + 1, folds, begin + 1, end);
    }
    Result<Tagger> tagger = Tagger::Train(rest, dev, options);
    if (!tagger.ok()) return tagger.status();
    const std::vector<ConlluSentence> held_out(train.begin() + static_cast<ptrdiff_t>(begin),
                                               train.begin() + static_cast<ptrdiff_t>(end));
    std::vector<SentenceTags> tags = TagSentences(*tagger, held_out);
    for (size_t i = 0; i < tags.size(); ++i) out[begin + i] = std::move(tags[i]);
  }
  return out;
}

}  // namespace corroborate::nlp
