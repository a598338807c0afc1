// Averaged perceptron and linear model: learning, averaging, save/load, determinism.
#include "nlp/perceptron.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "nlp/feature_key.h"
#include "nlp/train_util.h"

namespace corroborate::nlp {
namespace {

// A toy task: class = which of three suffixes the word ends with; the bias feature is shared.
struct Example {
  std::vector<uint64_t> keys;
  uint32_t label;
};

std::vector<Example> ToyData() {
  const char* stems[] = {"walk", "talk", "jump", "read", "play", "call", "look", "work"};
  const char* suffixes[] = {"ing", "ed", "s"};
  std::vector<Example> out;
  for (const char* stem : stems) {
    for (uint32_t c = 0; c < 3; ++c) {
      std::string word = std::string(stem) + suffixes[c];
      out.push_back({{FeatureKey(0, "bias"), FeatureKey(1, word.substr(word.size() - 2)),
                      FeatureKey(2, word)},
                     c});
    }
  }
  return out;
}

uint32_t Argmax(const std::vector<float>& scores) {
  uint32_t best = 0;
  for (uint32_t c = 1; c < scores.size(); ++c) {
    if (scores[c] > scores[best]) best = c;
  }
  return best;
}

LinearModel TrainToy(uint64_t seed) {
  std::vector<Example> data = ToyData();
  AveragedPerceptron p(3);
  Rng rng(seed);
  std::vector<float> scores(3);
  for (int epoch = 0; epoch < 5; ++epoch) {
    Shuffle(&data, &rng);
    for (const Example& e : data) {
      p.Tick();
      p.ScoreKeys(e.keys, scores.data());
      p.Train(e.keys, e.label, Argmax(scores));
    }
  }
  return p.Average();
}

TEST(PerceptronTest, LearnsSeparableData) {
  LinearModel m = TrainToy(7);
  std::vector<float> scores(3);
  for (const Example& e : ToyData()) {
    m.ScoreKeys(e.keys, scores.data());
    EXPECT_EQ(Argmax(scores), e.label);
  }
  // Unseen word: the suffix feature alone decides.
  std::vector<uint64_t> unseen = {FeatureKey(0, "bias"), FeatureKey(1, "ed"),
                                  FeatureKey(2, "cooked")};
  m.ScoreKeys(unseen, scores.data());
  EXPECT_EQ(Argmax(scores), 1u);
  EXPECT_GT(m.num_rows(), 0u);
  EXPECT_LE(m.num_rows(), 1u + 3u + 24u);
}

TEST(PerceptronTest, AverageIsTheMeanOverExamples) {
  // Updates after examples 1 and 3 of 4: the weights after each example are 1, 1, 2, 2 for
  // class 0 (and the negatives for class 1), so the averages are 1.5 and -1.5.
  AveragedPerceptron p(2);
  std::vector<uint64_t> keys = {FeatureKey(0, "x")};
  p.Tick();
  p.Train(keys, 0, 1);
  p.Tick();
  p.Tick();
  p.Train(keys, 0, 1);
  p.Tick();
  LinearModel m = p.Average();
  float scores[2];
  m.ScoreKeys(keys, scores);
  EXPECT_NEAR(scores[0], 1.5f, 1e-3);
  EXPECT_NEAR(scores[1], -1.5f, 1e-3);
}

TEST(PerceptronTest, SaveLoadKeepsScores) {
  LinearModel m = TrainToy(3);
  ModelWriter w("toy");
  m.Save("clf", &w);
  auto file = ModelFile::Parse(w.Serialize(), "toy.bin", "toy");
  ASSERT_TRUE(file.ok()) << file.status().message();
  LinearModel loaded;
  ASSERT_TRUE(loaded.Load(*file, "clf").ok());
  EXPECT_EQ(loaded.num_rows(), m.num_rows());
  std::vector<float> a(3), b(3);
  for (const Example& e : ToyData()) {
    m.ScoreKeys(e.keys, a.data());
    loaded.ScoreKeys(e.keys, b.data());
    EXPECT_EQ(a, b);
  }
  Status missing = loaded.Load(*file, "other");
  EXPECT_EQ(missing.message(), "toy.bin: section 'other.rows': missing");
}

TEST(PerceptronTest, LoadRejectsBadClassIndex) {
  ModelWriter w("toy");
  ByteWriter rows;
  rows.U32(2);
  rows.F32(1.0f);
  rows.Array(std::vector<uint64_t>{12345});
  rows.Array(std::vector<uint32_t>{0, 1});
  ByteWriter weights;
  weights.Array(std::vector<uint32_t>{5 | (1u << 16)});  // class 5 of 2
  w.AddSection("clf.rows", std::move(rows.bytes()));
  w.AddSection("clf.weights", std::move(weights.bytes()));
  auto file = ModelFile::Parse(w.Serialize(), "toy.bin", "toy");
  ASSERT_TRUE(file.ok());
  LinearModel m;
  EXPECT_EQ(m.Load(*file, "clf").message(),
            "toy.bin: section 'clf.weights': class index out of range");
  EXPECT_EQ(m.num_rows(), 0u);
}

TEST(PerceptronTest, SameSeedSameBytes) {
  auto bytes = [](uint64_t seed) {
    ModelWriter w("toy");
    TrainToy(seed).Save("clf", &w);
    return w.Serialize();
  };
  EXPECT_EQ(bytes(11), bytes(11));
}

TEST(FeatureIndexTest, ManyKeys) {
  FeatureIndex index;
  for (int32_t i = 0; i < 100000; ++i) {
    ASSERT_EQ(index.Insert(FeatureKey(9, static_cast<uint64_t>(i)), i), i);
  }
  EXPECT_EQ(index.size(), 100000u);
  for (int32_t i = 0; i < 100000; i += 997) {
    EXPECT_EQ(index.Find(FeatureKey(9, static_cast<uint64_t>(i))), i);
  }
  EXPECT_EQ(index.Find(FeatureKey(9, uint64_t{100001})), FeatureIndex::kAbsent);
  EXPECT_EQ(index.Insert(FeatureKey(9, uint64_t{5}), 77), 5);  // existing row kept
}

TEST(RngTest, DeterministicAndInRange) {
  Rng a(42), b(42), c(43);
  bool differs = false;
  for (int i = 0; i < 100; ++i) {
    uint64_t x = a.Next();
    EXPECT_EQ(x, b.Next());
    differs |= x != c.Next();
  }
  EXPECT_TRUE(differs);
  std::vector<int> counts(7);
  for (int i = 0; i < 7000; ++i) ++counts[a.Below(7)];
  for (int n : counts) EXPECT_GT(n, 800);
  std::vector<int> v = {1, 2, 3, 4, 5, 6, 7, 8};
  Rng r1(5), r2(5);
  std::vector<int> v1 = v, v2 = v;
  Shuffle(&v1, &r1);
  Shuffle(&v2, &r2);
  EXPECT_EQ(v1, v2);
  EXPECT_NE(v1, v);
  std::sort(v1.begin(), v1.end());
  EXPECT_EQ(v1, v);
}

TEST(RunEpochsTest, KeepsBestEpoch) {
  EpochLoopOptions options;
  options.epochs = 5;
  options.quiet = true;
  const std::vector<double> dev = {0.5, 0.7, 0.6, 0.65, 0.69};
  int epoch = 0, kept = 0;
  size_t examples_seen = 0;
  auto result = RunEpochs(
      options, 10,
      [&](const std::vector<uint32_t>& order, const std::function<void(size_t)>& report) {
        examples_seen += order.size();
        report(order.size());
        ++epoch;
      },
      [&] { return dev[epoch - 1]; }, [&] { kept = epoch; });
  EXPECT_EQ(result.best_epoch, 2);
  EXPECT_EQ(kept, 2);
  EXPECT_EQ(examples_seen, 50u);
  EXPECT_EQ(result.scores.size(), 5u);
  options.patience = 2;
  epoch = 0;
  result = RunEpochs(
      options, 10,
      [&](const std::vector<uint32_t>&, const std::function<void(size_t)>&) { ++epoch; },
      [&] { return dev[epoch - 1]; }, [] {});
  EXPECT_EQ(result.scores.size(), 4u);  // stopped after two epochs without a new best
}

}  // namespace
}  // namespace corroborate::nlp
