// The place-name table; see place_names.h.
#include "nlp/place_names.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

#include "nlp/feature_key.h"

namespace corroborate::nlp {
namespace {

constexpr const char* kKind = "places";
constexpr uint32_t kKeyTemplate = 0x504C4E4D;  // "PLNM": keeps place keys apart from features
// Far above any real table (GeoNames lists ~13 million names), so a damaged count is refused
// before anything is allocated.
constexpr uint64_t kMaxEntries = 1ull << 26;

uint16_t PackCountry(std::string_view code) {
  if (code.size() != 2) return 0;
  return static_cast<uint16_t>(static_cast<unsigned char>(code[0]) << 8 |
                               static_cast<unsigned char>(code[1]));
}

bool IsCountryCode(uint16_t packed) {
  const char a = static_cast<char>(packed >> 8), b = static_cast<char>(packed & 0xFF);
  return packed == 0 || (a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z');
}

}  // namespace

uint64_t PlaceKeyHash(std::string_view key) { return FeatureKey(kKeyTemplate, key); }

std::string PlaceKeyFingerprint(const std::function<std::string(std::string_view)>& key) {
  // Spellings whose keys depend on every folding step: case, possessives, diacritics, Cyrillic,
  // hyphens and dots, and the romanisation variants (y/i, kh/h, w/v, -off/-ov, doubled letters).
  static constexpr std::string_view kProbes[] = {"Kyiv",
                                                 "Kiev",
                                                 "\u041a\u0438\u0457\u0432",
                                                 "Yanukovych\u2019s",
                                                 "Rachmaninoff",
                                                 "Kramatorsk",
                                                 "Yeysk",
                                                 "\u0425\u0430\u0440\u043a\u0456\u0432",
                                                 "Kharkiv",
                                                 "Mykolaiv",
                                                 "Nikolaev",
                                                 "Zaporizhzhia",
                                                 "S\u00e3o Paulo",
                                                 "Z\u00fcrich",
                                                 "\u0141\u00f3d\u017a",
                                                 "St. Petersburg",
                                                 "Saint-Petersburg",
                                                 "Ivano-Frankivsk",
                                                 "Khmelnytskyi",
                                                 "Bilhorod-Dnistrovskyi",
                                                 "Chi\u0219in\u0103u",
                                                 "Gda\u0144sk",
                                                 "D\u00fcsseldorf",
                                                 "the Hague",
                                                 "AL-HUDAYDAH",
                                                 "Shcherbakov",
                                                 "Tbilisi",
                                                 "Artemivsk"};
  uint32_t h = 2166136261u;
  for (std::string_view probe : kProbes) {
    for (unsigned char c : key(probe) + '\n') {
      h ^= c;
      h *= 16777619u;
    }
  }
  char out[24];
  std::snprintf(out, sizeof out, "name-key %08x", h);
  return out;
}

uint32_t PlaceNames::AddPlace(std::string_view country, uint32_t population, PlaceKind kind) {
  country_.push_back(PackCountry(country));
  population_.push_back(population);
  kind_.push_back(static_cast<uint8_t>(kind));
  return static_cast<uint32_t>(country_.size() - 1);
}

void PlaceNames::AddName(std::string_view key, uint32_t place, bool own_name) {
  if (key.empty() || place >= country_.size()) return;
  keys_.push_back(PlaceKeyHash(key));
  places_.push_back(place | (own_name ? kOwnNameBit : 0));
}

size_t PlaceNames::Finish(uint32_t max_shared) {
  std::vector<std::pair<uint64_t, uint32_t>> entries(keys_.size());
  for (size_t i = 0; i < keys_.size(); ++i) entries[i] = {keys_[i], places_[i]};
  // By key, then place, the own-name entry first; then one entry per (key, place).
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    if (PlaceOf(a.second) != PlaceOf(b.second)) return PlaceOf(a.second) < PlaceOf(b.second);
    return IsOwnName(a.second) > IsOwnName(b.second);
  });
  entries.erase(std::unique(entries.begin(), entries.end(),
                            [](const auto& a, const auto& b) {
                              return a.first == b.first && PlaceOf(a.second) == PlaceOf(b.second);
                            }),
                entries.end());
  keys_.clear();
  places_.clear();
  size_t dropped = 0;
  for (size_t i = 0; i < entries.size();) {
    size_t j = i;
    while (j < entries.size() && entries[j].first == entries[i].first) ++j;
    if (j - i > max_shared) {
      ++dropped;
    } else {
      for (size_t k = i; k < j; ++k) {
        keys_.push_back(entries[k].first);
        places_.push_back(entries[k].second);
      }
    }
    i = j;
  }
  return dropped;
}

std::span<const uint32_t> PlaceNames::Find(std::string_view key) const {
  if (key.empty()) return {};
  const uint64_t h = PlaceKeyHash(key);
  auto [lo, hi] = std::equal_range(keys_.begin(), keys_.end(), h);
  const size_t b = static_cast<size_t>(lo - keys_.begin());
  return std::span<const uint32_t>(places_).subspan(b, static_cast<size_t>(hi - lo));
}

PlaceInfo PlaceNames::place(uint32_t index) const {
  PlaceInfo info;
  index = PlaceOf(index);
  if (index >= country_.size()) return info;
  const uint16_t c = country_[index];
  if (c != 0) {
    info.country[0] = static_cast<char>(c >> 8);
    info.country[1] = static_cast<char>(c & 0xFF);
  }
  info.population = population_[index];
  info.kind = static_cast<PlaceKind>(kind_[index]);
  return info;
}

std::string PlaceNames::Serialize(
    const std::vector<std::pair<std::string, std::string>>& meta) const {
  ModelWriter writer(kKind);
  auto add = [&](const char* name, const auto& values) {
    ByteWriter w;
    w.Array(values);
    writer.AddSection(name, std::move(w.bytes()));
  };
  add("places.country", country_);
  add("places.population", population_);
  add("places.kind", kind_);
  add("names.keys", keys_);
  add("names.places", places_);
  bool stamped = false;
  for (const auto& [key, value] : meta) {
    writer.AddMeta(key, value);
    stamped = stamped || key == "name_key";
  }
  if (!stamped) writer.AddMeta("name_key", std::string(kPlaceKeyFingerprint));
  return writer.Serialize();
}

Status PlaceNames::Save(const std::string& path,
                        const std::vector<std::pair<std::string, std::string>>& meta) const {
  return WriteFileAtomically(path, Serialize(meta));
}

Result<PlaceNames> PlaceNames::Load(const std::string& path, std::string_view name_key) {
  Result<ModelFile> file = ModelFile::Load(path, kKind);
  if (!file.ok()) return file.status();
  return FromModelFile(*file, name_key);
}

Result<PlaceNames> PlaceNames::FromModelFile(const ModelFile& file, std::string_view name_key) {
  if (file.kind() != kKind) {
    return file.Error("is a '" + file.kind() + "' model, not a place-name table");
  }
  PlaceNames t;
  auto read = [&](const char* name, auto* values) -> Status {
    ByteReader r = file.Reader(name);
    r.Array(values, kMaxEntries);
    if (r.ok() && !r.AtEnd()) r.Fail("trailing bytes");
    return r.ok() ? Status::Ok() : file.Error(r.error());
  };
  if (Status s = read("places.country", &t.country_); !s.ok()) return s;
  if (Status s = read("places.population", &t.population_); !s.ok()) return s;
  if (Status s = read("places.kind", &t.kind_); !s.ok()) return s;
  if (Status s = read("names.keys", &t.keys_); !s.ok()) return s;
  if (Status s = read("names.places", &t.places_); !s.ok()) return s;
  const size_t n = t.country_.size();
  if (t.population_.size() != n || t.kind_.size() != n) {
    return file.Error("place sections differ in length");
  }
  if (t.places_.size() != t.keys_.size()) return file.Error("name sections differ in length");
  for (size_t i = 0; i < n; ++i) {
    if (!IsCountryCode(t.country_[i]))
      return file.Error("place " + std::to_string(i) + ": bad country code");
    if (t.kind_[i] > static_cast<uint8_t>(PlaceKind::kCountry)) {
      return file.Error("place " + std::to_string(i) + ": unknown kind");
    }
  }
  if (!std::is_sorted(t.keys_.begin(), t.keys_.end())) {
    return file.Error("section 'names.keys': not sorted");
  }
  for (uint32_t p : t.places_) {
    if (PlaceOf(p) >= n) return file.Error("section 'names.places': place index out of range");
  }
  // Last, so that a stale table still reads as well formed in tools that inspect it.
  if (const std::string built = file.Meta("name_key"); built != name_key) {
    return file.Error(
        "built with " +
        (built.empty() ? std::string("no name-key fingerprint (an older table)") : built) +
        ", this build uses " + std::string(name_key) + ": run `corroborate train places`");
  }
  return t;
}

}  // namespace corroborate::nlp
