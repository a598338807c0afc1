// Tests of the dependency parser: the transition systems and their dynamic oracle (checked
// against brute-force search on small trees), tree utilities, training on a small synthetic
// treebank (learning, generalisation, bit-for-bit reproducibility), well-formed output on any
// input (empty, random, 10,000 words in linear time), model load errors, and, when ../shared
// and models/parser.bin are present, attachment scores on UD English EWT dev.
#include "nlp/parser.h"

#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "nlp/conllu.h"
#include "nlp/model_file.h"
#include "nlp/parser_tags.h"
#include "nlp/parser_transitions.h"
#include "nlp/parser_tree.h"
#include "nlp/tagger.h"
#include "nlp/train_util.h"
#include "nlp/training_data.h"

namespace corroborate::nlp {
namespace {

// ---------------------------------------------------------------------------------------------
// Transition systems and the dynamic oracle.

constexpr uint32_t kNumLabels = 3;  // 0 = root, 1 and 2 = ordinary relations
constexpr uint32_t kRootLabel = 0;

// A random projective tree over n words: each span is split into consecutive subtrees.
void BuildProjective(int32_t lo, int32_t hi, int32_t parent, bool single, Rng* rng,
                     std::vector<int32_t>* heads) {
  while (lo <= hi) {
    const int32_t end = single ? hi : lo + static_cast<int32_t>(rng->Below(hi - lo + 1));
    const int32_t root = lo + static_cast<int32_t>(rng->Below(end - lo + 1));
    (*heads)[root] = parent;
    BuildProjective(lo, root - 1, root, false, rng, heads);
    BuildProjective(root + 1, end, root, false, rng, heads);
    lo = end + 1;
  }
}

GoldTree RandomGold(int32_t n, Rng* rng, bool projective = true) {
  GoldTree g;
  g.heads.assign(n + 1, 0);
  BuildProjective(1, n, 0, true, rng, &g.heads);
  if (!projective && n >= 4) {
    // Re-attach random words to random non-descendants until one arc crosses another.
    for (int tries = 0; tries < 50 && IsProjective(g.heads); ++tries) {
      const auto d = static_cast<int32_t>(1 + rng->Below(n));
      const auto h = static_cast<int32_t>(1 + rng->Below(n));
      std::vector<int32_t> candidate = g.heads;
      candidate[d] = h;
      if (g.heads[d] != 0 && IsTree(candidate)) g.heads = candidate;
    }
  }
  g.labels.assign(n + 1, 0);
  for (int32_t t = 1; t <= n; ++t) {
    g.labels[t] = g.heads[t] == 0 ? kRootLabel : static_cast<int32_t>(1 + rng->Below(2));
  }
  g.IndexChildren();
  return g;
}

// Whether cls may be taken in s, decided from the rules, not from Costs().
bool Allowed(const TransitionSystem& sys, const ParseState& s, uint32_t cls) {
  const Move move = MoveOf(cls);
  if ((sys.ValidMoves(s) & (1u << move)) == 0) return false;
  if (move != kLeft && move != kRight) return true;
  return (sys.ArcHead(s, move) == 0) == (LabelOf(cls) == kRootLabel);
}

int Loss(const ParseState& s, const GoldTree& g) {
  int loss = 0;
  for (int32_t t = 1; t <= s.num_words(); ++t) {
    const TokenState& tok = s.token(t);
    if (tok.head != g.heads[t]) {
      ++loss;
    } else if (tok.label != g.labels[t]) {
      ++loss;
    }
  }
  return loss;
}

// The fewest errors of any tree reachable from s (exhaustive search). Arcs made by the
// arc-eager end-of-input repair count as errors: the oracle's accounting (Goldberg & Nivre's)
// treats a word left unattached on the stack as lost.
int RepairPenalty(const TransitionSystem& sys, const ParseState& s, const GoldTree& g, uint32_t c) {
  if (sys.kind() != TransitionKind::kArcEager || MoveOf(c) != kRight || !s.buffer_empty()) {
    return 0;
  }
  const int32_t d = s.Stack(0);
  const bool right =
      sys.ArcHead(s, kRight) == g.heads[d] && static_cast<int32_t>(LabelOf(c)) == g.labels[d];
  return right ? 1 : 0;
}

int BestLoss(const TransitionSystem& sys, const ParseState& s, const GoldTree& g) {
  if (sys.IsTerminal(s)) return Loss(s, g);
  int best = INT_MAX;
  for (uint32_t c = 0; c < sys.num_classes(); ++c) {
    if (!Allowed(sys, s, c)) continue;
    ParseState next = s;
    sys.Apply(c, &next);
    best = std::min(best, RepairPenalty(sys, s, g, c) + BestLoss(sys, next, g));
  }
  return best;
}

std::string SystemName(const ::testing::TestParamInfo<TransitionKind>& param) {
  return param.param == TransitionKind::kArcHybrid ? "ArcHybrid" : "ArcEager";
}

class TransitionSystemTest : public ::testing::TestWithParam<TransitionKind> {};

TEST_P(TransitionSystemTest, ZeroCostPathsRebuildEveryProjectiveGoldTree) {
  const TransitionSystem sys(GetParam(), kNumLabels, kRootLabel);
  Rng rng(11);
  std::vector<int32_t> costs(sys.num_classes());
  for (int trial = 0; trial < 300; ++trial) {
    const auto n = static_cast<int32_t>(1 + rng.Below(25));
    const GoldTree g = RandomGold(n, &rng);
    ParseState s;
    s.Init(n);
    int steps = 0;
    while (!sys.IsTerminal(s)) {
      sys.Costs(s, g, costs.data());
      // Any zero-cost transition will do: pick one at random.
      std::vector<uint32_t> zero;
      for (uint32_t c = 0; c < costs.size(); ++c) {
        if (costs[c] == 0) zero.push_back(c);
        EXPECT_EQ(costs[c] != TransitionSystem::kInvalid, Allowed(sys, s, c));
      }
      ASSERT_FALSE(zero.empty()) << "no zero-cost transition, trial " << trial;
      sys.Apply(zero[rng.Below(zero.size())], &s);
      ++steps;
    }
    EXPECT_LE(steps, 2 * n);
    EXPECT_EQ(Loss(s, g), 0) << "trial " << trial;
  }
}

TEST_P(TransitionSystemTest, CostsEqualTheLossOfTheBestReachableTree) {
  // From states reached by random transitions, the cost of each transition must be exactly how
  // much worse the best tree still reachable gets (the dynamic oracle's definition).
  const TransitionSystem sys(GetParam(), kNumLabels, kRootLabel);
  Rng rng(5);
  std::vector<int32_t> costs(sys.num_classes());
  int checked = 0;
  for (int trial = 0; trial < 50; ++trial) {
    const auto n = static_cast<int32_t>(1 + rng.Below(trial % 5 == 0 ? 5 : 4));
    const GoldTree g = RandomGold(n, &rng);
    ParseState s;
    s.Init(n);
    while (!sys.IsTerminal(s)) {
      sys.Costs(s, g, costs.data());
      const int before = BestLoss(sys, s, g);
      std::vector<uint32_t> allowed;
      for (uint32_t c = 0; c < sys.num_classes(); ++c) {
        if (!Allowed(sys, s, c)) continue;
        allowed.push_back(c);
        ParseState next = s;
        sys.Apply(c, &next);
        EXPECT_EQ(costs[c], RepairPenalty(sys, s, g, c) + BestLoss(sys, next, g) - before)
            << "trial " << trial << " class " << c << " stack " << s.stack_size();
        ++checked;
      }
      sys.Apply(allowed[rng.Below(allowed.size())], &s);
    }
  }
  EXPECT_GT(checked, 300);
}

TEST_P(TransitionSystemTest, LeastCostPathsOnNonProjectiveTreesLoseOnlyCrossingArcs) {
  const TransitionSystem sys(GetParam(), kNumLabels, kRootLabel);
  Rng rng(3);
  std::vector<int32_t> costs(sys.num_classes());
  int non_projective = 0;
  for (int trial = 0; trial < 200; ++trial) {
    const auto n = static_cast<int32_t>(4 + rng.Below(12));
    const GoldTree g = RandomGold(n, &rng, /*projective=*/false);
    if (IsProjective(g.heads)) continue;
    ++non_projective;
    ParseState s;
    s.Init(n);
    int total_cost = 0;
    while (!sys.IsTerminal(s)) {
      sys.Costs(s, g, costs.data());
      const auto least = std::min_element(costs.begin(), costs.end());
      total_cost += *least;
      sys.Apply(static_cast<uint32_t>(least - costs.begin()), &s);
    }
    std::vector<int32_t> heads(n + 1, 0);
    for (int32_t t = 1; t <= n; ++t) heads[t] = s.token(t).head;
    EXPECT_TRUE(IsTree(heads));
    // A projective tree must lose at least one gold arc, and the costs counted every loss.
    EXPECT_GE(Loss(s, g), 1);
    EXPECT_EQ(Loss(s, g), total_cost);
  }
  EXPECT_GT(non_projective, 50);
}

INSTANTIATE_TEST_SUITE_P(Systems, TransitionSystemTest,
                         ::testing::Values(TransitionKind::kArcHybrid, TransitionKind::kArcEager),
                         SystemName);

// ---------------------------------------------------------------------------------------------
// Tree utilities.

TEST(ParserTreeTest, IsTreeRejectsCyclesMissingOrExtraRootsAndBadHeads) {
  EXPECT_TRUE(IsTree(std::vector<int32_t>{0}));  // no words
  EXPECT_TRUE(IsTree(std::vector<int32_t>{0, 2, 0, 2}));
  EXPECT_FALSE(IsTree(std::vector<int32_t>{0, 2, 3, 2}));  // 2 <-> 3 cycle, no root
  EXPECT_FALSE(IsTree(std::vector<int32_t>{0, 0, 3, 2}));  // root 1 plus a 2 <-> 3 cycle
  EXPECT_FALSE(IsTree(std::vector<int32_t>{0, 0, 0, 2}));  // two roots
  EXPECT_FALSE(IsTree(std::vector<int32_t>{0, 2, 0, 7}));  // head out of range
  EXPECT_FALSE(IsTree(std::vector<int32_t>{0, 1, 0}));     // own head
  EXPECT_FALSE(IsTree(std::vector<int32_t>{0, -1, 0}));    // missing head
}

TEST(ParserTreeTest, ProjectivizeLiftsCrossingArcsOnly) {
  // "A hearing is scheduled on the issue today": 1 A, 2 hearing, 3 is, 4 scheduled, 5 on,
  // 6 the, 7 issue, 8 today. "on the issue" modifies "hearing" across the verb.
  std::vector<int32_t> heads = {0, 2, 4, 4, 0, 7, 7, 2, 4};
  ASSERT_TRUE(IsTree(heads));
  EXPECT_FALSE(IsProjective(heads));
  std::vector<int32_t> lifted = heads;
  EXPECT_EQ(Projectivize(&lifted), 1);
  EXPECT_TRUE(IsTree(lifted));
  EXPECT_TRUE(IsProjective(lifted));
  EXPECT_EQ(lifted[7], 4);  // "issue" now hangs from the verb
  for (size_t t = 1; t < heads.size(); ++t) {
    if (t != 7) {
      EXPECT_EQ(lifted[t], heads[t]) << t;
    }
  }
  std::vector<int32_t> projective = {0, 2, 0, 2};
  EXPECT_EQ(Projectivize(&projective), 0);
}

// ---------------------------------------------------------------------------------------------
// A synthetic treebank: short news-like sentences with their trees, generated from a grammar.

struct Word {
  std::string form, upos, xpos;
  int head;
  std::string deprel;
};

class TreebankWriter {
 public:
  explicit TreebankWriter(uint64_t seed) : rng_(seed) {}

  // One random sentence as CoNLL-U.
  std::string Sentence() {
    words_.clear();
    const bool passive = rng_.Below(3) == 0;
    if (passive) {
      // "The old bridge was closed by the council in March ."
      const int subject = NounPhrase(0);
      const int aux = Add(Pick({"was", "is"}), "AUX", "VBD", 0, "aux:pass");
      const int verb =
          Add(Pick({"closed", "opened", "approved", "delayed"}), "VERB", "VBN", 0, "root");
      Attach(subject, verb, "nsubj:pass");
      Attach(aux, verb, "aux:pass");
      const int by = Add("by", "ADP", "IN", 0, "case");
      const int agent = NounPhrase(0);
      Attach(by, agent, "case");
      Attach(agent, verb, "obl:agent");
      MaybeTime(verb);
    } else {
      // "A small ferry carried the mayor to the island on Tuesday ."
      const int subject = NounPhrase(0);
      const int verb = Add(Pick({"carried", "visited", "approved", "reported", "met"}), "VERB",
                           "VBD", 0, "root");
      Attach(subject, verb, "nsubj");
      const int object = NounPhrase(0);
      Attach(object, verb, "obj");
      if (rng_.Below(2) == 0) {
        const int prep = Add(Pick({"to", "in", "near", "from"}), "ADP", "IN", 0, "case");
        const int place = NounPhrase(0);
        Attach(prep, place, "case");
        Attach(place, verb, "obl");
      }
      MaybeTime(verb);
    }
    const int stop = Add(".", "PUNCT", ".", 0, "punct");
    for (const Word& w : words_) {
      if (w.deprel == "root") Attach(stop, Index(w), "punct");
    }
    std::string out;
    for (size_t i = 0; i < words_.size(); ++i) {
      const Word& w = words_[i];
      out += std::to_string(i + 1) + "\t" + w.form + "\t_\t" + w.upos + "\t" + w.xpos + "\t_\t" +
             std::to_string(w.head) + "\t" + w.deprel + "\t_\t_\n";
    }
    return out + "\n";
  }

 private:
  std::string Pick(std::initializer_list<const char*> options) {
    return *(options.begin() + rng_.Below(options.size()));
  }
  int Add(std::string form, std::string upos, std::string xpos, int head, std::string deprel) {
    words_.push_back({std::move(form), std::move(upos), std::move(xpos), head, std::move(deprel)});
    return static_cast<int>(words_.size());
  }
  void Attach(int dependent, int head, const std::string& deprel) {
    words_[dependent - 1].head = head;
    words_[dependent - 1].deprel = deprel;
  }
  int Index(const Word& w) const { return static_cast<int>(&w - words_.data()) + 1; }
  // DET (ADJ) NOUN; returns the noun.
  int NounPhrase(int) {
    const int det = Add(Pick({"the", "a", "The", "A"}), "DET", "DT", 0, "det");
    int adj = 0;
    if (rng_.Below(2) == 0) adj = Add(Pick({"small", "old", "new", "local"}), "ADJ", "JJ", 0, "");
    const int noun = Add(
        Pick({"ferry", "council", "mayor", "bridge", "harbour", "report", "island", "committee"}),
        "NOUN", "NN", 0, "");
    Attach(det, noun, "det");
    if (adj != 0) Attach(adj, noun, "amod");
    return noun;
  }
  void MaybeTime(int verb) {
    if (rng_.Below(2) != 0) return;
    const int on = Add(Pick({"on", "in"}), "ADP", "IN", 0, "case");
    const int when = Add(Pick({"Tuesday", "March", "spring"}), "PROPN", "NNP", 0, "");
    Attach(on, when, "case");
    Attach(when, verb, "obl:tmod");
  }

  Rng rng_;
  std::vector<Word> words_;
};

std::vector<ConlluSentence> SyntheticTreebank(uint64_t seed, int sentences) {
  TreebankWriter writer(seed);
  std::string text;
  for (int i = 0; i < sentences; ++i) text += writer.Sentence();
  ConlluReader reader = ConlluReader::FromString(text, "synthetic.conllu");
  std::vector<ConlluSentence> out;
  ConlluSentence s;
  while (reader.Next(&s)) out.push_back(s);
  EXPECT_TRUE(reader.status().ok()) << reader.status().message();
  return out;
}

ParserTrainOptions QuietOptions(TransitionKind system = TransitionKind::kArcHybrid) {
  ParserTrainOptions o;
  o.epochs = 6;
  o.quiet = true;
  o.system = system;
  return o;
}

class SyntheticParserTest : public ::testing::TestWithParam<TransitionKind> {};

TEST_P(SyntheticParserTest, LearnsTheTreebankAndGeneralisesToNewSentences) {
  const std::vector<ConlluSentence> train = SyntheticTreebank(1, 150);
  const std::vector<ConlluSentence> held_out = SyntheticTreebank(2, 60);
  Result<Parser> parser = Parser::Train(train, {}, QuietOptions(GetParam()));
  ASSERT_TRUE(parser.ok()) << parser.status().message();
  const ParserScores seen = EvaluateParser(*parser, train);
  EXPECT_EQ(seen.label_correct, seen.words);
  const ParserScores unseen = EvaluateParser(*parser, held_out);
  EXPECT_GT(unseen.las(), 0.97);
  // Subtyped relations come out whole.
  ParsedSentence parsed;
  const std::vector<std::string_view> words = {"The", "new",   "bridge", "was",     "opened", "by",
                                               "the", "mayor", "on",     "Tuesday", "."};
  const std::vector<std::string_view> upos = {"DET", "ADJ",  "NOUN", "AUX",   "VERB", "ADP",
                                              "DET", "NOUN", "ADP",  "PROPN", "PUNCT"};
  const std::vector<std::string_view> xpos = {"DT", "JJ", "NN", "VBD", "VBN", "IN",
                                              "DT", "NN", "IN", "NNP", "."};
  parser->Parse({words, upos, xpos}, &parsed);
  const std::vector<int32_t> heads = {3, 3, 5, 5, 0, 8, 8, 5, 10, 5, 5};
  const std::vector<std::string_view> deprels = {"det",  "amod",     "nsubj:pass", "aux:pass",
                                                 "root", "case",     "det",        "obl:agent",
                                                 "case", "obl:tmod", "punct"};
  EXPECT_EQ(parsed.heads, heads);
  EXPECT_EQ(parsed.deprels, deprels);
}

TEST_P(SyntheticParserTest, TrainingTwiceGivesTheSameBytes) {
  const std::vector<ConlluSentence> train = SyntheticTreebank(7, 80);
  const std::vector<ConlluSentence> dev = SyntheticTreebank(8, 20);
  Result<Parser> a = Parser::Train(train, dev, QuietOptions(GetParam()));
  Result<Parser> b = Parser::Train(train, dev, QuietOptions(GetParam()));
  ASSERT_TRUE(a.ok() && b.ok());
  const std::string bytes = a->Serialize({{"command", "test"}});
  EXPECT_EQ(bytes, b->Serialize({{"command", "test"}}));
  EXPECT_GT(a->num_weights(), 100u);
}

INSTANTIATE_TEST_SUITE_P(Systems, SyntheticParserTest,
                         ::testing::Values(TransitionKind::kArcHybrid, TransitionKind::kArcEager),
                         SystemName);

TEST(ParserTrainTest, RefusesDataWithoutTrees) {
  ConlluReader reader =
      ConlluReader::FromString("1\tHello\t_\tINTJ\tUH\t_\t_\t_\t_\t_\n\n", "no-heads.conllu");
  ConlluSentence s;
  ASSERT_TRUE(reader.Next(&s));
  Result<Parser> parser = Parser::Train({s}, {}, QuietOptions());
  ASSERT_FALSE(parser.ok());
}

TEST(ParserTagsTest, JackknifeTagsEverySentenceWithATaggerThatDidNotSeeIt) {
  const std::vector<ConlluSentence> train = SyntheticTreebank(4, 60);
  const std::vector<ConlluSentence> dev = SyntheticTreebank(5, 10);
  TaggerTrainOptions options;
  options.epochs = 2;
  options.quiet = true;
  Result<std::vector<SentenceTags>> tags = JackknifeTags(train, dev, 3, options);
  ASSERT_TRUE(tags.ok()) << tags.status().message();
  ASSERT_EQ(tags->size(), train.size());
  size_t words = 0, correct = 0;
  for (size_t s = 0; s < train.size(); ++s) {
    ASSERT_EQ((*tags)[s].upos.size(), train[s].words.size());
    ASSERT_EQ((*tags)[s].xpos.size(), train[s].words.size());
    for (size_t w = 0; w < train[s].words.size(); ++w) {
      ++words;
      correct += (*tags)[s].upos[w] == train[s].words[w].upos ? 1 : 0;
    }
  }
  EXPECT_GT(static_cast<double>(correct) / words, 0.9);
  Result<std::vector<SentenceTags>> one_fold = JackknifeTags(train, dev, 1, options);
  ASSERT_FALSE(one_fold.ok());
  EXPECT_NE(one_fold.status().message().find("folds"), std::string::npos);
}

// ---------------------------------------------------------------------------------------------
// Any input gives a tree, in linear time.

class TrainedParserTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<Parser> p = Parser::Train(SyntheticTreebank(3, 60), {}, QuietOptions());
    ASSERT_TRUE(p.ok()) << p.status().message();
    parser_ = new Parser(std::move(p).value());
  }
  static void TearDownTestSuite() {
    delete parser_;
    parser_ = nullptr;
  }
  static bool ParseIsTree(const std::vector<std::string_view>& words,
                          const std::vector<std::string_view>& tags, ParsedSentence* out) {
    parser_->Parse({words, tags, tags}, out);
    std::vector<int32_t> heads = {0};
    heads.insert(heads.end(), out->heads.begin(), out->heads.end());
    if (out->deprels.size() != words.size()) return false;
    for (size_t i = 0; i < words.size(); ++i) {
      if ((out->heads[i] == 0) != (out->deprels[i] == "root")) return false;
    }
    return IsTree(heads);
  }
  static Parser* parser_;
};
Parser* TrainedParserTest::parser_ = nullptr;

TEST_F(TrainedParserTest, EmptyAndOneWordSentences) {
  ParsedSentence out;
  EXPECT_TRUE(ParseIsTree({}, {}, &out));
  EXPECT_TRUE(out.heads.empty());
  EXPECT_TRUE(ParseIsTree({"Yes"}, {"INTJ"}, &out));
  EXPECT_EQ(out.heads, std::vector<int32_t>{0});
  // No tags at all.
  const std::vector<std::string_view> words = {"Ferries", "resumed", "."};
  parser_->Parse({words, {}, {}}, &out);
  std::vector<int32_t> heads = {0};
  heads.insert(heads.end(), out.heads.begin(), out.heads.end());
  EXPECT_TRUE(IsTree(heads));
}

TEST_F(TrainedParserTest, RandomWordsAndTagsAlwaysGiveASingleRootedTree) {
  Rng rng(99);
  const std::vector<std::string> vocabulary = {"the", "ferry", "\xff\xfe", "",   ".", "closed",
                                               "by",  "ÉTÉ",   "2024",     "of", "“", "a"};
  const std::vector<std::string> tags = {"DET", "NOUN", "VERB", "X", "PUNCT", "", "ADP", "???"};
  ParsedSentence out;
  for (int trial = 0; trial < 300; ++trial) {
    const size_t n = rng.Below(40);
    std::vector<std::string_view> words, tag_column;
    for (size_t i = 0; i < n; ++i) {
      words.push_back(vocabulary[rng.Below(vocabulary.size())]);
      tag_column.push_back(tags[rng.Below(tags.size())]);
    }
    ASSERT_TRUE(ParseIsTree(words, tag_column, &out)) << "trial " << trial;
  }
}

double CpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

TEST_F(TrainedParserTest, TenThousandWordSentenceParsesInLinearTime) {
  // A run-on "sentence" of repeated clauses with no full stop.
  const std::vector<std::string_view> clause_words = {"the", "council", "approved",
                                                      "a",   "report",  "and"};
  const std::vector<std::string_view> clause_tags = {"DET", "NOUN", "VERB", "DET", "NOUN", "CCONJ"};
  auto make = [&](size_t n, std::vector<std::string_view>* w, std::vector<std::string_view>* t) {
    w->clear();
    t->clear();
    for (size_t i = 0; i < n; ++i) {
      w->push_back(clause_words[i % clause_words.size()]);
      t->push_back(clause_tags[i % clause_tags.size()]);
    }
  };
  std::vector<std::string_view> words, tags;
  ParsedSentence out;
  make(1000, &words, &tags);
  ASSERT_TRUE(ParseIsTree(words, tags, &out));  // warms the buffers
  double start = CpuSeconds();
  for (int i = 0; i < 10; ++i) parser_->Parse({words, tags, tags}, &out);
  const double ten_short = CpuSeconds() - start;
  make(10000, &words, &tags);
  start = CpuSeconds();
  ASSERT_TRUE(ParseIsTree(words, tags, &out));
  const double one_long = CpuSeconds() - start;
  // Quadratic work would make the long sentence ~10 times slower than ten short ones.
  EXPECT_LT(one_long, 4 * ten_short + 0.05) << one_long << " s vs " << ten_short << " s";
}

// ---------------------------------------------------------------------------------------------
// Model files.

class ParserModelFileTest : public TrainedParserTest {
 protected:
  std::string TempPath(const std::string& name) {
    return (std::filesystem::temp_directory_path() /
            ("parser_test_" + std::to_string(::getpid()) + "_" + name))
        .string();
  }
};

TEST_F(ParserModelFileTest, SavedModelLoadsAndParsesTheSame) {
  const std::string path = TempPath("ok.bin");
  ASSERT_TRUE(parser_->Save(path, {{"command", "corroborate train parser"}}).ok());
  Result<Parser> loaded = Parser::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded->labels(), parser_->labels());
  const std::vector<std::string_view> words = {"A",   "local", "committee", "met",
                                               "the", "mayor", "."};
  const std::vector<std::string_view> tags = {"DET", "ADJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT"};
  ParsedSentence a, b;
  parser_->Parse({words, tags, tags}, &a);
  loaded->Parse({words, tags, tags}, &b);
  EXPECT_EQ(a.heads, b.heads);
  EXPECT_EQ(a.deprels, b.deprels);
  std::remove(path.c_str());
}

TEST_F(ParserModelFileTest, LoadErrorsNameTheFileAndTheProblem) {
  const std::string missing = TempPath("missing.bin");
  Result<Parser> r = Parser::Load(missing);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find(missing), std::string::npos) << r.status().message();

  // Truncated.
  const std::string bytes = parser_->Serialize({});
  const std::string truncated = TempPath("truncated.bin");
  std::ofstream(truncated, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
  r = Parser::Load(truncated);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find(truncated), std::string::npos) << r.status().message();
  std::remove(truncated.c_str());

  // A model of another kind.
  ModelWriter tagger("tagger");
  tagger.AddSection("labels", "x");
  Result<ModelFile> other = ModelFile::Parse(tagger.Serialize(), "tagger.bin", "");
  ASSERT_TRUE(other.ok());
  r = Parser::FromModelFile(*other);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("tagger.bin"), std::string::npos);

  // Sections that disagree: a config from another feature version, labels that do not match
  // the weights.
  Result<ModelFile> good = ModelFile::Parse(bytes, "parser.bin", "parser");
  ASSERT_TRUE(good.ok());
  auto rebuild = [&](const std::string& section, const std::string& replacement) {
    ModelWriter w("parser");
    for (const char* name : {"config", "labels", "parser.rows", "parser.weights"}) {
      w.AddSection(name, name == section ? replacement : std::string(*good->Section(name)));
    }
    Result<ModelFile> file = ModelFile::Parse(w.Serialize(), "parser.bin", "parser");
    EXPECT_TRUE(file.ok());
    return Parser::FromModelFile(*file);
  };
  ByteWriter config;
  config.U32(999);
  config.U8(0);
  config.U32(0);
  r = rebuild("config", config.bytes());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("feature version 999"), std::string::npos)
      << r.status().message();
  ByteWriter labels;  // one label more than the weights have classes for
  labels.U32(static_cast<uint32_t>(parser_->labels().size() + 1));
  for (const std::string& l : parser_->labels()) labels.String(l);
  labels.String("nsubj:outer");
  r = rebuild("labels", labels.bytes());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("classes"), std::string::npos) << r.status().message();
  ByteWriter no_labels;
  no_labels.U32(0);
  r = rebuild("labels", no_labels.bytes());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("parser.bin: section 'labels'"), std::string::npos)
      << r.status().message();
}

// ---------------------------------------------------------------------------------------------
// The shipped model on UD English EWT dev (needs ../shared and models/parser.bin), with gold
// tags and with the shipped tagger's.

TEST(ParserEwtTest, ShippedModelScoresOnEwtDev) {
  const std::string dev = EwtPath(std::string(CORROBORATE_SHARED_DIR) + "/data/ud", "dev");
  const std::string model = std::string(CORROBORATE_SOURCE_DIR) + "/models/parser.bin";
  if (!std::filesystem::exists(dev)) GTEST_SKIP() << dev << " not found (needs ../shared)";
  if (!std::filesystem::exists(model)) {
    GTEST_SKIP() << model << " not found (build it with `corroborate train parser`)";
  }
  Result<Parser> parser = Parser::Load(model);
  ASSERT_TRUE(parser.ok()) << parser.status().message();
  Result<std::vector<ConlluSentence>> gold = ReadConlluFile(dev);
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  const ParserScores s = EvaluateParser(*parser, *gold);
  EXPECT_GT(s.words, 25000u);
  EXPECT_GT(s.uas(), 0.86) << "UAS " << s.uas();
  EXPECT_GT(s.las(), 0.83) << "LAS " << s.las();
  // With the shipped tagger's tags, as `corroborate annotate` runs.
  const std::string tagger_path = std::string(CORROBORATE_SOURCE_DIR) + "/models/tagger.bin";
  if (!std::filesystem::exists(tagger_path)) return;
  Result<Tagger> tagger = Tagger::Load(tagger_path);
  ASSERT_TRUE(tagger.ok()) << tagger.status().message();
  const ParserScores tagged = EvaluateParser(*parser, *gold, &*tagger);
  EXPECT_GT(tagged.uas(), 0.83) << "UAS " << tagged.uas();
  EXPECT_GT(tagged.las(), 0.79) << "LAS " << tagged.las();
}

}  // namespace
}  // namespace corroborate::nlp
