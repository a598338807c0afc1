// Tests of the named-entity recogniser: BILOU tags (every decoded sequence reads back as
// well-formed spans), the corpus readers (IOB1/IOB2, GUM entity mentions), the gazetteer,
// training on a small synthetic corpus (learning unseen names, the gazetteer's effect,
// bit-for-bit reproducibility), hostile input (empty, invalid UTF-8, 20,000 words in linear
// time), model load errors, and, when ../shared and models/ner.bin are present, entity F1 on
// UNER English EWT dev.
#include "nlp/ner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/gazetteer.h"
#include "nlp/gazetteer_sources.h"
#include "nlp/model_file.h"
#include "nlp/ner_data.h"
#include "nlp/ner_gum.h"
#include "nlp/ner_tags.h"
#include "nlp/tagger.h"
#include "nlp/train_util.h"

namespace corroborate::nlp {

void PrintTo(const EntitySpan& s, std::ostream* os) {
  *os << "[" << s.begin << "," << s.end << ") type " << s.type;
}

namespace {

constexpr uint16_t kPer = 0, kOrg = 1, kLoc = 2;

// ---------------------------------------------------------------------------------------------
// BILOU tags.

TEST(BilouTest, SpansRoundTrip) {
  const std::vector<EntitySpan> spans = {{0, 2, kPer}, {3, 4, kLoc}, {4, 7, kOrg}};
  std::vector<uint16_t> tags;
  SpansToTags(spans, 8, &tags);
  EXPECT_EQ(tags, (std::vector<uint16_t>{
                      BilouTag(kPer, BilouPart::kB), BilouTag(kPer, BilouPart::kL), kOutsideTag,
                      BilouTag(kLoc, BilouPart::kU), BilouTag(kOrg, BilouPart::kB),
                      BilouTag(kOrg, BilouPart::kI), BilouTag(kOrg, BilouPart::kL), kOutsideTag}));
  std::vector<EntitySpan> back;
  TagsToSpans(tags, &back);
  EXPECT_EQ(back, spans);
}

TEST(BilouTest, ConstrainedGreedyDecodingIsAlwaysWellFormed) {
  // Random scores decoded as the recogniser does: the best tag allowed after the previous one.
  Rng rng(7);
  const uint32_t num_tags = NumBilouTags(3);
  for (int trial = 0; trial < 2000; ++trial) {
    const uint32_t n = 1 + static_cast<uint32_t>(rng.Below(12));
    std::vector<uint16_t> tags;
    uint16_t prev = kNoPreviousTag;
    for (uint32_t i = 0; i < n; ++i) {
      uint16_t best = 0;
      uint64_t best_score = 0;
      bool found = false;
      for (uint16_t t = 0; t < num_tags; ++t) {
        const uint64_t score = rng.Below(1000);
        if (AllowedAfter(prev, t, i + 1 == n) && (!found || score > best_score)) {
          best = t;
          best_score = score;
          found = true;
        }
      }
      ASSERT_TRUE(found);
      tags.push_back(best);
      prev = best;
    }
    // Well-formed: spans read back to exactly the same tags.
    std::vector<EntitySpan> spans;
    TagsToSpans(tags, &spans);
    std::vector<uint16_t> again;
    SpansToTags(spans, n, &again);
    ASSERT_EQ(again, tags) << "trial " << trial;
  }
}

TEST(BilouTest, ArbitraryTagsGiveOrderedDisjointSpans) {
  Rng rng(11);
  for (int trial = 0; trial < 2000; ++trial) {
    std::vector<uint16_t> tags(1 + rng.Below(15));
    for (uint16_t& t : tags) t = static_cast<uint16_t>(rng.Below(NumBilouTags(3)));
    std::vector<EntitySpan> spans;
    TagsToSpans(tags, &spans);
    std::vector<int> covered(tags.size(), 0);
    uint32_t previous_end = 0;
    for (const EntitySpan& s : spans) {
      ASSERT_LT(s.begin, s.end);
      ASSERT_LE(s.end, tags.size());
      ASSERT_GE(s.begin, previous_end);
      previous_end = s.end;
      for (uint32_t i = s.begin; i < s.end; ++i) {
        ASSERT_EQ(TagType(tags[i]), s.type);
        ++covered[i];
      }
    }
    for (size_t i = 0; i < tags.size(); ++i) {
      EXPECT_EQ(covered[i], tags[i] == kOutsideTag ? 0 : 1) << "trial " << trial << " word " << i;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Corpus readers.

TEST(NerDataTest, ReadsIob1AndIob2Alike) {
  IobFormat format;
  format.labels = {{"PER", "PER"}, {"ORG", "ORG"}, {"LOC", "LOC"}};
  // IOB1: I- starts a name, B- only separates two adjacent names of one type.
  auto a = ParseIob(
      "Marta I-PER\nVolkova I-PER\nvisited O\nthe O\nHalden I-ORG\nTrust I-ORG\nin O\n"
      "Ostrava I-LOC\nand O\nJonas I-PER\nB B-PER\n",
      "a.conll", format);
  ASSERT_TRUE(a.ok()) << a.status().message();
  ASSERT_EQ(a->size(), 1u);
  EXPECT_EQ((*a)[0].entities,
            (std::vector<EntitySpan>{
                {0, 2, kPer}, {4, 6, kOrg}, {7, 8, kLoc}, {9, 10, kPer}, {10, 11, kPer}}));
  auto b = ParseIob(
      "# newdoc id = d1\n1\tMarta\tB-PER\t-\t-\n2\tVolkova\tI-PER\t-\t-\n3\tleft\tO\t-\t-\n\n"
      "1\tShe\tO\t-\t-\n2\tflew\tO\t-\t-\n3\thome\tO\t-\t-\n",
      "b.iob2", UnerFormat());
  ASSERT_TRUE(b.ok()) << b.status().message();
  ASSERT_EQ(b->size(), 2u);
  EXPECT_TRUE((*b)[0].doc_start);
  EXPECT_FALSE((*b)[1].doc_start);
  EXPECT_EQ((*b)[0].entities, (std::vector<EntitySpan>{{0, 2, kPer}}));
  // Labels outside PER/ORG/LOC become O.
  auto c = ParseIob("Danish B-MISC\ncheese O\n", "c.conll", format);
  ASSERT_TRUE(c.ok());
  EXPECT_TRUE((*c)[0].entities.empty());
}

TEST(NerDataTest, ErrorsNameTheFileAndLine) {
  auto bad_tag = ParseIob("Marta B-PER\nleft X-PER\n", "bad.conll", IobFormat{});
  ASSERT_FALSE(bad_tag.ok());
  EXPECT_EQ(bad_tag.status().message(), "bad.conll:2: tag 'X-PER' is not O, B-TYPE or I-TYPE");
  auto short_line = ParseIob("1\tMarta\n", "short.iob2", UnerFormat());
  ASSERT_FALSE(short_line.ok());
  EXPECT_EQ(short_line.status().message(), "short.iob2:1: expected at least 3 columns, found 2");
  auto missing = ReadIobFile("/nonexistent/ner.conll", UnerFormat());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().message(), "/nonexistent/ner.conll: cannot open");
}

TEST(NerGumTest, NamesFromEntityMentions) {
  // "President Ilse Varga of the Nordholm Institute visited Ostrava , Czechia ." with GUM
  // mentions: a person (with a Wikipedia identity), an organization nested in it, places.
  const std::string conllu =
      "# newdoc id = GUM_news_test\n"
      "1\tPresident\tpresident\tPROPN\tNNP\t_\t3\tcompound\t_\t"
      "Entity=(1-person-new-sssss-cf1-3-coref-Ilse_Varga\n"
      "2\tIlse\tIlse\tPROPN\tNNP\t_\t3\tflat\t_\t_\n"
      "3\tVarga\tVarga\tPROPN\tNNP\t_\t8\tnsubj\t_\t_\n"
      "4\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "5\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\tEntity=(2-organization-new-sssss-cf2-3-sgl\n"
      "6\tNordholm\tNordholm\tPROPN\tNNP\t_\t7\tcompound\t_\t_\n"
      "7\tInstitute\tInstitute\tPROPN\tNNP\t_\t3\tnmod\t_\tEntity=2)1)\n"
      "8\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "9\tOstrava\tOstrava\tPROPN\tNNP\t_\t8\tobj\t_\tEntity=(3-place-new-sssss-cf3-1-sgl)\n"
      "10\t,\t,\tPUNCT\t,\t_\t11\tpunct\t_\t_\n"
      "11\tCzechia\tCzechia\tPROPN\tNNP\t_\t9\tappos\t_\tEntity=(4-place-new-sssss-cf4-1-sgl)\n"
      "12\tthe\tthe\tDET\tDT\t_\t13\tdet\t_\tEntity=(5-place-new-sssss-cf5-2-sgl\n"
      "13\tcity\tcity\tNOUN\tNN\t_\t8\tobl\t_\tEntity=5)\n"
      "14\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_\n\n";
  ConlluReader reader = ConlluReader::FromString(conllu, "gum.conllu");
  ConlluSentence s;
  ASSERT_TRUE(reader.Next(&s)) << reader.status().message();
  // The person's name is the identity's words (no title); the nested organization is inside
  // the person mention but not inside the name, so it stays; "the city" has no name.
  EXPECT_EQ(GumSentenceEntities(s),
            (std::vector<EntitySpan>{{1, 3, kPer}, {5, 7, kOrg}, {8, 9, kLoc}, {10, 11, kLoc}}));
}

// ---------------------------------------------------------------------------------------------
// Gazetteer.

std::vector<std::string> Normalized(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (const std::string& w : words) out.push_back(NormalizeWord(w));
  return out;
}

TEST(GazetteerTest, LongestMatchWithPositions) {
  Gazetteer g;
  g.Add("York", GazetteerKind::kCity);
  g.Add("New York City", GazetteerKind::kCity);
  g.Add("Winston-Salem", GazetteerKind::kCity);
  g.Add("Martha's Vineyard", GazetteerKind::kRegion);
  g.Add("Georgia", GazetteerKind::kCountry);
  g.Add("Georgia", GazetteerKind::kRegion);
  g.Add("South Korean", GazetteerKind::kDemonym);
  EXPECT_EQ(g.num_names(), 7u);  // Winston-Salem is also stored as "Winston - Salem"
  std::vector<uint16_t> marks;
  g.Mark(Normalized({"from", "new", "York", "City", "to", "York", "and", "Winston", "-", "Salem",
                     "via", "Martha", "'s", "Vineyard", "and", "Georgia", "South", "Korean"}),
         &marks);
  const uint16_t city_b = GazetteerMarkBit(GazetteerKind::kCity, 0);
  const uint16_t city_i = GazetteerMarkBit(GazetteerKind::kCity, 1);
  const uint16_t city_l = GazetteerMarkBit(GazetteerKind::kCity, 2);
  const uint16_t city_u = GazetteerMarkBit(GazetteerKind::kCity, 3);
  EXPECT_EQ(marks, (std::vector<uint16_t>{
                       0, city_b, city_i, city_l, 0, city_u, 0, city_b, city_i, city_l, 0,
                       GazetteerMarkBit(GazetteerKind::kRegion, 0),
                       GazetteerMarkBit(GazetteerKind::kRegion, 1),
                       GazetteerMarkBit(GazetteerKind::kRegion, 2), 0,
                       static_cast<uint16_t>(GazetteerMarkBit(GazetteerKind::kCountry, 3) |
                                             GazetteerMarkBit(GazetteerKind::kRegion, 3)),
                       GazetteerMarkBit(GazetteerKind::kDemonym, 0),
                       GazetteerMarkBit(GazetteerKind::kDemonym, 2)}));
  // "New York" alone is only a prefix of a name.
  g.Mark(Normalized({"New", "York"}), &marks);
  EXPECT_EQ(marks, (std::vector<uint16_t>{0, city_u}));
}

TEST(GazetteerTest, DemonymPlurals) {
  EXPECT_EQ(DemonymPlural("Kenyan"), "Kenyans");
  EXPECT_EQ(DemonymPlural("Thai"), "Thais");
  EXPECT_EQ(DemonymPlural("Chinese"), "");
  EXPECT_EQ(DemonymPlural("Swiss"), "");
  EXPECT_EQ(DemonymPlural("French"), "");
  EXPECT_EQ(DemonymPlural("Englishman"), "Englishmen");
}

// ---------------------------------------------------------------------------------------------
// Training on synthetic sentences.

// Invented names; the test names never occur in training.
const std::vector<std::string> kFirst = {"Marta", "Jonas", "Ilse",  "Teodor", "Anneke", "Pavel",
                                         "Rosa",  "Emil",  "Nadia", "Oskar",  "Lidia",  "Viktor"};
const std::vector<std::string> kLast = {"Volkova",   "Brandt", "Halloran", "Szabo",  "Okafor",
                                        "Lindqvist", "Moreau", "Castell",  "Petrov", "Nakamura"};
const std::vector<std::string> kTowns = {"Ostrava", "Kelmora",  "Dunvale", "Bratsk",
                                         "Harlow",  "Tiraspol", "Vennick", "Aldmouth"};
const std::vector<std::string> kOrgStems = {"Halden",  "Nordholm", "Brightwater",
                                            "Kessler", "Orlov",    "Greyfield"};
const std::vector<std::string> kOrgHeads = {"Trust", "Institute", "Group", "Council", "Bank"};

struct NameSets {
  std::vector<std::string> first, last, towns, org_stems;
};

// Sentences like "Marta Volkova met Jonas Brandt in Ostrava ." and "The Halden Trust opened an
// office in Kelmora on Monday ." (PER, ORG, LOC from the given name sets).
std::vector<NerSentence> SyntheticCorpus(const NameSets& names, int sentences, uint64_t seed) {
  Rng rng(seed);
  auto pick = [&rng](const std::vector<std::string>& v) { return v[rng.Below(v.size())]; };
  std::vector<NerSentence> out;
  for (int i = 0; i < sentences; ++i) {
    NerSentence s;
    s.doc_start = i % 5 == 0;
    auto add = [&s](std::vector<std::string> words, int type) {
      const uint32_t begin = static_cast<uint32_t>(s.words.size());
      for (std::string& w : words) s.words.push_back(std::move(w));
      if (type >= 0) {
        s.entities.push_back(
            {begin, static_cast<uint32_t>(s.words.size()), static_cast<uint16_t>(type)});
      }
    };
    switch (rng.Below(4)) {
      case 0:
        add({pick(names.first), pick(names.last)}, kPer);
        add({"met"}, -1);
        add({pick(names.first), pick(names.last)}, kPer);
        add({"in"}, -1);
        add({pick(names.towns)}, kLoc);
        break;
      case 1:
        add({"The"}, -1);
        add({pick(names.org_stems), pick(kOrgHeads)}, kOrg);
        add({"opened", "an", "office", "in"}, -1);
        add({pick(names.towns)}, kLoc);
        add({"on", "Monday"}, -1);
        break;
      case 2:
        add({"Yesterday", ","}, -1);
        add({pick(names.last)}, kPer);
        add({"said", "the"}, -1);
        add({pick(names.org_stems), pick(kOrgHeads)}, kOrg);
        add({"would", "leave"}, -1);
        add({pick(names.towns)}, kLoc);
        break;
      default:
        add({"Residents", "of"}, -1);
        add({pick(names.towns)}, kLoc);
        add({"welcomed"}, -1);
        add({pick(names.first), pick(names.last)}, kPer);
        break;
    }
    add({"."}, -1);
    out.push_back(std::move(s));
  }
  return out;
}

NameSets TrainNames() {
  NameSets n;
  n.first.assign(kFirst.begin(), kFirst.begin() + 8);
  n.last.assign(kLast.begin(), kLast.begin() + 7);
  n.towns.assign(kTowns.begin(), kTowns.begin() + 5);
  n.org_stems.assign(kOrgStems.begin(), kOrgStems.begin() + 4);
  return n;
}

NameSets TestNames() {
  NameSets n;
  n.first.assign(kFirst.begin() + 8, kFirst.end());
  n.last.assign(kLast.begin() + 7, kLast.end());
  n.towns.assign(kTowns.begin() + 5, kTowns.end());
  n.org_stems.assign(kOrgStems.begin() + 4, kOrgStems.end());
  return n;
}

NerTrainOptions Quiet(int epochs) {
  NerTrainOptions o;
  o.epochs = epochs;
  o.quiet = true;
  o.lowercase_share = 0.2;
  return o;
}

NerTrainResources SyntheticResources(const std::vector<NerSentence>& train) {
  NerTrainResources r;
  std::vector<std::vector<std::string>> text;
  for (const NerSentence& s : train) text.push_back(s.words);
  r.casing = BuildCasingLexicon(text, 1);
  return r;
}

class NerTrainTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    const auto train = SyntheticCorpus(TrainNames(), 400, 1);
    const auto dev = SyntheticCorpus(TrainNames(), 40, 2);
    auto r = EntityRecognizer::Train(train, dev, SyntheticResources(train), Quiet(5));
    ASSERT_TRUE(r.ok()) << r.status().message();
    recognizer_ = new EntityRecognizer(std::move(r).value());
  }
  static void TearDownTestSuite() { delete recognizer_; }
  static EntityRecognizer* recognizer_;
};
EntityRecognizer* NerTrainTest::recognizer_ = nullptr;

TEST_F(NerTrainTest, FindsUnseenNames) {
  const NerScores s = EvaluateNer(*recognizer_, SyntheticCorpus(TestNames(), 100, 3));
  EXPECT_GT(s.overall.gold, 150u);
  EXPECT_GT(s.overall.f1(), 0.9) << "P " << s.overall.precision() << " R " << s.overall.recall();
  EXPECT_EQ(recognizer_->types(), (std::vector<std::string>{"PER", "ORG", "LOC", "NORP"}));
  RecognizedSentence out;
  std::vector<std::string_view> words = {"Nadia",   "Nakamura", "met",     "Oskar",
                                         "Castell", "in",       "Vennick", "."};
  recognizer_->Recognize(words, {}, {}, nullptr, &out);
  EXPECT_EQ(out.entities, (std::vector<EntitySpan>{{0, 2, kPer}, {3, 5, kPer}, {6, 7, kLoc}}));
}

TEST_F(NerTrainTest, HostileInput) {
  RecognizedSentence out;
  std::vector<std::string_view> none;
  recognizer_->Recognize(none, {}, {}, nullptr, &out);
  EXPECT_TRUE(out.entities.empty());
  EXPECT_TRUE(out.tags.empty());
  const std::string huge(100000, 'Q');
  std::vector<std::string_view> odd = {
      "\xff\xfe", std::string_view("\0A", 2), "🙂", "Éric", huge, "'", "Ωmega", ""};
  // Tags of the wrong length are ignored rather than read out of bounds.
  std::vector<std::string_view> short_tags = {"PROPN"};
  NerDocumentMemory memory;
  recognizer_->Recognize(odd, short_tags, short_tags, &memory, &out);
  ASSERT_EQ(out.tags.size(), odd.size());
  for (const EntitySpan& e : out.entities) {
    EXPECT_LT(e.begin, e.end);
    EXPECT_LE(e.end, odd.size());
  }
  // 8 times the words costs about 8 times the time (a quadratic step would make it 64).
  auto seconds_for = [&out](int repeats) {
    std::vector<std::string_view> words;
    for (int i = 0; i < repeats; ++i) {
      for (std::string_view w : {"Marta", "Volkova", "met", "residents", "of", "Ostrava", ","}) {
        words.push_back(w);
      }
    }
    const auto start = std::chrono::steady_clock::now();
    NerDocumentMemory document;
    recognizer_->Recognize(words, {}, {}, &document, &out);
    EXPECT_EQ(out.tags.size(), words.size());
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  // The fastest of three runs each, so a busy machine does not fail the comparison.
  auto fastest = [&seconds_for](int repeats) {
    double best = seconds_for(repeats);
    for (int i = 0; i < 2; ++i) best = std::min(best, seconds_for(repeats));
    return best;
  };
  const double small = fastest(400), large = fastest(3200);
  EXPECT_LT(large, 24 * std::max(small, 1e-3)) << small << " s vs " << large << " s";
}

TEST_F(NerTrainTest, SaveLoadGivesTheSameEntities) {
  const std::string path = testing::TempDir() + "/ner_test.bin";
  ASSERT_TRUE(recognizer_->Save(path, {{"data", "synthetic"}}).ok());
  auto loaded = EntityRecognizer::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const auto test = SyntheticCorpus(TestNames(), 60, 4);
  const NerScores a = EvaluateNer(*recognizer_, test), b = EvaluateNer(*loaded, test);
  EXPECT_EQ(a.overall.predicted, b.overall.predicted);
  EXPECT_EQ(a.overall.correct, b.overall.correct);
  EXPECT_EQ(loaded->types(), recognizer_->types());
}

TEST(NerGazetteerTest, GazetteerTellsPlacesFromPeople) {
  // "X was busy ." is said of people and of towns alike; only the gazetteer knows which
  // unseen name is a town.
  const std::vector<std::string> towns = {"Kelmora",  "Dunvale", "Bratsk",   "Harlow",
                                          "Tiraspol", "Vennick", "Aldmouth", "Ostrava"};
  const std::vector<std::string> people = {"Marta",  "Jonas", "Ilse", "Teodor",
                                           "Anneke", "Pavel", "Rosa", "Emil"};
  auto corpus = [](const std::vector<std::string>& t, const std::vector<std::string>& p, int n,
                   uint64_t seed) {
    Rng rng(seed);
    std::vector<NerSentence> out;
    for (int i = 0; i < n; ++i) {
      NerSentence s;
      s.doc_start = true;
      const bool town = rng.Below(2) == 0;
      s.words = {town ? t[rng.Below(t.size())] : p[rng.Below(p.size())], "was", "busy", "."};
      s.entities = {{0, 1, town ? kLoc : kPer}};
      out.push_back(std::move(s));
    }
    return out;
  };
  const std::vector<std::string> train_towns(towns.begin(), towns.begin() + 5);
  const std::vector<std::string> train_people(people.begin(), people.begin() + 5);
  const std::vector<std::string> test_towns(towns.begin() + 5, towns.end());
  const std::vector<std::string> test_people(people.begin() + 5, people.end());
  const auto train = corpus(train_towns, train_people, 300, 1);
  const auto test = corpus(test_towns, test_people, 100, 2);
  auto train_with = [&](bool gazetteer) {
    NerTrainResources r = SyntheticResources(train);
    if (gazetteer) {
      for (const std::string& t : towns) r.gazetteer.Add(t, GazetteerKind::kCity);
    }
    auto model = EntityRecognizer::Train(train, train, std::move(r), Quiet(4));
    EXPECT_TRUE(model.ok());
    return EvaluateNer(*model, test).overall.f1();
  };
  const double with = train_with(true), without = train_with(false);
  EXPECT_GT(with, 0.95);
  EXPECT_LT(without, 0.8);
}

TEST(NerNorpTest, DemonymsOutsideNamesAreNorp) {
  // UNER leaves nationalities unlabelled, so the model learns O for them; the lookup then
  // marks the capitalised ones as NORP.
  std::vector<NerSentence> train = SyntheticCorpus(TrainNames(), 200, 5);
  for (int i = 0; i < 60; ++i) {
    NerSentence s;
    s.doc_start = true;
    s.words = {i % 2 ? "Kenyan" : "Kenyans", "and", "South", "Korean", "crews", "met", "."};
    train.push_back(std::move(s));
  }
  NerTrainResources r = SyntheticResources(train);
  r.gazetteer.Add("Kenyan", GazetteerKind::kDemonym);
  r.gazetteer.Add("Kenyans", GazetteerKind::kDemonym);
  r.gazetteer.Add("South Korean", GazetteerKind::kDemonym);
  auto model = EntityRecognizer::Train(train, train, std::move(r), Quiet(2));
  ASSERT_TRUE(model.ok());
  RecognizedSentence out;
  std::vector<std::string_view> words = {"Kenyans", "and", "a",      "South",  "Korean",
                                         "crew",    "met", "kenyan", "pilots", "."};
  model->Recognize(words, {}, {}, nullptr, &out);
  const uint16_t norp = 3;
  // Lowercase "kenyan" is not taken for a nationality.
  EXPECT_EQ(out.entities, (std::vector<EntitySpan>{{0, 1, norp}, {3, 5, norp}}));
}

TEST(NerReproducibilityTest, SameDataSameSeedSameBytes) {
  const auto train = SyntheticCorpus(TrainNames(), 150, 6);
  const auto dev = SyntheticCorpus(TrainNames(), 20, 7);
  auto a = EntityRecognizer::Train(train, dev, SyntheticResources(train), Quiet(3));
  auto b = EntityRecognizer::Train(train, dev, SyntheticResources(train), Quiet(3));
  ASSERT_TRUE(a.ok() && b.ok());
  const std::string bytes = a->Serialize({{"command", "test"}});
  EXPECT_EQ(bytes, b->Serialize({{"command", "test"}}));
  EXPECT_GT(bytes.size(), 1000u);
}

TEST(NerTrainErrorsTest, EmptyTrainingSetIsAnError) {
  auto r = EntityRecognizer::Train({}, {}, NerTrainResources{}, Quiet(1));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "no training sentences");
}

// ---------------------------------------------------------------------------------------------
// Load errors.

TEST(NerLoadTest, BadFilesNameTheFileAndTheProblem) {
  const auto train = SyntheticCorpus(TrainNames(), 60, 8);
  auto r = EntityRecognizer::Train(train, train, SyntheticResources(train), Quiet(1));
  ASSERT_TRUE(r.ok());
  const std::string bytes = r->Serialize({});
  const std::string path = testing::TempDir() + "/bad_ner.bin";

  ASSERT_TRUE(WriteFileAtomically(path, bytes.substr(0, bytes.size() / 2)).ok());
  auto truncated = EntityRecognizer::Load(path);
  ASSERT_FALSE(truncated.ok());
  EXPECT_EQ(truncated.status().message().rfind(path + ": truncated at section '", 0), 0u)
      << truncated.status().message();

  std::string flipped = bytes;
  flipped[flipped.size() - 3] ^= 0x20;
  ASSERT_TRUE(WriteFileAtomically(path, flipped).ok());
  EXPECT_EQ(EntityRecognizer::Load(path).status().message(),
            path + ": checksum mismatch (file corrupt)");

  ModelWriter other("tagger");
  other.AddSection("x", "y");
  ASSERT_TRUE(other.WriteFile(path).ok());
  EXPECT_EQ(EntityRecognizer::Load(path).status().message(),
            path + ": is a tagger model, expected ner");

  ModelWriter empty("ner");
  ASSERT_TRUE(empty.WriteFile(path).ok());
  EXPECT_EQ(EntityRecognizer::Load(path).status().message(),
            path + ": section 'ner.config': missing");

  ModelWriter future("ner");
  ByteWriter config;
  config.U32(99);
  config.U32(0);
  config.U32(3);
  future.AddSection("ner.config", std::move(config.bytes()));
  ASSERT_TRUE(future.WriteFile(path).ok());
  const std::string message = EntityRecognizer::Load(path).status().message();
  EXPECT_EQ(message.rfind(path + ": section 'ner.config': feature version 99", 0), 0u) << message;

  EXPECT_EQ(EntityRecognizer::Load(path + ".none").status().message(),
            path + ".none: cannot open model file");
}

// ---------------------------------------------------------------------------------------------
// The shipped model on UNER English EWT dev (needs ../shared and models/ner.bin).

TEST(NerEwtTest, ShippedModelScoresOnEwtDev) {
  const std::string dir = std::string(CORROBORATE_SHARED_DIR) + "/data/ner";
  const std::string dev = UnerEwtPath(dir, "dev");
  const std::string model = std::string(CORROBORATE_SOURCE_DIR) + "/models/ner.bin";
  const std::string tagger_path = std::string(CORROBORATE_SOURCE_DIR) + "/models/tagger.bin";
  if (!std::filesystem::exists(dev)) GTEST_SKIP() << dev << " not found (needs ../shared)";
  if (!std::filesystem::exists(model)) {
    GTEST_SKIP() << model << " not found (build it with `corroborate train ner`)";
  }
  const auto start = std::chrono::steady_clock::now();
  Result<EntityRecognizer> ner = EntityRecognizer::Load(model);
  ASSERT_TRUE(ner.ok()) << ner.status().message();
  std::optional<Tagger> tagger;
  if (ner->uses_pos()) {
    Result<Tagger> loaded = Tagger::Load(tagger_path);
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    tagger.emplace(std::move(loaded).value());
  }
  Result<std::vector<NerSentence>> gold = ReadIobFile(dev, UnerFormat());
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  const NerScores s = EvaluateNer(*ner, *gold, tagger ? &*tagger : nullptr);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(s.overall.gold, 966u);
  EXPECT_GT(s.overall.f1(), 0.66) << "F1 " << s.overall.f1();  // 0.670 with the cues
  EXPECT_GT(s.types[0].f1(), 0.70) << "PER F1 " << s.types[0].f1();
  EXPECT_LT(seconds, 20.0);
}

}  // namespace
}  // namespace corroborate::nlp
