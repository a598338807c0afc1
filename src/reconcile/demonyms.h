// Nationality adjectives back to the names they derive from, by English's regular derivations
// ("Varnian" -> "Varnia", "Ukrainian" -> "Ukraine", "German" -> "Germany", "Chinese" ->
// "China", "Polish" -> "Poland", "Israeli" -> "Israel"). No country list: callers keep the
// candidates the story itself names, so an invented state works as well as a real one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace corroborate {

// Lowercase candidate base names for `demonym`, most regular first; empty when it has no
// demonym ending. Candidates are guesses: look them up among the story's names.
std::vector<std::string> DemonymBases(std::string_view demonym);

}  // namespace corroborate
