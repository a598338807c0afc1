// Brown clustering (Brown et al. 1992, "Class-based n-gram models of natural language"): words
// are grouped into a binary hierarchy of classes that keeps as much of the mutual information
// between adjacent words' classes as a greedy merge can. This is the windowed variant of Liang
// (2005, "Semi-supervised learning for natural language", sec. 3): words are taken in
// decreasing frequency, each one enters as its own cluster, and whenever there are C + 1 active
// clusters the pair whose merge loses the least mutual information is merged; once every word
// is in, the C clusters are merged down to one, which builds the hierarchy whose root-to-leaf
// paths ("0110…") are the clusters' bit strings. Cluster probabilities are the words' unigram
// frequencies, so adding a word leaves the other clusters' terms unchanged.
//
// Cost: O(V * C^2) time for V words kept, O(C^2) memory for the cluster tables plus the word
// bigram lists; every log is a table lookup (counts are integers). Deterministic: ties go to the
// first pair in slot order, words are ordered by count then bytes.
// Thread-safety: pure function of its inputs.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace corroborate::nlp {

struct BrownOptions {
  uint32_t clusters = 500;  // C: active clusters (the leaves of the hierarchy)
  uint32_t min_count = 2;   // words seen fewer times are left out, with the bigrams they are in
  // Called every few hundred words with (words done, words in all); may be empty.
  std::function<void(size_t, size_t)> progress;
};

struct BrownClusters {
  std::vector<std::string> words;  // every word kept, by decreasing count (ties: bytes)
  std::vector<uint32_t> counts;    // its count in the corpus
  std::vector<std::string> paths;  // its cluster's bit string ("" when only one cluster)
  uint32_t num_clusters = 0;
};

// Clusters the words of `sentences` (bigrams never cross a sentence boundary). The words are
// used as given: normalise them first.
BrownClusters ClusterWords(const std::vector<std::vector<std::string>>& sentences,
                           const BrownOptions& options);

}  // namespace corroborate::nlp
