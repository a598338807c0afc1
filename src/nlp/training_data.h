// The Universal Dependencies English data the tagger and parser learn from, read from a
// directory laid out as ../shared/data/ud (UD_English-EWT/, UD_English-GUM/).
// Licences: EWT is CC BY-SA 4.0. GUM is CC BY-NC-SA 4.0 overall, but its Wikimedia-derived
// genres (news, interview, bio, voyage) are CC BY, textbook/vlog/speech are open or public
// domain and the Santa Barbara conversations are CC BY; whow and fiction are non-commercial,
// and the remaining genres carry only the overall NC licence. Models we ship may only learn
// from the permissive genres, so GUM documents are filtered by the genre in their id.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "nlp/conllu.h"

namespace corroborate::nlp {

// True when a GUM document ("# newdoc id = GUM_news_homeopathic") may train a shipped model.
bool GumDocumentIsShippable(std::string_view newdoc_id);

struct UdDataOptions {
  bool with_gum = true;    // add GUM train (permissive genres) to the training set
  bool with_test = false;  // also read EWT test
};

struct UdData {
  std::vector<ConlluSentence> train;  // EWT train (+ GUM train, permissive genres)
  std::vector<ConlluSentence> dev;    // EWT dev (model selection)
  std::vector<ConlluSentence> test;   // EWT test when asked for
  size_t gum_docs_kept = 0;
  size_t gum_docs_dropped = 0;
  // Provenance for the model's metadata: file names with CRC-32, licences, GUM genres kept.
  std::vector<std::pair<std::string, std::string>> provenance;
  const std::vector<std::pair<std::string, std::string>>& Describe() const { return provenance; }
};

Result<UdData> LoadUdData(const std::string& dir, const UdDataOptions& options);

// Paths of the standard EWT splits under dir ("train", "dev", "test").
std::string EwtPath(const std::string& dir, std::string_view split);
std::string GumPath(const std::string& dir, std::string_view split);

}  // namespace corroborate::nlp
