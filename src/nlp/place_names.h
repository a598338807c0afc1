// The place-name table (models/places.bin): which populated places and countries a name may
// stand for, so that the spellings of one place across outlets and eras ("Kyiv"/"Kiev",
// "Bakhmut"/"Artemivsk", "Pokrovsk"/"Krasnoarmeysk", "Покровськ") are known to be the same
// place. Built by `corroborate train places` from GeoNames (place_names_build.h).
//
// Names are stored as 64-bit hashes of a caller-supplied key (reconcile/ uses NameKey, which
// folds case, diacritics, script and transliteration differences), so the file holds no name
// text; lookups must use the key function the table was built with (its "key" meta value).
// A key lists every place that bears the name, so "Krasnoarmeysk" gives the Ukrainian town
// now called Pokrovsk and two Russian towns: choosing among them is the caller's job.
//
// A name is the place's own ("Pokrovsk") or one of its other names ("Krasnoarmeysk"); callers
// prefer the town whose own name it is when several bear it.
//
// The keys are only as good as the key function: if NameKey changes, an old table silently
// stops matching. So the table records which key function made it, as a fingerprint of the
// keys it gives a fixed list of probe names (meta "name_key", PlaceKeyFingerprint), and Load
// refuses a table whose fingerprint differs from the one this build uses
// (kPlaceKeyFingerprint; tests/reconcile/name_key_fingerprint_test.cc keeps that constant equal
// to NameKey's fingerprint, so changing NameKey without rebuilding the table fails a test).
//
// Layout: sections "places.country" (u16 per place, two ASCII letters), "places.population"
// (u32 per place), "places.kind" (u8: city, country), "names.keys" (u64, sorted) and
// "names.places" (u32 per key: place index, top bit set for the place's own name). Load checks
// lengths, order and indices.
// Cost: Find is a binary search (O(log names)); Load is one read plus array copies.
// Thread-safety: immutable after Load.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "nlp/model_file.h"

namespace corroborate::nlp {

enum class PlaceKind : uint8_t { kCity = 0, kCountry = 1 };

struct PlaceInfo {
  char country[3] = {0, 0, 0};  // ISO 3166-1 alpha-2, "UA"
  uint32_t population = 0;
  PlaceKind kind = PlaceKind::kCity;
};

// The fingerprint of the name key this build looks places up with (reconcile's NameKey). Change
// it (to what the failing fingerprint test prints) whenever NameKey changes, then run
// `corroborate train places`.
inline constexpr std::string_view kPlaceKeyFingerprint = "name-key dc74fc8f";

// "name-key 1a2b3c4d": FNV-1a over what `key` gives a fixed list of probe names that exercise
// case, diacritics, scripts, possessives and transliteration variants.
std::string PlaceKeyFingerprint(const std::function<std::string(std::string_view)>& key);

// The 64-bit hash a key is stored under.
uint64_t PlaceKeyHash(std::string_view key);

class PlaceNames {
 public:
  // Adds a place; returns its index.
  uint32_t AddPlace(std::string_view country, uint32_t population, PlaceKind kind);
  // Records that key names place, as its own name or another (duplicates are merged at
  // Finish, an own name winning).
  void AddName(std::string_view key, uint32_t place, bool own_name = false);
  // Sorts and deduplicates the names; drops keys shared by more than max_shared places
  // (names like "San Jose" that tell nothing about which place is meant). Returns the number
  // of keys dropped.
  size_t Finish(uint32_t max_shared);

  // The places a key names, in index order, as entries: PlaceOf(entry), IsOwnName(entry).
  // Empty when unknown.
  std::span<const uint32_t> Find(std::string_view key) const;
  static constexpr uint32_t kOwnNameBit = 1u << 31;
  static uint32_t PlaceOf(uint32_t entry) { return entry & ~kOwnNameBit; }
  static bool IsOwnName(uint32_t entry) { return (entry & kOwnNameBit) != 0; }
  PlaceInfo place(uint32_t index) const;  // an index or an entry of Find
  size_t num_places() const { return country_.size(); }
  size_t num_names() const { return keys_.size(); }
  bool empty() const { return keys_.empty(); }

  // meta without a "name_key" entry is stamped with kPlaceKeyFingerprint.
  Status Save(const std::string& path,
              const std::vector<std::pair<std::string, std::string>>& meta) const;
  std::string Serialize(const std::vector<std::pair<std::string, std::string>>& meta) const;
  // Fails, naming the file, when its "name_key" differs from name_key: "models/places.bin:
  // built with name-key 1a2b3c4d, this build uses name-key 5e6f7a8b: run `corroborate train
  // places`".
  static Result<PlaceNames> Load(const std::string& path,
                                 std::string_view name_key = kPlaceKeyFingerprint);
  static Result<PlaceNames> FromModelFile(const ModelFile& file,
                                          std::string_view name_key = kPlaceKeyFingerprint);

 private:
  std::vector<uint16_t> country_;
  std::vector<uint32_t> population_;
  std::vector<uint8_t> kind_;
  std::vector<uint64_t> keys_;  // sorted; equal keys adjacent
  std::vector<uint32_t> places_;
};

}  // namespace corroborate::nlp
