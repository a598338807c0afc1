// Scores the tokenizer and sentence splitter (analyze/tokenize.h, sentences.h) against a
// CoNLL-U treebank's raw text: each document's text is rebuilt from its tokens and SpaceAfter
// marks, sentences joined by a space and paragraphs ("# newpar") by a line break, as in the
// source documents. Sentences and tokens count as correct when their byte spans match exactly
// (the CoNLL 2018 shared task's measure); "words" compares the syntactic words: gold's, a
// contraction split into its parts where they spell the token, with ours split by
// nlp/ud_words.h ("don't" -> "do" "n't") as the models see them.
#pragma once

#include <cstddef>
#include <cstdio>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "nlp/sentence_model.h"

namespace corroborate {

struct PrfCounts {
  size_t gold = 0;
  size_t predicted = 0;
  size_t correct = 0;
  double precision() const { return predicted ? static_cast<double>(correct) / predicted : 0; }
  double recall() const { return gold ? static_cast<double>(correct) / gold : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct SegmentationScores {
  size_t documents = 0;
  PrfCounts sentences;
  PrfCounts tokens;
  PrfCounts words;
};

// Reads the treebank at conllu_path and scores Tokenize() on its documents, re-split by
// sentence_model when it is not null (analyze/model_sentences.h). When log is not null, every
// sentence error is printed there (gold sentences missed, wrong ones made); when token_log is
// not null, every token error likewise.
Result<SegmentationScores> EvaluateSegmentation(const std::string& conllu_path, std::FILE* log,
                                                std::FILE* token_log = nullptr,
                                                const nlp::SentenceModel* sentence_model = nullptr);

// The lines of a treebank's raw text (rebuilt as above) as the sentence classifier sees them
// after Tokenize(), with gold_start set where a gold sentence starts at one of our tokens.
// The lines' token texts point into `texts`.
struct SentenceLineSet {
  std::deque<std::string> texts;  // one per document (a deque: references stay valid)
  std::vector<nlp::SentenceLine> lines;
  size_t documents = 0;
  size_t documents_skipped = 0;        // refused by keep_document
  size_t gold_starts_unreachable = 0;  // gold starts inside one of our tokens
};

// Appends the lines of the documents at conllu_path that keep_document accepts (given the
// "# newdoc id"; null keeps all) to *out.
Status ReadSentenceLines(const std::string& conllu_path,
                         const std::function<bool(std::string_view)>& keep_document,
                         SentenceLineSet* out);

}  // namespace corroborate
