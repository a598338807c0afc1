// Tagger and lemmatiser: learning on a small synthetic treebank, bit-for-bit reproducible
// training, model round trip, bad model files, hostile input; EWT accuracy when ../shared and
// models/tagger.bin are present.
#include "nlp/tagger.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "nlp/lemmatizer.h"
#include "nlp/model_paths.h"
#include "nlp/train_util.h"

namespace corroborate::nlp {
namespace {

struct Word {
  std::string form, lemma, upos, xpos;
};

// Sentences like "The old ferry crossed the harbour ." and "Two ferries are sailing ." built
// from small invented vocabularies, as CoNLL-U text.
std::string SyntheticTreebank(const std::vector<std::string>& nouns,
                              const std::vector<std::string>& verbs, int sentences, uint64_t seed) {
  const std::vector<std::string> adjectives = {"old", "new", "small", "quiet", "distant"};
  Rng rng(seed);
  auto pick = [&rng](const std::vector<std::string>& v) { return v[rng.Below(v.size())]; };
  std::string out;
  for (int s = 0; s < sentences; ++s) {
    std::vector<Word> words;
    if (rng.Below(2) == 0) {
      const std::string n1 = pick(nouns), n2 = pick(nouns), v = pick(verbs);
      words.push_back({s % 3 == 0 ? "The" : "the", "the", "DET", "DT"});
      words.push_back({pick(adjectives), "", "ADJ", "JJ"});
      words.back().lemma = words.back().form;
      words.push_back({n1, n1, "NOUN", "NN"});
      words.push_back({v + "ed", v, "VERB", "VBD"});
      words.push_back({"the", "the", "DET", "DT"});
      words.push_back({n2 + "s", n2, "NOUN", "NNS"});
    } else {
      const std::string n = pick(nouns), v = pick(verbs);
      words.push_back({"Two", "two", "NUM", "CD"});
      words.push_back({n + "s", n, "NOUN", "NNS"});
      words.push_back({"are", "be", "AUX", "VBP"});
      words.push_back({v + "ing", v, "VERB", "VBG"});
    }
    words.push_back({".", ".", "PUNCT", "."});
    out += "# sent_id = s" + std::to_string(s) + "\n";
    for (size_t i = 0; i < words.size(); ++i) {
      const Word& w = words[i];
      out += std::to_string(i + 1) + "\t" + w.form + "\t" + w.lemma + "\t" + w.upos + "\t" +
             w.xpos + "\t_\t0\tdep\t_\t_\n";
    }
    out += "\n";
  }
  return out;
}

std::vector<ConlluSentence> Parse(const std::string& text) {
  ConlluReader reader = ConlluReader::FromString(text, "synthetic.conllu");
  std::vector<ConlluSentence> out;
  ConlluSentence s;
  while (reader.Next(&s)) out.push_back(s);
  EXPECT_TRUE(reader.status().ok()) << reader.status().message();
  return out;
}

const std::vector<std::string> kNouns = {"ferry", "harbour", "tanker", "crane",  "dock",
                                         "pilot", "barge",   "signal", "anchor", "cargo"};
const std::vector<std::string> kVerbs = {"cross", "load",  "steer", "follow", "pass",
                                         "tow",   "board", "clear", "guard",  "park"};

TaggerTrainOptions Quiet(int epochs = 4) {
  TaggerTrainOptions o;
  o.epochs = epochs;
  o.quiet = true;
  return o;
}

class TaggerTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto train = Parse(SyntheticTreebank(kNouns, kVerbs, 400, 1));
    auto dev = Parse(SyntheticTreebank(kNouns, kVerbs, 50, 2));
    auto t = Tagger::Train(train, dev, Quiet());
    ASSERT_TRUE(t.ok()) << t.status().message();
    tagger_ = new Tagger(std::move(t).value());
  }
  static void TearDownTestSuite() { delete tagger_; }
  static Tagger* tagger_;
};
Tagger* TaggerTest::tagger_ = nullptr;

TEST_F(TaggerTest, TagsAndLemmatisesUnseenWords) {
  // Nouns and verbs never seen in training, with the regular endings.
  auto test =
      Parse(SyntheticTreebank({"lantern", "kettle", "beacon"}, {"paint", "lift", "check"}, 60, 3));
  TaggerScores s = EvaluateTagger(*tagger_, test);
  EXPECT_GT(s.upos(), 0.97);
  EXPECT_GT(s.xpos(), 0.95);
  EXPECT_GT(s.lemma(), 0.95);
  TaggedSentence out;
  std::vector<std::string_view> words = {"The", "quiet",   "kettle", "painted",
                                         "the", "beacons", "."};
  tagger_->Tag(words, &out);
  EXPECT_EQ(out.upos,
            (std::vector<std::string_view>{"DET", "ADJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT"}));
  EXPECT_EQ(out.lemmas,
            (std::vector<std::string>{"the", "quiet", "kettle", "paint", "the", "beacon", "."}));
  EXPECT_EQ(out.xpos[3], "VBD");
}

TEST_F(TaggerTest, SaveLoadGivesTheSameTags) {
  const std::string path = testing::TempDir() + "/tagger_test.bin";
  ASSERT_TRUE(tagger_->Save(path, {{"data", "synthetic"}}).ok());
  auto loaded = Tagger::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  auto test = Parse(SyntheticTreebank(kNouns, {"paint", "lift"}, 40, 4));
  TaggerScores a = EvaluateTagger(*tagger_, test), b = EvaluateTagger(*loaded, test);
  EXPECT_EQ(a.upos_correct, b.upos_correct);
  EXPECT_EQ(a.xpos_correct, b.xpos_correct);
  EXPECT_EQ(a.lemma_correct, b.lemma_correct);
  auto file = ModelFile::Load(path, "tagger");
  ASSERT_TRUE(file.ok());
  EXPECT_EQ(file->Meta("data"), "synthetic");
}

TEST_F(TaggerTest, HostileInput) {
  TaggedSentence out;
  std::vector<std::string_view> none;
  tagger_->Tag(none, &out);
  EXPECT_TRUE(out.upos.empty());
  // Invalid UTF-8, controls, emoji, combining marks, a huge token.
  const std::string huge(100000, 'x');
  std::vector<std::string_view> odd = {"\xff\xfe", std::string_view("\0a", 2), "🙂", "é̃", huge,
                                       "'"};
  tagger_->Tag(odd, &out);
  ASSERT_EQ(out.upos.size(), odd.size());
  ASSERT_EQ(out.lemmas.size(), odd.size());
  // A very long sentence costs linear time: 8 times the words, about 8 times the time (a
  // quadratic step would make it 64 times).
  auto seconds_for = [&out](int repeats) {
    std::vector<std::string_view> long_sentence;
    for (int i = 0; i < repeats; ++i) {
      for (std::string_view w : {"the", "ferry", "crossed", "harbours", ","}) {
        long_sentence.push_back(w);
      }
    }
    const auto start = std::chrono::steady_clock::now();
    tagger_->Tag(long_sentence, &out);
    EXPECT_EQ(out.upos.size(), long_sentence.size());
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  const double small = seconds_for(1000), large = seconds_for(8000);
  EXPECT_LT(large, 24 * std::max(small, 1e-3)) << small << " s vs " << large << " s";
}

TEST(TaggerTrainTest, SameDataSameSeedSameBytes) {
  auto train = Parse(SyntheticTreebank(kNouns, kVerbs, 150, 5));
  auto dev = Parse(SyntheticTreebank(kNouns, kVerbs, 20, 6));
  auto a = Tagger::Train(train, dev, Quiet(3));
  auto b = Tagger::Train(train, dev, Quiet(3));
  ASSERT_TRUE(a.ok() && b.ok());
  const std::string bytes_a = a->Serialize({{"command", "test"}});
  EXPECT_EQ(bytes_a, b->Serialize({{"command", "test"}}));
  EXPECT_GT(bytes_a.size(), 1000u);
}

TEST(TaggerTrainTest, EmptyTrainingSetIsAnError) {
  auto t = Tagger::Train({}, {}, Quiet(1));
  EXPECT_FALSE(t.ok());
}

TEST(TaggerLoadTest, BadFilesNameTheFileAndTheProblem) {
  auto train = Parse(SyntheticTreebank(kNouns, kVerbs, 60, 7));
  auto t = Tagger::Train(train, train, Quiet(1));
  ASSERT_TRUE(t.ok());
  const std::string bytes = t->Serialize({});
  const std::string path = testing::TempDir() + "/bad_tagger.bin";
  ASSERT_TRUE(WriteFileAtomically(path, bytes.substr(0, bytes.size() / 2)).ok());
  auto truncated = Tagger::Load(path);
  ASSERT_FALSE(truncated.ok());
  EXPECT_EQ(truncated.status().message().rfind(path + ": truncated at section '", 0), 0u)
      << truncated.status().message();

  ModelWriter other("parser");
  other.AddSection("x", "y");
  ASSERT_TRUE(other.WriteFile(path).ok());
  EXPECT_EQ(Tagger::Load(path).status().message(), path + ": is a parser model, expected tagger");

  ModelWriter empty("tagger");
  ASSERT_TRUE(empty.WriteFile(path).ok());
  EXPECT_EQ(Tagger::Load(path).status().message(), path + ": section 'labels.upos': missing");
  EXPECT_EQ(Tagger::Load(path + ".none").status().message(),
            path + ".none: cannot open model file");
}

TEST(LemmatizerTest, EditScripts) {
  EXPECT_EQ(ApplyScript(ScriptFor("ferries", "ferry"), "parties"), "party");
  EXPECT_EQ(ApplyScript(ScriptFor("The", "the"), "A"), "a");
  EXPECT_EQ(ApplyScript(ScriptFor("went", "go"), "went"), "go");
  EXPECT_EQ(ApplyScript(ScriptFor("walked", "walk"), "ed"), "ed");  // nothing left: unchanged
  // Never cuts a UTF-8 sequence in half.
  EXPECT_EQ(ApplyScript(ScriptFor("kerala", "Kerala"), "goa"), "Goa");
  EditScript strip_one{EditScript::kKeep, 1, ""};
  EXPECT_EQ(ApplyScript(strip_one, "caf\xC3\xA9"), "caf\xC3\xA9");
}

TEST(TaggerEwtTest, ShippedModelOnEwtTest) {
  const std::string test =
      std::string(CORROBORATE_SHARED_DIR) + "/data/ud/UD_English-EWT/en_ewt-ud-test.conllu";
  if (!std::filesystem::exists(test)) GTEST_SKIP() << "needs " << test << " (../shared)";
  auto path = FindModelFile("", "tagger.bin");
  if (!path.ok()) GTEST_SKIP() << path.status().message();
  const auto start = std::chrono::steady_clock::now();
  auto tagger = Tagger::Load(*path);
  const double load_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();
#if defined(__OPTIMIZE__) && !defined(__SANITIZE_ADDRESS__)
  EXPECT_LT(load_seconds, 1.0);  // the target; Debug and sanitizer builds are far slower
#endif
  (void)load_seconds;
  auto gold = ReadConlluFile(test);
  ASSERT_TRUE(gold.ok());
  TaggerScores s = EvaluateTagger(*tagger, *gold);
  EXPECT_EQ(s.words, 25094u);
  EXPECT_GT(s.upos(), 0.95);
  EXPECT_GT(s.lemma(), 0.96);
}

}  // namespace
}  // namespace corroborate::nlp
