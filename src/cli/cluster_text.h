// The unlabelled text `corroborate train clusters` learns word clusters from, read from the
// shared data directory (../shared/data): only text no evaluation scores on, so the clusters
// cannot leak test sentences into the models.
//   ud/          UD English EWT train and GUM train (licence-filtered genres), words as given
//   news-clustering/ecbplus/docs.train-dev.jsonl   news articles (CC BY 3.0)
//   article-extraction-benchmark/html/             web pages, through our HTML extractor
//   ner/         wikigold, BTC, re3d, WNUT17 train: tokens as given
// Raw text (news, pages) goes through our tokenizer (analyze/tokenize.h); every token is split
// into UD words (nlp/ud_words.h) and normalised like the tagger's word (NormalizeWord), so the
// clusters are keyed exactly as the features look them up.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/status.h"

namespace corroborate::cli {

struct ClusterText {
  std::vector<std::vector<std::string>> sentences;  // normalised words
  // Per source: (source, "N sentences, M words[, licence]"), for the model's meta section.
  std::vector<std::pair<std::string, std::string>> provenance;
};

// Reads every source under data_dir (the directory holding ud/, ner/, …). A missing or
// unreadable source is an error naming it.
Result<ClusterText> ReadClusterText(const std::string& data_dir);

}  // namespace corroborate::cli
