// Citations: the outlets an article says it draws on ("citing The Guardian", "according to
// Baltic Grain News", "\"Aldmoor Today\" reports", "The post … appeared first on …"). A report
// citing another outlet of the story is not an independent confirmation of it.
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace corroborate {

// "The Washington Post" -> "washington post": lowercase words, no leading article. The key an
// article's outlet and a cited name are matched on.
std::string CitationKey(std::string_view name);

// Appends to *cites the outlet names text says it cites (each outlet once, as written).
// strong_only: only the cues that name a publication outright ("appeared first on"), for lines
// removed as chrome. known: CitationKey of the story's outlets, accepted after weak cues
// ("according to") even when the name does not look like an outlet.
void FindCites(std::string_view text, bool strong_only,
               const std::unordered_set<std::string>& known, std::vector<std::string>* cites);

}  // namespace corroborate
