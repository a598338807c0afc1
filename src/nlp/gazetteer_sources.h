// Builds the recogniser's gazetteer (gazetteer.h) from the open data in ../shared/data/gazetteer:
//   geonames-cities1000/cities1000.txt  GeoNames populated places (CC BY 4.0): the name and its
//                                       ASCII spelling of every place above a population floor
//   geonames-cities1000/admin1.json     GeoNames first-level divisions (states, provinces)
//   world-countries/countries.json      mledoze/countries (ODbL 1.0): country names (common,
//                                       official, alternative spellings), English demonyms
//                                       (with plurals: "Kenyans", "Britons"), regions
//                                       ("Western Africa")
// Only the hashes of the lowercased words are kept (no name text in the model).
// Single-word place names that are mostly lowercase words in running text ("mobile", "split",
// "of") are left out when the caller says so, since as features they would fire on every
// common word.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "nlp/gazetteer.h"

namespace corroborate::nlp {

struct GazetteerSourceOptions {
  uint32_t min_population = 15000;  // GeoNames places with fewer people are left out
  // True for a normalised word that is usually lowercase in text; such one-word place names
  // are skipped (countries, regions and demonyms are always kept). May be empty.
  std::function<bool(std::string_view)> is_common_word;
};

// Builds from dir (../shared/data/gazetteer). Appends to provenance the files read with their
// CRC-32 and licence, and the counts kept.
Result<Gazetteer> BuildGazetteer(const std::string& dir, const GazetteerSourceOptions& options,
                                 std::vector<std::pair<std::string, std::string>>* provenance);

// The English plural of a demonym as news text uses it: "Kenyan" -> "Kenyans", "Thai" ->
// "Thais"; "" when it is its own plural ("Chinese", "Swiss") or irregular ("Englishman").
std::string DemonymPlural(std::string_view demonym);

}  // namespace corroborate::nlp
