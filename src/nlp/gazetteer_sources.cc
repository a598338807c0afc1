// Gazetteer from GeoNames and world-countries; see gazetteer_sources.h.
#include "nlp/gazetteer_sources.h"

#include <simdjson.h>

#include <cstdio>
#include <string>

#include "core/read_file.h"
#include "nlp/model_file.h"
#include "nlp/tagger_features.h"

namespace corroborate::nlp {
namespace {

constexpr const char* kCitiesFile = "geonames-cities1000/cities1000.txt";
constexpr const char* kAdmin1File = "geonames-cities1000/admin1.json";
constexpr const char* kCountriesFile = "world-countries/countries.json";

std::string Hex(uint32_t crc) {
  char hex[16];
  std::snprintf(hex, sizeof hex, "%08x", crc);
  return hex;
}

// Column `index` of a tab-separated line ("" when missing).
std::string_view Column(std::string_view line, int index) {
  size_t pos = 0;
  for (int i = 0; i < index; ++i) {
    pos = line.find('\t', pos);
    if (pos == std::string_view::npos) return {};
    ++pos;
  }
  const size_t end = line.find('\t', pos);
  return line.substr(pos, end == std::string_view::npos ? line.size() - pos : end - pos);
}

class Builder {
 public:
  Builder(const GazetteerSourceOptions& options, Gazetteer* gazetteer)
      : options_(options), gazetteer_(gazetteer) {}

  // Adds a place name unless it is one common word.
  void AddPlace(std::string_view name, GazetteerKind kind) {
    if (name.empty()) return;
    if (options_.is_common_word && name.find(' ') == std::string_view::npos &&
        options_.is_common_word(NormalizeWord(name))) {
      ++skipped_common_;
      return;
    }
    gazetteer_->Add(name, kind);
  }
  void Add(std::string_view name, GazetteerKind kind) {
    if (!name.empty()) gazetteer_->Add(name, kind);
  }
  size_t skipped_common() const { return skipped_common_; }

 private:
  const GazetteerSourceOptions& options_;
  Gazetteer* gazetteer_;
  size_t skipped_common_ = 0;
};

Status ReadCities(const std::string& path, uint32_t min_population, Builder* builder, size_t* kept,
                  uint32_t* crc) {
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
    const std::string_view population = Column(line, 14);
    if (population.empty() || population.find_first_not_of("0123456789") != std::string::npos) {
      return Status::InvalidInput(path + ":" + std::to_string(line_number) +
                                  ": population column is not a number");
    }
    if (population.size() < 10 && std::stoul(std::string(population)) < min_population) continue;
    const std::string_view name = Column(line, 1), ascii = Column(line, 2);
    builder->AddPlace(name, GazetteerKind::kCity);
    if (ascii != name) builder->AddPlace(ascii, GazetteerKind::kCity);
    ++*kept;
  }
  return Status::Ok();
}

// Parses a JSON file, keeping the parser alive with the document.
struct JsonFile {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  uint32_t crc = 0;
};

Status ParseJson(const std::string& path, JsonFile* out) {
  Result<std::string> bytes = ReadFileToString(path);
  if (!bytes.ok()) return bytes.status();
  out->crc = Crc32(*bytes);
  simdjson::padded_string padded(*bytes);
  if (auto error = out->parser.parse(padded).get(out->root); error) {
    return Status::InvalidInput(path + ": not JSON (" + simdjson::error_message(error) + ")");
  }
  return Status::Ok();
}

std::string_view StringAt(simdjson::dom::element e, std::string_view pointer) {
  std::string_view s;
  if (e.at_pointer(pointer).get_string().get(s) != simdjson::SUCCESS) return {};
  return s;
}

Status ReadAdmin1(const std::string& path, Builder* builder, size_t* kept, uint32_t* crc) {
  JsonFile json;
  if (Status s = ParseJson(path, &json); !s.ok()) return s;
  *crc = json.crc;
  simdjson::dom::array entries;
  if (json.root.get_array().get(entries) != simdjson::SUCCESS) {
    return Status::InvalidInput(path + ": expected an array of {code, name}");
  }
  for (simdjson::dom::element entry : entries) {
    builder->AddPlace(StringAt(entry, "/name"), GazetteerKind::kRegion);
    ++*kept;
  }
  return Status::Ok();
}

// Splits "Antiguan, Barbudan" and "Kittitian or Nevisian" into single demonyms.
std::vector<std::string> SplitAlternatives(std::string_view s) {
  std::vector<std::string> out;
  std::string current;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t end = s.find_first_of(",", pos);
    if (end == std::string_view::npos) end = s.size();
    std::string_view part = s.substr(pos, end - pos);
    for (size_t or_pos; (or_pos = part.find(" or ")) != std::string_view::npos;) {
      out.emplace_back(part.substr(0, or_pos));
      part.remove_prefix(or_pos + 4);
    }
    out.emplace_back(part);
    pos = end + 1;
  }
  for (std::string& o : out) {
    while (!o.empty() && o.front() == ' ') o.erase(o.begin());
    while (!o.empty() && o.back() == ' ') o.pop_back();
  }
  return out;
}

Status ReadCountries(const std::string& path, Builder* builder, size_t* kept, uint32_t* crc) {
  JsonFile json;
  if (Status s = ParseJson(path, &json); !s.ok()) return s;
  *crc = json.crc;
  simdjson::dom::array countries;
  if (json.root.get_array().get(countries) != simdjson::SUCCESS) {
    return Status::InvalidInput(path + ": expected an array of countries");
  }
  for (simdjson::dom::element c : countries) {
    builder->Add(StringAt(c, "/name/common"), GazetteerKind::kCountry);
    builder->Add(StringAt(c, "/name/official"), GazetteerKind::kCountry);
    simdjson::dom::array spellings;
    if (c.at_pointer("/altSpellings").get_array().get(spellings) == simdjson::SUCCESS) {
      for (simdjson::dom::element e : spellings) {
        std::string_view s;
        // Two-letter codes ("IN", "IT") would mark common words.
        if (e.get_string().get(s) == simdjson::SUCCESS && s.size() > 2) {
          builder->Add(s, GazetteerKind::kCountry);
        }
      }
    }
    for (const char* pointer : {"/demonyms/eng/m", "/demonyms/eng/f"}) {
      for (const std::string& demonym : SplitAlternatives(StringAt(c, pointer))) {
        builder->Add(demonym, GazetteerKind::kDemonym);
        builder->Add(DemonymPlural(demonym), GazetteerKind::kDemonym);
      }
    }
    builder->Add(StringAt(c, "/region"), GazetteerKind::kRegion);
    builder->Add(StringAt(c, "/subregion"), GazetteerKind::kRegion);
    ++*kept;
  }
  return Status::Ok();
}

}  // namespace

std::string DemonymPlural(std::string_view d) {
  if (d.empty() || d.ends_with("ese") || d.ends_with("sh") || d.ends_with("s") ||
      d.ends_with("x") || d.ends_with("tch") || d.ends_with("nch") || d.ends_with("y")) {
    return "";
  }
  if (d.ends_with("man")) return std::string(d.substr(0, d.size() - 3)) + "men";
  return std::string(d) + "s";
}

Result<Gazetteer> BuildGazetteer(const std::string& dir, const GazetteerSourceOptions& options,
                                 std::vector<std::pair<std::string, std::string>>* provenance) {
  Gazetteer gazetteer;
  Builder builder(options, &gazetteer);
  size_t cities = 0, admin1 = 0, countries = 0;
  uint32_t cities_crc = 0, admin1_crc = 0, countries_crc = 0;
  if (Status s = ReadCountries(dir + "/" + kCountriesFile, &builder, &countries, &countries_crc);
      !s.ok()) {
    return s;
  }
  if (Status s = ReadAdmin1(dir + "/" + kAdmin1File, &builder, &admin1, &admin1_crc); !s.ok()) {
    return s;
  }
  if (Status s = ReadCities(dir + "/" + kCitiesFile, options.min_population, &builder, &cities,
                            &cities_crc);
      !s.ok()) {
    return s;
  }
  provenance->emplace_back(std::string("gazetteer:") + kCountriesFile,
                           "crc32 " + Hex(countries_crc) + ", " + std::to_string(countries) +
                               " countries; ODbL 1.0 (mledoze/countries, world-countries 5.1.0)");
  provenance->emplace_back(std::string("gazetteer:") + kAdmin1File,
                           "crc32 " + Hex(admin1_crc) + ", " + std::to_string(admin1) +
                               " regions; CC BY 4.0 (geonames.org)");
  provenance->emplace_back(
      std::string("gazetteer:") + kCitiesFile,
      "crc32 " + Hex(cities_crc) + ", " + std::to_string(cities) + " places with population >= " +
          std::to_string(options.min_population) + "; CC BY 4.0 (geonames.org)");
  provenance->emplace_back("gazetteer:names", std::to_string(gazetteer.num_names()) + " names, " +
                                                  std::to_string(builder.skipped_common()) +
                                                  " common one-word place names left out");
  return gazetteer;
}

}  // namespace corroborate::nlp
