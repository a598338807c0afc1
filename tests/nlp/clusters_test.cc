// Brown clustering and the word-cluster table: words used in identical contexts share a cluster,
// the result does not depend on sentence order or on the run, the table round-trips through its
// model file and refuses damaged ones, and the tagger's cluster features reach its model file.
#include "nlp/clusters.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "nlp/brown_clustering.h"
#include "nlp/ner.h"
#include "nlp/ner_data.h"
#include "nlp/tagger.h"
#include "nlp/tagger_features.h"
#include "nlp/train_util.h"

namespace corroborate::nlp {
namespace {

const std::vector<std::string> kHarbourBoats = {"ferry", "tanker", "barge", "trawler"};
const std::vector<std::string> kDeeds = {"docked", "sailed", "anchored"};
const std::vector<std::string> kTowns = {"kelmar", "ostrava", "lindqvist"};

// "the ferry docked at kelmar ." for every boat, deed and town, plus "a ferry docked ."; every
// word of a group has exactly the same neighbours as the others in its group, and "the" and
// "a" are both followed by every boat alike (in proportion to their counts).
std::vector<std::vector<std::string>> HarbourCorpus() {
  std::vector<std::vector<std::string>> out;
  for (const std::string& boat : kHarbourBoats) {
    for (const std::string& deed : kDeeds) {
      for (const std::string& town : kTowns) {
        out.push_back({"the", boat, deed, "at", town, "."});
      }
      out.push_back({"a", boat, deed, "."});
    }
  }
  return out;
}

std::map<std::string, std::string> PathsByWord(const BrownClusters& c) {
  std::map<std::string, std::string> out;
  for (size_t i = 0; i < c.words.size(); ++i) out[c.words[i]] = c.paths[i];
  return out;
}

TEST(BrownClusteringTest, WordsWithIdenticalContextsShareACluster) {
  BrownOptions options;
  options.clusters = 6;  // boats, deeds, towns, "the" and "a", "at", "."
  options.min_count = 1;
  const BrownClusters c = ClusterWords(HarbourCorpus(), options);
  ASSERT_EQ(c.num_clusters, 6u);
  const auto paths = PathsByWord(c);
  const std::vector<std::string> determiners = {"the", "a"};
  for (const auto* group : {&kHarbourBoats, &kDeeds, &kTowns, &determiners}) {
    for (const std::string& w : *group) {
      EXPECT_EQ(paths.at(w), paths.at((*group)[0])) << w << " vs " << (*group)[0];
    }
  }
  // The groups themselves are told apart.
  const std::set<std::string> distinct = {paths.at("ferry"), paths.at("docked"), paths.at("kelmar"),
                                          paths.at("."),     paths.at("at"),     paths.at("the")};
  EXPECT_EQ(distinct.size(), 6u);
  // Every path is a leaf of one binary tree: no path is a prefix of another.
  for (const std::string& a : distinct) {
    for (const std::string& b : distinct) {
      if (a != b) {
        EXPECT_FALSE(b.starts_with(a)) << a << " is a prefix of " << b;
      }
    }
  }
}

TEST(BrownClusteringTest, WindowSmallerThanTheGroupsStillKeepsGroupsTogether) {
  BrownOptions options;
  options.clusters = 3;  // fewer than the 7 kinds of word: groups must merge with each other
  options.min_count = 1;
  const auto paths = PathsByWord(ClusterWords(HarbourCorpus(), options));
  EXPECT_EQ(paths.at("tanker"), paths.at("ferry"));
  EXPECT_EQ(paths.at("sailed"), paths.at("docked"));
  EXPECT_EQ(paths.at("ostrava"), paths.at("kelmar"));
}

TEST(BrownClusteringTest, RareWordsAreLeftOut) {
  auto corpus = HarbourCorpus();
  corpus.push_back({"the", "zeppelin", "docked", "."});
  BrownOptions options;
  options.clusters = 4;
  options.min_count = 2;
  const BrownClusters c = ClusterWords(corpus, options);
  EXPECT_EQ(std::count(c.words.begin(), c.words.end(), "zeppelin"), 0);
  EXPECT_EQ(std::count(c.words.begin(), c.words.end(), "ferry"), 1);
  // Most frequent first.
  EXPECT_EQ(c.words[0], ".");
  EXPECT_TRUE(ClusterWords({}, options).words.empty());
}

TEST(BrownClusteringTest, SameResultWhateverTheSentenceOrderAndRun) {
  BrownOptions options;
  options.clusters = 4;
  options.min_count = 1;
  auto corpus = HarbourCorpus();
  const BrownClusters first = ClusterWords(corpus, options);
  Rng rng(7);
  Shuffle(&corpus, &rng);
  const BrownClusters shuffled = ClusterWords(corpus, options);
  EXPECT_EQ(first.words, shuffled.words);
  EXPECT_EQ(first.paths, shuffled.paths);
  const WordClusters a = WordClusters::FromPaths(first.words, first.paths);
  const WordClusters b = WordClusters::FromPaths(shuffled.words, shuffled.paths);
  EXPECT_EQ(a.Serialize({{"command", "test"}}), b.Serialize({{"command", "test"}}));
}

TEST(WordClustersTest, PathsAndPrefixes) {
  const WordClusters c =
      WordClusters::FromPaths({"ferry", "tanker", "docked", "lone"}, {"0110", "0111", "10", ""});
  EXPECT_EQ(WordClusters::PathString(c.Path("ferry")), "0110");
  EXPECT_EQ(WordClusters::PathString(c.Path("docked")), "10");
  EXPECT_EQ(c.Path("zeppelin"), 0u);
  // Prefixes: shared up to the third bit, different at the fourth; "10" has no fourth bit.
  EXPECT_EQ(WordClusters::Prefix(c.Path("ferry"), 3), WordClusters::Prefix(c.Path("tanker"), 3));
  EXPECT_NE(WordClusters::Prefix(c.Path("ferry"), 4), WordClusters::Prefix(c.Path("tanker"), 4));
  EXPECT_EQ(WordClusters::Prefix(c.Path("docked"), 6), WordClusters::Prefix(c.Path("docked"), 2));
  EXPECT_NE(WordClusters::Prefix(c.Path("ferry"), 1), WordClusters::Prefix(c.Path("docked"), 1));
  EXPECT_NE(WordClusters::Prefix(c.Path("ferry"), 1), 0u);
  EXPECT_EQ(WordClusters::Prefix(c.Path("zeppelin"), 4), 0u);
  // Paths longer than the table keeps are cut.
  const WordClusters deep = WordClusters::FromPaths({"w"}, {std::string(40, '1')});
  EXPECT_EQ(WordClusters::PathString(deep.Path("w")), std::string(kMaxClusterPathBits, '1'));
}

class ClustersFileTest : public testing::Test {
 protected:
  std::string Write(const std::string& name, const std::string& bytes) {
    const std::string path = testing::TempDir() + "/" + name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
  WordClusters table_ = WordClusters::FromPaths({"ferry", "tanker", "docked"}, {"00", "01", "1"});
};

TEST_F(ClustersFileTest, RoundTrip) {
  const std::string path = Write("clusters_ok.bin", table_.Serialize({{"command", "test"}}));
  Result<WordClusters> loaded = WordClusters::LoadFile(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded->size(), 3u);
  EXPECT_EQ(WordClusters::PathString(loaded->Path("tanker")), "01");
  EXPECT_EQ(loaded->Path("zeppelin"), 0u);
}

TEST_F(ClustersFileTest, DamagedFilesGiveOneLineErrors) {
  const std::string good = table_.Serialize({});
  Result<WordClusters> truncated =
      WordClusters::LoadFile(Write("clusters_short.bin", good.substr(0, good.size() - 5)));
  ASSERT_FALSE(truncated.ok());
  EXPECT_NE(truncated.status().message().find("clusters_short.bin"), std::string::npos);
  EXPECT_NE(truncated.status().message().find("truncated"), std::string::npos)
      << truncated.status().message();

  ModelWriter other("tagger");
  table_.Save("clusters", &other);
  Result<WordClusters> wrong_kind =
      WordClusters::LoadFile(Write("not_clusters.bin", other.Serialize()));
  ASSERT_FALSE(wrong_kind.ok());
  EXPECT_NE(wrong_kind.status().message().find("expected clusters"), std::string::npos)
      << wrong_kind.status().message();

  // A path with bits set beyond its length.
  ModelWriter bad(kClustersKind);
  ByteWriter w;
  w.Array(std::vector<uint64_t>{42});
  w.Array(std::vector<uint32_t>{0xF0000001u});
  bad.AddSection("clusters", std::move(w.bytes()));
  Result<WordClusters> malformed = WordClusters::LoadFile(Write("bad_path.bin", bad.Serialize()));
  ASSERT_FALSE(malformed.ok());
  EXPECT_NE(malformed.status().message().find("malformed path"), std::string::npos)
      << malformed.status().message();

  Result<WordClusters> missing = WordClusters::LoadFile(testing::TempDir() + "/no_such.bin");
  EXPECT_FALSE(missing.ok());
}

// Static tagger keys of the word at position i of a sentence.
std::vector<uint64_t> KeysOf(const std::vector<std::string_view>& words, size_t i,
                             const WordClusters* clusters) {
  TagLexicon lexicon;
  lexicon.Finish(1);
  SentenceFeatures f;
  ExtractWordFeatures(words, lexicon, &f, clusters);
  return f.word[i];
}

TEST(TaggerClusterFeaturesTest, SameClusterSameKeysOtherClusterOtherKeys) {
  const WordClusters c =
      WordClusters::FromPaths({"ferry", "tanker", "docked"}, {"011010", "011010", "10"});
  const auto without = KeysOf({"the", "ferry", "docked"}, 1, nullptr);
  const auto ferry = KeysOf({"the", "ferry", "docked"}, 1, &c);
  const auto tanker = KeysOf({"the", "tanker", "docked"}, 1, &c);
  const auto docked = KeysOf({"the", "docked", "docked"}, 1, &c);
  EXPECT_EQ(ferry.size(), without.size() + 3 * std::size(kClusterPrefixBits));
  auto shared = [](std::vector<uint64_t> a, std::vector<uint64_t> b) {
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    std::vector<uint64_t> both;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
    return both.size();
  };
  // ferry and tanker differ in their word keys but share every cluster key.
  EXPECT_EQ(
      shared(ferry, tanker) - shared(without, KeysOf({"the", "tanker", "docked"}, 1, nullptr)),
      3 * std::size(kClusterPrefixBits));
  EXPECT_LT(
      shared(ferry, docked) - shared(without, KeysOf({"the", "docked", "docked"}, 1, nullptr)),
      3 * std::size(kClusterPrefixBits));
}

TEST(TaggerClusterFeaturesTest, ModelKeepsItsClustersAcrossSaveAndLoad) {
  // A tiny treebank: enough to train, with a word whose tag only its cluster gives away.
  std::string text;
  const std::vector<std::pair<std::string, std::string>> sentences[] = {
      {{"the", "DET"}, {"ferry", "NOUN"}, {"docked", "VERB"}, {".", "PUNCT"}},
      {{"the", "DET"}, {"tanker", "NOUN"}, {"sailed", "VERB"}, {".", "PUNCT"}},
      {{"a", "DET"}, {"barge", "NOUN"}, {"docked", "VERB"}, {".", "PUNCT"}},
  };
  int id = 0;
  for (int copy = 0; copy < 20; ++copy) {
    for (const auto& s : sentences) {
      text += "# sent_id = s" + std::to_string(++id) + "\n";
      for (size_t i = 0; i < s.size(); ++i) {
        text += std::to_string(i + 1) + "\t" + s[i].first + "\t" + s[i].first + "\t" + s[i].second +
                "\t_\t_\t0\tdep\t_\t_\n";
      }
      text += "\n";
    }
  }
  ConlluReader reader = ConlluReader::FromString(text, "tiny.conllu");
  std::vector<ConlluSentence> train;
  ConlluSentence s;
  while (reader.Next(&s)) train.push_back(s);
  ASSERT_TRUE(reader.status().ok());
  const WordClusters c = WordClusters::FromPaths(
      {"ferry", "tanker", "barge", "trawler", "docked", "sailed", "the", "a", "."},
      {"00", "00", "00", "00", "01", "01", "10", "10", "11"});
  TaggerTrainOptions options;
  options.epochs = 3;
  options.quiet = true;
  options.clusters = &c;
  Result<Tagger> tagger = Tagger::Train(train, train, options);
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();
  const std::string bytes = tagger->Serialize({});
  Result<ModelFile> file = ModelFile::Parse(bytes, "tagger.bin", "tagger");
  ASSERT_TRUE(file.ok());
  EXPECT_TRUE(file->Has("clusters"));
  Result<Tagger> loaded = Tagger::FromModelFile(*file);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  // "trawler" never occurs in the treebank; the loaded model tags it as the trained one does.
  std::vector<std::string_view> words = {"the", "trawler", "sailed", "."};
  TaggedSentence a, b;
  tagger->Tag(words, &a);
  loaded->Tag(words, &b);
  EXPECT_EQ(a.upos, b.upos);
  EXPECT_EQ(a.upos[1], "NOUN");
  EXPECT_EQ(loaded->Serialize({}), bytes);
}

TEST(NerClusterFeaturesTest, ModelKeepsItsClustersAndTheirFlag) {
  // "Mayor Ilse Varga visited Kelmar ." with the names varied; the towns form one cluster.
  const std::vector<std::string> people = {"Varga", "Okafor", "Lindqvist", "Moreau"};
  const std::vector<std::string> towns = {"Kelmar", "Ostrava", "Brennick", "Tarsel"};
  std::vector<NerSentence> train;
  for (int copy = 0; copy < 10; ++copy) {
    for (size_t i = 0; i < people.size(); ++i) {
      NerSentence s;
      s.words = {"Mayor", people[i], "visited", towns[(i + copy) % towns.size()], "."};
      s.entities = {{1, 2, 0}, {3, 4, 2}};  // PER, LOC (NerCorpusTypes order)
      s.doc_start = true;
      train.push_back(s);
    }
  }
  NerTrainResources resources;
  resources.casing = BuildCasingLexicon({{"the", "mayor", "visited"}}, 1);
  resources.use_clusters = true;
  resources.clusters = WordClusters::FromPaths({"kelmar", "ostrava", "brennick", "tarsel", "varga"},
                                               {"110", "110", "110", "110", "0"});
  NerTrainOptions options;
  options.epochs = 3;
  options.quiet = true;
  Result<EntityRecognizer> ner =
      EntityRecognizer::Train(train, train, std::move(resources), options);
  ASSERT_TRUE(ner.ok()) << ner.status().message();
  const std::string bytes = ner->Serialize({});
  Result<ModelFile> file = ModelFile::Parse(bytes, "ner.bin", "ner");
  ASSERT_TRUE(file.ok());
  EXPECT_TRUE(file->Has("clusters"));
  Result<EntityRecognizer> loaded = EntityRecognizer::FromModelFile(*file);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded->Serialize({}), bytes);
  std::vector<std::string_view> words = {"Mayor", "Okafor", "visited", "Tarsel", "."};
  RecognizedSentence a, b;
  ner->Recognize(words, {}, {}, nullptr, &a);
  loaded->Recognize(words, {}, {}, nullptr, &b);
  EXPECT_EQ(a.tags, b.tags);
  ASSERT_EQ(b.entities.size(), 2u);
}

}  // namespace
}  // namespace corroborate::nlp
