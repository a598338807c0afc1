// Building the place-name table from GeoNames and world-countries; see place_names_build.h.
#include "nlp/place_names_build.h"

#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>

#include "core/read_file.h"
#include "core/utf8.h"
#include "nlp/model_file.h"
#include "nlp/ner_features.h"

namespace corroborate::nlp {
namespace {

constexpr const char* kCitiesFile = "geonames-cities1000/cities1000.txt";
constexpr const char* kCountriesFile = "world-countries/countries.json";

std::string Hex(uint32_t crc) {
  char hex[16];
  std::snprintf(hex, sizeof hex, "%08x", crc);
  return hex;
}

// The tab-separated columns of a GeoNames line.
std::vector<std::string_view> Columns(std::string_view line) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (true) {
    const size_t tab = line.find('\t', pos);
    out.push_back(line.substr(pos, tab == std::string_view::npos ? line.npos : tab - pos));
    if (tab == std::string_view::npos) break;
    pos = tab + 1;
  }
  return out;
}

bool IsLatinLetter(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF);
}
bool IsCyrillicLetter(char32_t c) { return c >= 0x400 && c <= 0x4FF; }

// A capital, an ASCII administrative seat or capital feature code.
bool IsSeat(std::string_view feature_code) {
  return feature_code == "PPLC" || feature_code == "PPLA" || feature_code == "PPLA2";
}

class TableBuilder {
 public:
  TableBuilder(const PlaceNamesBuildOptions& options, PlaceNames* table)
      : options_(options), table_(table) {}
  void Add(std::string_view name, uint32_t place, bool own_name = false) {
    std::string key = options_.key(name);
    if (!key.empty()) table_->AddName(key, place, own_name), ++names_;
  }
  size_t names() const { return names_; }

 private:
  const PlaceNamesBuildOptions& options_;
  PlaceNames* table_;
  size_t names_ = 0;
};

Status ReadCountries(const std::string& path, TableBuilder* builder, PlaceNames* table,
                     size_t* kept, uint32_t* crc) {
  Result<std::string> bytes = ReadFileToString(path);
  if (!bytes.ok()) return bytes.status();
  *crc = Crc32(*bytes);
  simdjson::dom::parser parser;
  simdjson::padded_string padded(*bytes);
  simdjson::dom::element root;
  if (auto error = parser.parse(padded).get(root); error) {
    return Status::InvalidInput(path + ": not JSON (" + simdjson::error_message(error) + ")");
  }
  simdjson::dom::array countries;
  if (root.get_array().get(countries) != simdjson::SUCCESS) {
    return Status::InvalidInput(path + ": expected an array of countries");
  }
  auto text = [](simdjson::dom::element e, const char* pointer) {
    std::string_view s;
    if (e.at_pointer(pointer).get_string().get(s) != simdjson::SUCCESS) return std::string_view();
    return s;
  };
  for (simdjson::dom::element c : countries) {
    const std::string_view code = text(c, "/cca2");
    if (code.size() != 2) continue;
    const uint32_t place = table->AddPlace(code, 0, PlaceKind::kCountry);
    builder->Add(text(c, "/name/common"), place, /*own_name=*/true);
    builder->Add(text(c, "/name/official"), place, /*own_name=*/true);
    simdjson::dom::array spellings;
    if (c.at_pointer("/altSpellings").get_array().get(spellings) == simdjson::SUCCESS) {
      for (simdjson::dom::element e : spellings) {
        std::string_view s;
        if (e.get_string().get(s) == simdjson::SUCCESS && IsPlausiblePlaceName(s)) {
          builder->Add(s, place);
        }
      }
    }
    ++*kept;
  }
  return Status::Ok();
}

Status ReadCities(const std::string& path, const PlaceNamesBuildOptions& options,
                  TableBuilder* builder, PlaceNames* table, size_t* kept, uint32_t* crc) {
  Result<std::string> bytes = ReadFileToString(path);
  if (!bytes.ok()) return bytes.status();
  *crc = Crc32(*bytes);
  std::string_view text = *bytes;
  size_t pos = 0, line_number = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (line.empty()) continue;
    const std::vector<std::string_view> c = Columns(line);
    auto bad = [&](const char* what) {
      return Status::InvalidInput(path + ":" + std::to_string(line_number) + ": " + what);
    };
    if (c.size() < 15) return bad("fewer than 15 tab-separated columns");
    const std::string_view population = c[14];
    if (population.empty() || population.size() > 10 ||
        population.find_first_not_of("0123456789") != std::string_view::npos) {
      return bad("population column is not a number");
    }
    const uint64_t people = std::stoull(std::string(population));
    if (people < options.min_population && !IsSeat(c[7])) continue;
    const std::string_view country = c[8];
    if (country.size() != 2 || !std::isupper(static_cast<unsigned char>(country[0])) ||
        !std::isupper(static_cast<unsigned char>(country[1]))) {
      continue;  // no country, no evidence for one
    }
    const uint32_t place = table->AddPlace(
        c[8], static_cast<uint32_t>(std::min<uint64_t>(people, UINT32_MAX)), PlaceKind::kCity);
    builder->Add(c[1], place, /*own_name=*/true);
    if (c[2] != c[1]) builder->Add(c[2], place, /*own_name=*/true);
    std::string_view alternates = c[3];
    while (!alternates.empty()) {
      const size_t comma = alternates.find(',');
      const std::string_view name = alternates.substr(0, comma);
      if (IsPlausiblePlaceName(name)) builder->Add(name, place);
      if (comma == std::string_view::npos) break;
      alternates.remove_prefix(comma + 1);
    }
    ++*kept;
  }
  return Status::Ok();
}

}  // namespace

bool IsPlausiblePlaceName(std::string_view name) {
  if (name.size() < 2 || name.size() > 64 || !StartsWithCapital(name)) return false;
  bool latin = false, cyrillic = false, lower = false;
  size_t pos = 0, letters = 0;
  char32_t prev = 0;
  while (pos < name.size()) {
    const char32_t c = utf8::Next(name, &pos);
    if (IsLatinLetter(c)) {
      latin = true;
      lower = lower || (c >= 'a' && c <= 'z') || c >= 0xDF;
      ++letters;
    } else if (IsCyrillicLetter(c)) {
      cyrillic = true;
      lower = lower || c >= 0x430;
      ++letters;
    } else if (c == ' ' || c == '-' || c == '\'' || c == 0x2019 || c == 0x2BC) {
      if (prev == ' ' || prev == '-') return false;  // "a  b", "--"
    } else if (c == '.') {
      // An abbreviation dot ("St. Petersburg"), never a domain ("kyiv.ua").
      if (pos < name.size() && name[pos] != ' ') return false;
    } else {
      return false;  // digits, slashes, brackets, other scripts
    }
    prev = c;
  }
  if (latin == cyrillic) return false;  // none, or mixed scripts
  // "IEV", "DNK", "KBP": codes, not names.
  if (!lower && letters <= 5) return false;
  return true;
}

Result<PlaceNames> BuildPlaceNames(const std::string& dir, const PlaceNamesBuildOptions& options,
                                   std::vector<std::pair<std::string, std::string>>* provenance) {
  if (!options.key) return Status::InvalidInput("BuildPlaceNames: no key function");
  PlaceNames table;
  TableBuilder builder(options, &table);
  size_t countries = 0, cities = 0;
  uint32_t countries_crc = 0, cities_crc = 0;
  if (Status s =
          ReadCountries(dir + "/" + kCountriesFile, &builder, &table, &countries, &countries_crc);
      !s.ok()) {
    return s;
  }
  if (Status s =
          ReadCities(dir + "/" + kCitiesFile, options, &builder, &table, &cities, &cities_crc);
      !s.ok()) {
    return s;
  }
  const size_t dropped = table.Finish(options.max_shared);
  // Which key function made the keys (place_names.h: Load refuses a table made by another).
  provenance->emplace_back("name_key", PlaceKeyFingerprint(options.key));
  provenance->emplace_back(std::string("gazetteer:") + kCountriesFile,
                           "crc32 " + Hex(countries_crc) + ", " + std::to_string(countries) +
                               " countries; ODbL 1.0 (mledoze/countries)");
  provenance->emplace_back(
      std::string("gazetteer:") + kCitiesFile,
      "crc32 " + Hex(cities_crc) + ", " + std::to_string(cities) +
          " places with population >= " + std::to_string(options.min_population) +
          " or a capital or PPLA/PPLA2 seat; CC BY 4.0 (geonames.org)");
  provenance->emplace_back("names", std::to_string(table.num_names()) + " (key, place) pairs; " +
                                        std::to_string(dropped) + " keys shared by more than " +
                                        std::to_string(options.max_shared) + " places left out");
  return table;
}

}  // namespace corroborate::nlp
