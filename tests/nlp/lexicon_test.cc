// The word-sense lexicon: building from a tiny hand-written database in WordNet's file layout
// (synthetic synsets and offsets, not WordNet's text), what links and what stays apart, the
// same bytes twice, lookups of inflected forms, and clear errors for damaged or missing files.
#include "nlp/lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <span>
#include <string>
#include <vector>

#include "nlp/lexicon_build.h"
#include "nlp/model_file.h"

namespace corroborate::nlp {
namespace {

namespace fs = std::filesystem;

bool Share(const Lexicon& lex, const std::string& a, const std::string& b) {
  std::span<const uint32_t> x = lex.Concepts(a), y = lex.Concepts(b);
  for (uint32_t c : x) {
    if (std::find(y.begin(), y.end(), c) != y.end()) return true;
  }
  return false;
}

class LexiconBuildTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("lexicon_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    // Licence-style header lines start with a space and are skipped.
    Write("data.verb",
          "  1 synthetic test database\n"
          "00000100 41 v 02 resign 0 quit 0 003 @ 00000400 v 0000 + 00000200 n 0101 + 00000200 n "
          "0201 01 + 08 00 | leave an office\n"
          "00000110 38 v 01 quit 0 000 01 + 08 00 | stop doing something\n"
          "00000120 35 v 02 capture 0 take 0 002 @ 00000400 v 0000 + 00000210 n 0101 01 + 08 00 "
          "| seize by force\n"
          "00000130 40 v 01 take 0 000 01 + 08 00 | carry out\n"
          "00000140 38 v 01 take 0 000 01 + 08 00 | get into one's hands\n"
          "00000150 41 v 01 meet 0 001 + 00000220 n 0101 01 + 08 00 | come together\n"
          "00000160 41 v 01 step_down 0 001 @ 00000400 v 0000 01 + 08 00 | leave a post\n"
          "00000400 41 v 01 act 0 000 01 + 08 00 | do something\n");
    Write("data.noun",
          "  1 synthetic test database\n"
          "00000200 04 n 02 resignation 0 quitting 0 002 + 00000100 v 0101 + 00000100 v 0102 | "
          "the act of leaving an office\n"
          "00000210 04 n 01 capture 0 001 + 00000120 v 0101 | the act of seizing\n"
          "00000220 14 n 01 meeting 0 001 + 00000150 v 0101 | a formal gathering\n"
          "00000230 07 n 01 absence 0 001 + 00000300 a 0101 | the state of being away\n");
    Write("data.adj",
          "  1 synthetic test database\n"
          "00000300 00 a 01 absent(p) 0 001 + 00000230 n 0101 | not present\n");
    Write("index.verb",
          "  1 synthetic test database\n"
          "act v 1 0 1 0 00000400  \n"
          "capture v 1 2 @ + 1 1 00000120  \n"
          "meet v 1 1 + 1 1 00000150  \n"
          "quit v 2 2 @ + 2 2 00000110 00000100  \n"
          "resign v 1 2 @ + 1 1 00000100  \n"
          "step_down v 1 1 @ 1 0 00000160  \n"
          "take v 3 1 @ 3 3 00000130 00000140 00000120  \n");
    Write("index.noun",
          "  1 synthetic test database\n"
          "absence n 1 1 + 1 1 00000230  \n"
          "capture n 1 1 + 1 1 00000210  \n"
          "meeting n 1 1 + 1 1 00000220  \n"
          "resignation n 1 1 + 1 1 00000200  \n");
    Write("index.adj", "  1 synthetic test database\nabsent a 1 1 + 1 1 00000300  \n");
    // Tag counts: "take" has two frequent senses and a rare third one ("capture").
    Write("cntlist.rev",
          "take%2:41:00:: 1 60\ntake%2:38:00:: 2 40\ntake%2:35:00:: 3 1\n"
          "quit%2:38:00:: 1 9\nquit%2:41:00:: 2 6\nresign%2:41:00:: 1 12\n");
    Write("verb.exc", "took take\nmet meet\n");
    Write("noun.exc", "");
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
  }

  Lexicon Build(const LexiconBuildOptions& options = {}) {
    std::vector<std::pair<std::string, std::string>> meta;
    Result<Lexicon> lex = BuildLexicon(dir_.string(), options, &meta);
    EXPECT_TRUE(lex.ok()) << lex.status().message();
    return lex.ok() ? std::move(lex).value() : Lexicon();
  }

  fs::path dir_;
};

TEST_F(LexiconBuildTest, SynonymsAndDerivedFormsShareAConcept) {
  const Lexicon lex = Build();
  EXPECT_TRUE(Share(lex, "resign", "quit"));         // one synset
  EXPECT_TRUE(Share(lex, "resignation", "resign"));  // noun -> verb derivation
  EXPECT_TRUE(Share(lex, "meeting", "meet"));
  EXPECT_TRUE(Share(lex, "absence", "absent"));  // noun -> adjective
  EXPECT_FALSE(lex.Find("step down").empty());   // a two-word verb is a key
  EXPECT_FALSE(Share(lex, "meeting", "absence"));
}

TEST_F(LexiconBuildTest, IrregularAndRegularFormsFindTheirBase) {
  const Lexicon lex = Build();
  EXPECT_TRUE(Share(lex, "took", "take"));
  EXPECT_TRUE(Share(lex, "met", "meeting"));
  EXPECT_TRUE(Share(lex, "resigned", "resignation"));  // "-ed" detached
  EXPECT_TRUE(Share(lex, "meetings", "meet"));         // "-s" detached
  EXPECT_TRUE(lex.Concepts("zzyzx").empty());
  EXPECT_TRUE(lex.Find("resigned").empty());              // Find is exact
  EXPECT_FALSE(lex.Concepts("stepped", "down").empty());  // "step down"
  EXPECT_TRUE(lex.Concepts("stepped", "up").empty());
}

TEST_F(LexiconBuildTest, RareSensesOfPolysemousVerbsStayOut) {
  // "take" meaning "capture" has 1 tag of 101: below the share a kept sense needs.
  EXPECT_FALSE(Share(Build(), "took", "capture"));
  LexiconBuildOptions all;
  all.min_share = 0;
  all.min_tags = 0;
  EXPECT_TRUE(Share(Build(all), "took", "capture"));
  // Counts too few to tell senses apart (under min_total tags): the listed senses stay.
  LexiconBuildOptions sparse;
  sparse.min_total = 1000;
  EXPECT_TRUE(Share(Build(sparse), "took", "capture"));
  LexiconBuildOptions one;
  one.verb_senses = 1;
  one.min_share = 0;
  one.min_tags = 0;
  EXPECT_FALSE(Share(Build(one), "take", "capture"));
}

TEST_F(LexiconBuildTest, VerbHypernymsUnlessTurnedOff) {
  LexiconBuildOptions off;
  off.verb_hypernyms = false;
  EXPECT_FALSE(Share(Build(off), "resign", "act"));
  EXPECT_FALSE(Share(Build(off), "step down", "resign"));
  const Lexicon lex = Build();
  EXPECT_TRUE(Share(lex, "resign", "act"));
  EXPECT_TRUE(Share(lex, "step down", "resign"));  // through their common hypernym
}

TEST_F(LexiconBuildTest, SameBytesTwiceAndRoundTrip) {
  const std::vector<std::pair<std::string, std::string>> meta = {{"command", "test"}};
  const std::string a = Build().Serialize(meta), b = Build().Serialize(meta);
  EXPECT_EQ(a, b);
  const fs::path file = dir_ / "lexicon.bin";
  ASSERT_TRUE(Build().Save(file.string(), meta).ok());
  Result<Lexicon> loaded = Lexicon::Load(file.string());
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const Lexicon built = Build();
  EXPECT_EQ(loaded->num_words(), built.num_words());
  EXPECT_EQ(loaded->num_concepts(), built.num_concepts());
  for (const char* w : {"resign", "quit", "took", "meeting", "absent", "step down"}) {
    std::span<const uint32_t> x = loaded->Find(w), y = built.Find(w);
    EXPECT_TRUE(std::equal(x.begin(), x.end(), y.begin(), y.end())) << w;
  }
}

TEST_F(LexiconBuildTest, DamagedDatabaseLinesNameTheFileAndLine) {
  Write("index.verb", "resign v 3 0 3 3 00000100\n");  // three senses, one offset
  std::vector<std::pair<std::string, std::string>> meta;
  Result<Lexicon> lex = BuildLexicon(dir_.string(), {}, &meta);
  ASSERT_FALSE(lex.ok());
  EXPECT_NE(lex.status().message().find("index.verb:1:"), std::string::npos)
      << lex.status().message();
  fs::remove(dir_ / "data.noun");
  lex = BuildLexicon(dir_.string(), {}, &meta);
  ASSERT_FALSE(lex.ok());
  EXPECT_NE(lex.status().message().find("data.noun"), std::string::npos);
}

TEST_F(LexiconBuildTest, DamagedModelFilesGiveOneLineErrors) {
  const fs::path file = dir_ / "lexicon.bin";
  ASSERT_TRUE(Build().Save(file.string(), {}).ok());
  std::string bytes;
  {
    std::ifstream in(file, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  std::ofstream(file, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
  Result<Lexicon> lex = Lexicon::Load(file.string());
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().message().rfind(file.string() + ": ", 0), 0u) << lex.status().message();
  EXPECT_EQ(lex.status().message().find('\n'), std::string::npos);
  lex = Lexicon::Load((dir_ / "absent.bin").string());
  ASSERT_FALSE(lex.ok());
  EXPECT_NE(lex.status().message().find("absent.bin"), std::string::npos);
  // A model of another kind is refused by kind.
  ModelWriter other("places");
  ASSERT_TRUE(other.WriteFile(file.string()).ok());
  lex = Lexicon::Load(file.string());
  ASSERT_FALSE(lex.ok());
  EXPECT_NE(lex.status().message().find("lexicon"), std::string::npos) << lex.status().message();
}

TEST(LexiconTest, InconsistentSectionsAreRefused) {
  Lexicon lex;
  lex.Add("harbour", {0, 1});
  lex.Add("port", {1});
  lex.Finish(8);
  std::string bytes = lex.Serialize({});
  ASSERT_TRUE(ModelFile::Parse(bytes, "ok.bin", kLexiconKind).ok());
  Result<ModelFile> file = ModelFile::Parse(bytes, "ok.bin", kLexiconKind);
  ASSERT_TRUE(Lexicon::FromModelFile(*file).ok());
  // The concept count in meta below an id used.
  ModelWriter w(kLexiconKind);
  ByteWriter keys, begin, concepts;
  keys.Array(std::vector<uint64_t>{LexiconKeyHash("port")});
  begin.Array(std::vector<uint32_t>{0, 1});
  concepts.Array(std::vector<uint32_t>{5});
  w.AddSection("lexicon.keys", std::move(keys.bytes()));
  w.AddSection("lexicon.begin", std::move(begin.bytes()));
  w.AddSection("lexicon.concepts", std::move(concepts.bytes()));
  w.AddMeta("concepts", "2");
  Result<ModelFile> bad = ModelFile::Parse(w.Serialize(), "bad.bin", kLexiconKind);
  ASSERT_TRUE(bad.ok());
  Result<Lexicon> refused = Lexicon::FromModelFile(*bad);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().message().find("bad.bin: "), std::string::npos);
  EXPECT_NE(refused.status().message().find("out of range"), std::string::npos);
}

}  // namespace
}  // namespace corroborate::nlp

namespace corroborate::nlp {
namespace {

// The real database when the Debian package wordnet-base is installed: the paraphrases the
// lexicon is for meet, the senses of a very common verb do not swallow a specific one.
TEST(LexiconWordNetTest, NewsParaphrasesMeetInTheRealDatabase) {
  const std::string dir = "/usr/share/wordnet";
  if (!std::filesystem::exists(dir + "/data.verb")) {
    GTEST_SKIP() << dir << " not found (install the Debian package wordnet-base)";
  }
  std::vector<std::pair<std::string, std::string>> meta;
  Result<Lexicon> lex = BuildLexicon(dir, {}, &meta);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  auto share = [&](std::string_view a, std::string_view b, std::string_view particle = "") {
    std::span<const uint32_t> x = lex->Concepts(a, particle), y = lex->Concepts(b);
    for (uint32_t c : x) {
      if (std::find(y.begin(), y.end(), c) != y.end()) return true;
    }
    return false;
  };
  EXPECT_TRUE(share("stepped", "resigned", "down"));
  EXPECT_TRUE(share("met", "meeting"));
  EXPECT_TRUE(share("absence", "absent"));
  EXPECT_TRUE(share("took", "take"));
  EXPECT_FALSE(share("took", "capture"));  // a rare sense of "take"
  EXPECT_FALSE(share("resigned", "meeting"));
  EXPECT_LE(lex->Concepts("take").size(), 8u);
}

}  // namespace
}  // namespace corroborate::nlp
