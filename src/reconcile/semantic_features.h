// Features that let two outlets' paraphrases of one claim meet although they share few words
// (claims.h builds the rest of each claim's vector):
// - concepts: the word senses of models/lexicon.bin (nlp/lexicon.h, from WordNet), so that
//   "resigned" and "stepped down", "absence" and "absent", "revised" and "updated" share a
//   feature. A concept counts only when two different word roots of the story reach it: one
//   word alone gains nothing over its own word feature, and the vector is not diluted by the
//   senses of every word. Its IDF within the story (claims.cc) keeps concepts that many claims
//   reach — the senses of "take" or "make" — nearly weightless.
// - place containment: a claim naming a town carries a feature of the town's country when the
//   story also names that country, and so do the claims naming the country ("a visit to
//   Dublin", "who was in Ireland"). Countries come from models/places.bin; a town whose name
//   several countries' towns bear is left alone.
// Without the models (StoryInput::lexicon / places null) nothing is added, so claims compare
// as before. Cost: one binary search per content word, O(claims x words) overall.
#pragma once

#include <string>
#include <vector>

#include "reconcile/claims.h"
#include "reconcile/entities.h"
#include "reconcile/story_input.h"

namespace corroborate {

struct SemanticFeature {
  std::string name;  // "\x01c<concept id>" or "\x01p<country code>"
  float boost = 1;   // multiplies the feature's IDF weight (claims.cc)
};

// The extra features of each claim of set (parallel to set.claims), from the claims' tokens
// (with their word-root features already assigned) and entities.
std::vector<std::vector<SemanticFeature>> SemanticClaimFeatures(const StoryInput& story,
                                                                const ResolvedEntities& resolved,
                                                                const ClaimSet& set);

}  // namespace corroborate
