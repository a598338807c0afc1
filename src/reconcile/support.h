// Support chains: which of a fact's supporting articles count as one source, and why. An
// article counts under another when it is a copy of it (story/syndication), when the article
// cites that outlet (story/sourcing), or when the very sentence that carries the fact cites an
// outlet ("…, Reuters reported", "according to The Guardian", "told the Harbour Courier"): under
// that outlet's articles when the story has them, else under the cited outlet itself, so two
// reports both "citing The Guardian" are one source. Cost: one citation scan per supporting
// sentence. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model/account.h"
#include "reconcile/claims.h"
#include "reconcile/story_input.h"

namespace corroborate {

// What every fact's chains are built against: the story's outlets.
class SupportIndex {
 public:
  explicit SupportIndex(const StoryInput& story);

  // One chain per independent source among the claims (their docs), in order of first support.
  std::vector<SupportChain> Chains(const ClaimSet& claims,
                                   const std::vector<uint32_t>& members) const;

 private:
  std::string OutletOf(size_t doc) const;  // outlet, else the article id
  std::string IdOfArticle(int64_t account_index) const;

  const StoryInput& story_;
  std::unordered_set<std::string> known_;                        // CitationKey of story outlets
  std::unordered_map<std::string, std::vector<size_t>> outlet_;  // CitationKey -> docs
  std::unordered_map<uint64_t, std::string> group_names_;        // independence group -> outlet
};

}  // namespace corroborate
