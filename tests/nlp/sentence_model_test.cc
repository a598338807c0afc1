// Sentence-boundary classifier: it learns boundaries the punctuation does not show, keeps the
// ones the rules find, trains to the same bytes twice, and refuses damaged model files.
#include "nlp/sentence_model.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "nlp/train_util.h"

namespace corroborate::nlp {
namespace {

// Lines built from short sentences (tokens separated by spaces). A sentence ending in "." is
// found by the "rules"; a greeting or sign-off line ends without punctuation and the rules miss
// it. "Dr." never ends a sentence.
struct LineBuilder {
  std::vector<std::string> storage;  // token texts (kept alive; lines point into them)
  SentenceLine line;

  void Sentence(const std::vector<std::string>& tokens, bool rules_see_it) {
    for (size_t i = 0; i < tokens.size(); ++i) {
      storage.push_back(tokens[i]);
      const bool start = i == 0;
      line.gold_start.push_back(start);
      line.rule_start.push_back(start && (line.tokens.empty() || rules_see_it));
      line.space_before.push_back(!line.tokens.empty() && tokens[i] != "." && tokens[i] != ",");
      line.tokens.push_back("");  // filled by Finish (storage may reallocate)
    }
  }
  SentenceLine Finish() {
    for (size_t i = 0; i < storage.size(); ++i) line.tokens[i] = storage[i];
    return line;
  }
};

struct Corpus {
  std::vector<LineBuilder> builders;
  std::vector<SentenceLine> lines;
};

// n lines of mail-like text: "Hi Maria" + sentences + "Thanks Tom", deterministic from seed.
void MakeCorpus(size_t n, uint64_t seed, Corpus* out) {
  const std::vector<std::string> names = {"Maria", "Tom", "Ines", "Karl", "Ayo", "Lena", "Raj"};
  const std::vector<std::vector<std::string>> bodies = {
      {"The", "ferry", "leaves", "at", "noon", "."},
      {"Please", "call", "Dr.", "Okafor", "about", "the", "invoice", "."},
      {"We", "met", "Dr.", "Brandt", "in", "the", "harbour", "office", "."},
      {"Send", "me", "the", "contract", "by", "Friday", "."},
      {"The", "meeting", "moved", "to", "Room", "4", "."},
  };
  Rng rng(seed);
  out->builders.resize(n);
  for (size_t l = 0; l < n; ++l) {
    LineBuilder& b = out->builders[l];
    b.Sentence({"Hi", names[rng.Below(names.size())]}, true);
    const uint64_t count = 1 + rng.Below(3);
    for (uint64_t s = 0; s < count; ++s) b.Sentence(bodies[rng.Below(bodies.size())], true);
    b.Sentence({rng.Below(2) ? "Thanks" : "Regards", names[rng.Below(names.size())]}, false);
    out->lines.push_back(b.Finish());
  }
}

SentenceModel TrainToy(const Corpus& train, const Corpus& dev) {
  SentenceTrainOptions options;
  options.epochs = 4;
  options.quiet = true;
  options.prune_below = 0;
  Result<SentenceModel> model = SentenceModel::Train(train.lines, dev.lines, options);
  EXPECT_TRUE(model.ok()) << model.status().message();
  return std::move(model).value();
}

TEST(SentenceModelTest, LearnsUnpunctuatedBoundariesAndKeepsAbbreviations) {
  Corpus train, dev, test;
  MakeCorpus(400, 1, &train);
  MakeCorpus(50, 2, &dev);
  MakeCorpus(100, 3, &test);
  const SentenceModel model = TrainToy(train, dev);
  const SentenceGapScores scores = EvaluateSentenceModel(model, test.lines);
  EXPECT_GT(scores.f1(), 0.98);
  // The rules' starts alone miss every sign-off, so they score well below that.
  SentenceGapScores rules;
  for (const SentenceLine& line : test.lines) {
    for (size_t i = 1; i < line.tokens.size(); ++i) {
      rules.gold += line.gold_start[i];
      rules.predicted += line.rule_start[i];
      rules.correct += line.gold_start[i] && line.rule_start[i];
    }
  }
  EXPECT_LT(rules.f1(), 0.9);

  // A line of its own: greeting, a sentence with "Dr.", sign-off.
  LineBuilder b;
  b.Sentence({"Hi", "Lena"}, true);
  b.Sentence({"Please", "call", "Dr.", "Okafor", "about", "the", "invoice", "."}, true);
  b.Sentence({"Thanks", "Raj"}, false);
  const SentenceLine line = b.Finish();
  SentenceScratch scratch;
  std::vector<uint8_t> starts;
  model.Decide(line, &scratch, &starts);
  EXPECT_EQ(starts, line.gold_start);
}

TEST(SentenceModelTest, SameDataSameBytesAndRoundTrip) {
  Corpus train, dev;
  MakeCorpus(200, 7, &train);
  MakeCorpus(30, 8, &dev);
  const SentenceModel a = TrainToy(train, dev);
  const SentenceModel b = TrainToy(train, dev);
  const std::string bytes = a.Serialize({{"command", "test"}});
  EXPECT_EQ(bytes, b.Serialize({{"command", "test"}}));

  Result<ModelFile> file = ModelFile::Parse(bytes, "sentences.bin", "sentences");
  ASSERT_TRUE(file.ok()) << file.status().message();
  Result<SentenceModel> loaded = SentenceModel::FromModelFile(*file);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded->Serialize({{"command", "test"}}), bytes);
  EXPECT_GT(loaded->num_abbreviations(), 0u);  // "Dr", "noon", "invoice" … before a period
}

TEST(SentenceModelTest, DamagedFilesGiveClearErrors) {
  Corpus train, dev;
  MakeCorpus(50, 11, &train);
  MakeCorpus(10, 12, &dev);
  const SentenceModel model = TrainToy(train, dev);

  // Another kind of model.
  ModelWriter other("tagger");
  other.AddSection("x", "y");
  Result<ModelFile> tagger = ModelFile::Parse(other.Serialize(), "models/sentences.bin", "");
  ASSERT_TRUE(tagger.ok());
  Result<SentenceModel> wrong_kind = SentenceModel::FromModelFile(*tagger);
  ASSERT_FALSE(wrong_kind.ok());
  EXPECT_EQ(wrong_kind.status().message(),
            "models/sentences.bin: is a tagger model, expected sentences");

  // A sentences file missing its abbreviation table.
  ModelWriter partial("sentences");
  partial.AddSection("abbreviations", std::string(3, '\0'));
  Result<ModelFile> file = ModelFile::Parse(partial.Serialize(), "models/sentences.bin", "");
  ASSERT_TRUE(file.ok());
  Result<SentenceModel> broken = SentenceModel::FromModelFile(*file);
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.status().message().find("models/sentences.bin: "), std::string::npos);
  EXPECT_NE(broken.status().message().find("boundary.rows"), std::string::npos);

  // Truncated file.
  const std::string bytes = model.Serialize({});
  Result<ModelFile> cut =
      ModelFile::Parse(bytes.substr(0, bytes.size() / 2), "models/sentences.bin", "sentences");
  EXPECT_FALSE(cut.ok());

  // Training on nothing.
  Result<SentenceModel> empty = SentenceModel::Train({}, {}, SentenceTrainOptions());
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.status().message(), "no training lines for the sentence model");
}

}  // namespace
}  // namespace corroborate::nlp
