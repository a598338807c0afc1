// Name-part cues for the entity recogniser, learnt from the training spans rather than listed
// by hand: words that often end an organisation ("University", "Inc.", "Council"), begin one
// ("Ministry", "Bank"), begin a person's name (first names), end a place ("Street", "County"),
// or stand just before a person's name without being part of it (titles: "Mr", "President").
// A word is a cue when it plays that part in several different training names (distinct span
// texts, so one company mentioned fifty times teaches nothing) and in a fair share of its
// capitalised occurrences.
// The features (ner_features.h) spread a run of capitalised words' cues over the whole run
// ("Radium Institute": "Radium" is in a run that ends with an organisation word), which is what
// a word-level model misses for long organisation names and unseen company names.
// Cost: building is linear in the training words; lookups are one hash probe per word.
// Thread-safety: pure functions; the lexicon is immutable after building or loading.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/ner_data.h"
#include "nlp/tagger_features.h"

namespace corroborate::nlp {

// Cue bits (a word may carry several): the entity type t (NerCorpusTypes() order) gives
// bit 2t (first word of a multi-word name of type t) and bit 2t + 1 (last word of one);
// kCueTitle is a capitalised word just before a person's name but outside it.
inline constexpr uint32_t kCueTitle = 6;
inline constexpr uint32_t kNumCues = 7;

struct NerCueOptions {
  uint32_t min_names = 2;   // different names the word plays the part in
  double min_share = 0.25;  // of the word's capitalised occurrences away from a sentence start
};

// The form the cue lexicon and the recogniser's lowercase-word feature use: a NormalizeWord
// form without its final period, so "Mr" and "Mr.", "Inc" and "Inc." are one word.
std::string_view WithoutFinalPeriod(std::string_view normalized);

// The cue lexicon of the training sentences: TagLexicon masks whose tag bits are cue bits.
TagLexicon BuildNerCueLexicon(const std::vector<NerSentence>& train, const NerCueOptions& options);

// The run of capitalised words (joined by lowercase "of", "and", "&", "for", "the", "de") that
// word i is in: run_begin[i] <= i < run_end[i]; words outside any run get begin = end = i.
// normalized: NormalizeWord of each word.
void CapitalisedRuns(std::span<const std::string_view> words,
                     std::span<const std::string> normalized, std::vector<uint32_t>* run_begin,
                     std::vector<uint32_t>* run_end);

}  // namespace corroborate::nlp
