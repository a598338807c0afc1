// The place-name table: which alternate names are kept, building from a small GeoNames-shaped
// gazetteer of fictional towns, the same bytes twice, and a clear error for damaged files.
#include "nlp/place_names.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/strings.h"
#include "nlp/model_file.h"
#include "nlp/place_names_build.h"

namespace corroborate::nlp {
namespace {

namespace fs = std::filesystem;

TEST(PlausiblePlaceNameTest, KeepsNamesNewsTextCouldSpell) {
  for (const char* name :
       {"Krasnoselsk", "Novoselsk", "Velyki Sorochyntsi", "Bilohirs'k", "Bilohirs\u2019k",
        "St. Arlen", "Port-Arlen",
        "\u041a\u0440\u0430\u0441\u043d\u043e\u0441\u0435\u043b\u044c\u0441\u043a", "Lw\u00f3w",
        "\u0141\u00f3d\u017a", "Ostrava", "Aa"}) {
    EXPECT_TRUE(IsPlausiblePlaceName(name)) << name;
  }
}

TEST(PlausiblePlaceNameTest, DropsCodesRomanisationsAndOtherScripts) {
  for (const char* name :
       {"IEV", "KBP", "DNK", "bo ke luo fu si ke", "kurasunoserusuku", "Krasnoselsk 2",
        "http://krasnoselsk.example", "krasnoselsk.example", "Velgrad/Velhorod", "Velgrad (old)",
        "\u5317\u4eac", "\u0643\u064a\u064a\u0641",
        "K\u0440\u0430\u0441\u043d\u043e",  // Latin K, then Cyrillic: mixed scripts
        "A", "", "Port--Arlen", "Port  Arlen"}) {
    EXPECT_FALSE(IsPlausiblePlaceName(name)) << name;
  }
}

// A fictional gazetteer in GeoNames' cities1000 and world-countries' layouts.
class PlaceNamesBuildTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        fs::temp_directory_path() /
        ("place_names_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_ / "geonames-cities1000");
    fs::create_directories(dir_ / "world-countries");
    std::ofstream countries(dir_ / "world-countries/countries.json");
    countries << R"([{"name": {"common": "Ukraine", "official": "Ukraine"}, "cca2": "UA",
                     "altSpellings": ["UA", "Ukrayina"]},
                    {"name": {"common": "Russia", "official": "Russian Federation"},
                     "cca2": "RU", "altSpellings": ["RU", "Rossiya"]}])";
    std::ofstream cities(dir_ / "geonames-cities1000/cities1000.txt");
    // id, name, ascii, alternates, lat, lon, class, code, country, cc2, admin1-4, population…
    auto line = [&](const std::string& name, const std::string& alternates, const std::string& code,
                    const std::string& country, int population) {
      cities << "1\t" << name << '\t' << name << '\t' << alternates << "\t48.0\t37.0\tP\t" << code
             << '\t' << country << "\t\t05\t\t\t\t" << population << "\t\t100\tEurope/Kiev"
             << "\t2020-03-08\n";
    };
    line("Novoselsk", "Krasnoselsk,IEV,bo ke luo fu si ke,Krasnoselsk 2", "PPLA2", "UA", 61000);
    line("Krasnoselsk", "", "PPL", "RU", 24000);
    line("Tiny Seat", "Seatville", "PPLA2", "UA", 1500);     // a seat: kept though small
    line("Tiny Village", "Villagetown", "PPL", "UA", 1500);  // neither: left out
    for (int i = 0; i < 3; ++i) line("Zarichne", "", "PPL", "UA", 12000 + i);
  }
  void TearDown() override { fs::remove_all(dir_); }

  static std::string TestKeyFingerprint() {
    return PlaceKeyFingerprint([](std::string_view name) { return AsciiLower(name); });
  }

  Result<PlaceNames> Build(uint32_t max_shared = 8) {
    PlaceNamesBuildOptions options;
    options.min_population = 10000;
    options.max_shared = max_shared;
    options.key = [](std::string_view name) { return AsciiLower(name); };
    meta_.clear();
    return BuildPlaceNames(dir_.string(), options, &meta_);
  }

  std::vector<std::string> Countries(const PlaceNames& t, std::string_view key) {
    std::vector<std::string> out;
    for (uint32_t p : t.Find(key)) out.push_back(t.place(p).country);
    return out;
  }

  fs::path dir_;
  std::vector<std::pair<std::string, std::string>> meta_;
};

TEST_F(PlaceNamesBuildTest, FindsEveryPlaceANameStandsFor) {
  Result<PlaceNames> t = Build();
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_EQ(Countries(*t, "novoselsk"), std::vector<std::string>{"UA"});
  // The Ukrainian town's old name is also a Russian town's name.
  EXPECT_EQ(Countries(*t, "krasnoselsk"), (std::vector<std::string>{"UA", "RU"}));
  EXPECT_EQ(PlaceNames::PlaceOf(t->Find("novoselsk")[0]),
            PlaceNames::PlaceOf(t->Find("krasnoselsk")[0]));
  // Novoselsk's own name; Krasnoselsk is its other name and the Russian town's own.
  EXPECT_TRUE(PlaceNames::IsOwnName(t->Find("novoselsk")[0]));
  EXPECT_FALSE(PlaceNames::IsOwnName(t->Find("krasnoselsk")[0]));
  EXPECT_TRUE(PlaceNames::IsOwnName(t->Find("krasnoselsk")[1]));
  EXPECT_EQ(t->place(t->Find("krasnoselsk")[1]).population, 24000u);
  EXPECT_EQ(Countries(*t, "russian federation"), std::vector<std::string>{"RU"});
  EXPECT_EQ(t->place(t->Find("ukraine")[0]).kind, PlaceKind::kCountry);
  EXPECT_EQ(Countries(*t, "seatville"), std::vector<std::string>{"UA"});
  EXPECT_TRUE(t->Find("villagetown").empty());
  EXPECT_TRUE(t->Find("tiny village").empty());
  EXPECT_TRUE(t->Find("iev").empty());
  EXPECT_TRUE(t->Find("bo ke luo fu si ke").empty());
  EXPECT_TRUE(t->Find("ua").empty());  // two-letter codes are not names
  EXPECT_EQ(Countries(*t, "zarichne").size(), 3u);
}

TEST_F(PlaceNamesBuildTest, DropsNamesSharedByTooManyPlaces) {
  Result<PlaceNames> t = Build(/*max_shared=*/2);
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_TRUE(t->Find("zarichne").empty());
  EXPECT_EQ(Countries(*t, "krasnoselsk").size(), 2u);
}

TEST_F(PlaceNamesBuildTest, SameBytesTwiceAndARoundTrip) {
  Result<PlaceNames> a = Build();
  const auto meta_a = meta_;
  Result<PlaceNames> b = Build();
  ASSERT_TRUE(a.ok() && b.ok());
  const std::string bytes = a->Serialize(meta_a);
  EXPECT_EQ(bytes, b->Serialize(meta_));
  const std::string path = (dir_ / "places.bin").string();
  ASSERT_TRUE(a->Save(path, meta_a).ok());
  // Built with this test's key (lower case), so loaded with that key's fingerprint.
  Result<PlaceNames> loaded = PlaceNames::Load(path, TestKeyFingerprint());
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded->num_names(), a->num_names());
  EXPECT_EQ(loaded->num_places(), a->num_places());
  EXPECT_EQ(Countries(*loaded, "krasnoselsk"), (std::vector<std::string>{"UA", "RU"}));
  EXPECT_EQ(loaded->Serialize(meta_a), bytes);
}

// A table made with another key function than the one this build looks names up with would
// silently match nothing: the loader refuses it, naming the file and the fix.
TEST_F(PlaceNamesBuildTest, TableFromAnotherNameKeyIsRefused) {
  Result<PlaceNames> t = Build();
  ASSERT_TRUE(t.ok());
  auto stamp = std::find_if(meta_.begin(), meta_.end(),
                            [](const auto& kv) { return kv.first == "name_key"; });
  ASSERT_NE(stamp, meta_.end()) << "the build records its key function";
  EXPECT_EQ(stamp->second, TestKeyFingerprint());
  EXPECT_NE(stamp->second, std::string(kPlaceKeyFingerprint));  // lower case is not NameKey
  const std::string path = (dir_ / "places.bin").string();
  ASSERT_TRUE(t->Save(path, meta_).ok());
  Result<PlaceNames> stale = PlaceNames::Load(path);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.status().message(), path + ": built with " + TestKeyFingerprint() +
                                          ", this build uses " + std::string(kPlaceKeyFingerprint) +
                                          ": run `corroborate train places`");
  // An older table without the stamp is refused the same way.
  Result<ModelFile> old = ModelFile::Parse(t->Serialize({{"name_key", ""}}), path, "places");
  ASSERT_TRUE(old.ok());
  Result<PlaceNames> unstamped = PlaceNames::FromModelFile(*old);
  ASSERT_FALSE(unstamped.ok());
  EXPECT_NE(unstamped.status().message().find("built with no name-key fingerprint"),
            std::string::npos)
      << unstamped.status().message();
  // Stamped with today's key, it loads.
  EXPECT_TRUE(PlaceNames::Load(path, TestKeyFingerprint()).ok());
}

TEST(PlaceKeyFingerprintTest, DependsOnTheKeyFunction) {
  auto lower = [](std::string_view n) { return AsciiLower(n); };
  auto upper = [](std::string_view n) {
    std::string s(n);
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
  };
  EXPECT_EQ(PlaceKeyFingerprint(lower), PlaceKeyFingerprint(lower));
  EXPECT_NE(PlaceKeyFingerprint(lower), PlaceKeyFingerprint(upper));
  EXPECT_EQ(PlaceKeyFingerprint(lower).size(), std::string("name-key 0123abcd").size());
}

TEST_F(PlaceNamesBuildTest, BadGazetteerLineIsNamed) {
  std::ofstream(dir_ / "geonames-cities1000/cities1000.txt", std::ios::app)
      << "2\tBroken\tBroken\t\t1\t2\tP\tPPL\tUA\t\t\t\t\t\tmany\n";
  Result<PlaceNames> t = Build();
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.status().message().find("cities1000.txt:8: population column is not a number"),
            std::string::npos)
      << t.status().message();
}

std::string LoadError(const std::string& bytes) {
  Result<ModelFile> file = ModelFile::Parse(bytes, "models/places.bin", "places");
  if (!file.ok()) return file.status().message();
  Result<PlaceNames> t = PlaceNames::FromModelFile(*file);
  return t.ok() ? "" : t.status().message();
}

PlaceNames SmallTable() {
  PlaceNames t;
  const uint32_t a = t.AddPlace("UA", 61000, PlaceKind::kCity);
  const uint32_t b = t.AddPlace("RU", 24000, PlaceKind::kCity);
  t.AddName("novoselsk", a);
  t.AddName("krasnoselsk", a);
  t.AddName("krasnoselsk", b);
  t.Finish(8);
  return t;
}

TEST(PlaceNamesLoadTest, DamageGivesOneLineNamingTheFile) {
  const std::string good = SmallTable().Serialize({{"key", "test"}});
  EXPECT_EQ(LoadError(good), "");
  std::string truncated = good.substr(0, good.size() / 2);
  EXPECT_EQ(LoadError(truncated).rfind("models/places.bin: ", 0), 0u) << LoadError(truncated);
  std::string flipped = good;
  flipped[flipped.size() - 3] ^= 0x40;
  EXPECT_EQ(LoadError(flipped).rfind("models/places.bin: ", 0), 0u);
  // A well-formed file whose keys are out of order, or whose names point past the places.
  auto crafted = [](std::vector<uint64_t> keys, std::vector<uint32_t> places) {
    ModelWriter w("places");
    auto add = [&](const char* name, const auto& values) {
      ByteWriter b;
      b.Array(values);
      w.AddSection(name, std::move(b.bytes()));
    };
    add("places.country", std::vector<uint16_t>{('U' << 8) | 'A'});
    add("places.population", std::vector<uint32_t>{1000});
    add("places.kind", std::vector<uint8_t>{0});
    add("names.keys", keys);
    add("names.places", places);
    w.AddMeta("name_key", std::string(kPlaceKeyFingerprint));
    return w.Serialize();
  };
  EXPECT_EQ(LoadError(crafted({1, 2}, {0, 0})), "");
  EXPECT_EQ(LoadError(crafted({2, 1}, {0, 0})),
            "models/places.bin: section 'names.keys': not sorted");
  EXPECT_EQ(LoadError(crafted({1, 2}, {0, 5})),
            "models/places.bin: section 'names.places': place index out of range");
  EXPECT_EQ(LoadError(crafted({1, 2}, {0})), "models/places.bin: name sections differ in length");
  // Another model's file.
  ModelWriter tagger("tagger");
  tagger.AddSection("x", "y");
  Result<ModelFile> other = ModelFile::Parse(tagger.Serialize(), "models/places.bin", "");
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(PlaceNames::FromModelFile(*other).status().message(),
            "models/places.bin: is a 'tagger' model, not a place-name table");
}

TEST(PlaceNamesLoadTest, MissingFileIsNamed) {
  Result<PlaceNames> t = PlaceNames::Load("/nonexistent/models/places.bin");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().message().rfind("/nonexistent/models/places.bin", 0), 0u)
      << t.status().message();
}

// The shipped table, when the models are present: the renamings news text uses.
TEST(ShippedPlaceNamesTest, KnowsRenamedTowns) {
  const std::string path = std::string(CORROBORATE_SOURCE_DIR) + "/models/places.bin";
  if (!fs::exists(path)) GTEST_SKIP() << path << " not built (corroborate train places)";
  Result<PlaceNames> t = PlaceNames::Load(path);
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_GT(t->num_places(), 10000u);
}

}  // namespace
}  // namespace corroborate::nlp
