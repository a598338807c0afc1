// Builds the word-sense lexicon (lexicon.h) from a WordNet 3.0 database directory (Debian
// package wordnet-base: /usr/share/wordnet), reading:
//   index.{noun,verb,adj}   each lemma's synsets, most frequent sense first
//   data.{noun,verb,adj}    each synset's words and pointers: '+' derivationally related forms
//                           (word to word, across parts of speech), '@' hypernyms
//   cntlist.rev             semantic-concordance tag counts per sense (optional: without it
//                           every sense counts as untagged)
//   {noun,verb,adj}.exc     irregular forms ("took take", "children child")
// A lemma keeps its first sense and each further sense among the first few of its part of
// speech that carries a fair share of the lemma's tag count (when it has enough tags for the
// share to mean something), so that a verb such as "take" (42 senses) links to a handful of
// concepts, not to half the verbs of English. Single words
// only: multiword lemmas ("step_down") cannot meet a claim's one-word tokens.
// Deterministic: the same files give the same bytes.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "core/status.h"
#include "nlp/lexicon.h"

namespace corroborate::nlp {

struct LexiconBuildOptions {
  int noun_senses = 2;  // at most this many senses per noun lemma
  int verb_senses = 3;
  int adj_senses = 2;
  // When a lemma has at least min_total tags, a sense after the first is kept only with at
  // least this share of them and at least min_tags tags; below min_total the counts say little
  // ("resign" has 9, all on its first sense) and the first senses are kept as listed.
  double min_share = 0.1;
  int min_tags = 2;
  int min_total = 20;
  bool derivations = true;  // add '+' targets across parts of speech
  // Add a kept verb sense's direct hypernym: "resign" (vacate a post) then meets "step down"
  // (leave office), which WordNet files as its hypernym.
  bool verb_hypernyms = true;
  size_t max_concepts = 8;  // per word, after merging parts of speech
};

// Builds from dir. Appends to provenance the files read with their CRC-32 and the counts kept.
// Errors name the file and line ("…/data.verb:42: bad pointer count").
Result<Lexicon> BuildLexicon(const std::string& dir, const LexiconBuildOptions& options,
                             std::vector<std::pair<std::string, std::string>>* provenance);

}  // namespace corroborate::nlp
