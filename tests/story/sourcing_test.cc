#include "story/sourcing.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "story/shingles.h"

namespace corroborate {
namespace {

// Owns articles and their (empty) annotations for FindSourcing.
class Corpus {
 public:
  size_t Add(std::string outlet, std::string text, CivilDate day, int hour = -1) {
    auto a = std::make_unique<Article>();
    a->outlet = std::move(outlet);
    a->text = std::move(text);
    a->published.date = day;
    a->published.hour = hour;
    a->published.minute = hour >= 0 ? 0 : -1;
    auto d = std::make_unique<AnnotatedDoc>();
    d->article = a.get();
    articles_.push_back(std::move(a));
    docs_.push_back(std::move(d));
    return docs_.size() - 1;
  }
  Article& article(size_t i) { return *articles_[i]; }
  std::vector<const AnnotatedDoc*> docs() const {
    std::vector<const AnnotatedDoc*> out;
    for (const auto& d : docs_) out.push_back(d.get());
    return out;
  }
  std::vector<uint32_t> Indices(uint32_t first) const {
    std::vector<uint32_t> out;
    for (size_t i = 0; i < docs_.size(); ++i) out.push_back(first + static_cast<uint32_t>(i));
    return out;
  }

 private:
  std::vector<std::unique_ptr<Article>> articles_;
  std::vector<std::unique_ptr<AnnotatedDoc>> docs_;
};

const char kWire[] =
    "Harbour strike halts grain exports at Port Aldmoor\n"
    "Dock workers at Port Aldmoor walked off the job on Monday, halting grain shipments for the "
    "second time this year as talks over pay and night-shift safety broke down.\n"
    "The Aldmoor Dockers Union said about 1,200 members joined the stoppage, which is expected "
    "to last at least 48 hours. Eleven bulk carriers were waiting offshore by Monday evening, "
    "according to the harbour authority.\n"
    "\"We have been patient for eight months and we are done waiting,\" union secretary Mara "
    "Lindqvist told reporters outside the main gate.\n"
    "The port handles roughly a third of the region's wheat exports. Traders said prices for "
    "December delivery rose 3 percent in early trading after the walkout was announced.\n"
    "Port management called the strike unlawful and said it would seek an injunction. Labour "
    "minister Tomas Revel urged both sides to return to mediation before the holiday season.";

std::string LightlyEdited() {
  std::string t = kWire;
  // New headline, one changed sentence, one dropped paragraph: a typical light rewrite.
  t.replace(0, t.find('\n'), "Aldmoor dockers strike again, grain ships stuck offshore");
  size_t p = t.find("Traders said");
  size_t e = t.find('\n', p);
  t.replace(p, e - p, "Grain traders reported a sharp jump in December prices.");
  return t;
}

std::string WithChrome() {
  return std::string("Share this article\nSubscribe to our newsletter\n") + kWire +
         "\nRelated: Five things to know about the grain trade\nComments are closed.";
}

const char kIndependent[] =
    "Aldmoor port standstill: what the strike means for farmers\n"
    "Farmers in the eastern plains fear their harvest will rot in silos if the dock stoppage "
    "drags on. \"Every day the ships sit there costs us money,\" said grower Petra Hale, who "
    "farms 400 hectares near Lindholm.\n"
    "Agricultural economists expect storage fees to climb sharply and warn that smaller "
    "cooperatives may have to sell at a loss to local mills.";

TEST(ShinglesTest, WordsIgnorePunctuationAndCase) {
  std::vector<std::string_view> w = ShingleWords("The \u201Cstrike\u201D \u2014 day-two, U.S.");
  ASSERT_EQ(w.size(), 6u);
  EXPECT_EQ(w[1], "strike");
  EXPECT_EQ(w[3], "two");
  EXPECT_EQ(Shingles("A b c d e f"), Shingles("a, B. c d\u00A0e f!"));
  EXPECT_EQ(Shingles("a b c d e f", 5).size(), 2u);
  EXPECT_EQ(Shingles("a b c d e f").size(), 4u);  // three-word shingles by default
  EXPECT_EQ(Shingles("short text").size(), 1u);
  EXPECT_TRUE(Shingles("  \u2014 ").empty());
}

TEST(SourcingTest, SyndicatedCopiesShareAGroupAndPointToTheEarliest) {
  Corpus c;
  size_t original = c.Add("Northern Wire", kWire, CivilDate::Day(2025, 3, 10), 9);
  size_t edited = c.Add("The Lindholm Courier", LightlyEdited(), CivilDate::Day(2025, 3, 10), 14);
  size_t chrome = c.Add("Grain Daily", WithChrome(), CivilDate::Day(2025, 3, 11));
  size_t independent = c.Add("Plains Farmer", kIndependent, CivilDate::Day(2025, 3, 10));
  // Input order deliberately puts a copy first.
  std::vector<const AnnotatedDoc*> docs = c.docs();
  std::vector<uint32_t> idx = c.Indices(10);
  std::vector<Sourcing> s = FindSourcing(docs, idx);
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[original].article, 10u);
  EXPECT_EQ(s[original].syndicated_from, -1);
  EXPECT_EQ(s[edited].syndicated_from, 10);
  EXPECT_GT(s[edited].copied_fraction, 0.6);
  EXPECT_LT(s[edited].copied_fraction, 1.0);
  EXPECT_EQ(s[chrome].syndicated_from, 10);
  EXPECT_GT(s[chrome].copied_fraction, 0.8);
  EXPECT_EQ(s[original].group, 10u);
  EXPECT_EQ(s[edited].group, 10u);
  EXPECT_EQ(s[chrome].group, 10u);
  EXPECT_EQ(s[independent].group, 13u);
  EXPECT_EQ(s[independent].syndicated_from, -1);
}

TEST(SourcingTest, LaterPublicationIsTheCopyWhateverTheInputOrder) {
  Corpus c;
  size_t copy = c.Add("Grain Daily", WithChrome(), CivilDate::Day(2025, 3, 12));
  size_t original = c.Add("Northern Wire", kWire, CivilDate::Day(2025, 3, 10));
  std::vector<Sourcing> s = FindSourcing(c.docs(), c.Indices(0));
  EXPECT_EQ(s[copy].syndicated_from, static_cast<int64_t>(original));
  EXPECT_EQ(s[original].syndicated_from, -1);
  EXPECT_EQ(s[copy].group, 0u);
  EXPECT_EQ(s[original].group, 0u);
}

// Whatever the input order, every copy points to the earliest publication of the text.
TEST(SourcingTest, SyndicatedFromIsTheEarliestPublishedInAnyInputOrder) {
  struct Input {
    const char* outlet;
    std::string text;
    CivilDate day;
    int hour;
  };
  const std::vector<Input> inputs = {
      {"Northern Wire", kWire, CivilDate::Day(2025, 3, 10), 9},
      {"Grain Daily", WithChrome(), CivilDate::Day(2025, 3, 10), 11},
      {"The Lindholm Courier", LightlyEdited(), CivilDate::Day(2025, 3, 10), 14},
      {"Port Weekly", WithChrome() + "\nUpdated with comment from the port.",
       CivilDate::Day(2025, 3, 12), -1},
      {"Plains Farmer", kIndependent, CivilDate::Day(2025, 3, 10), 8},
  };
  std::vector<size_t> perm = {0, 1, 2, 3, 4};
  int orders = 0;
  do {
    Corpus c;
    for (size_t p : perm) c.Add(inputs[p].outlet, inputs[p].text, inputs[p].day, inputs[p].hour);
    std::vector<Sourcing> s = FindSourcing(c.docs(), c.Indices(100));
    auto at = [&](size_t input) {  // the result for inputs[input]
      return s[static_cast<size_t>(std::find(perm.begin(), perm.end(), input) - perm.begin())];
    };
    const int64_t wire = at(0).article;
    EXPECT_EQ(at(0).syndicated_from, -1);
    for (size_t copy : {1, 2, 3}) {
      EXPECT_EQ(at(copy).syndicated_from, wire) << "copy " << copy << " order " << orders;
      EXPECT_EQ(at(copy).group, at(0).group);
    }
    EXPECT_EQ(at(4).syndicated_from, -1);
    EXPECT_NE(at(4).group, at(0).group);
    ++orders;
  } while (std::next_permutation(perm.begin(), perm.end()));
  EXPECT_EQ(orders, 120);
}

// A roundup that reprints two independent reports copies (only) the earliest of them: the two
// reports stay two independent sources.
TEST(SourcingTest, RoundupOfTwoReportsDoesNotMergeThem) {
  Corpus c;
  size_t wire = c.Add("Northern Wire", kWire, CivilDate::Day(2025, 3, 10), 9);
  size_t farm = c.Add("Plains Farmer", kIndependent, CivilDate::Day(2025, 3, 10), 12);
  size_t roundup =
      c.Add("Valley Digest", std::string("The week in the region\n") + kIndependent + "\n" + kWire,
            CivilDate::Day(2025, 3, 12), 8);
  std::vector<Sourcing> s = FindSourcing(c.docs(), c.Indices(0));
  EXPECT_EQ(s[roundup].syndicated_from, static_cast<int64_t>(wire));
  EXPECT_EQ(s[roundup].group, s[wire].group);
  EXPECT_NE(s[farm].group, s[wire].group);
  EXPECT_EQ(s[farm].syndicated_from, -1);
}

TEST(SourcingTest, WithoutDatesTheContainedTextIsTheCopy) {
  Corpus c;
  std::string longer = std::string(kWire) + "\n" + kIndependent;
  size_t a = c.Add("Wire", kWire, CivilDate());
  size_t b = c.Add("Digest", longer, CivilDate());
  std::vector<Sourcing> s = FindSourcing(c.docs(), c.Indices(0));
  // The short wire text lies wholly inside the digest, which adds more: the wire is the copy
  // only by containment; the digest is the longer, later-in-order text. Either way: one group.
  EXPECT_EQ(s[a].group, s[b].group);
  EXPECT_TRUE((s[a].syndicated_from == -1) != (s[b].syndicated_from == -1));
}

TEST(SourcingTest, CitingAnOutletOfTheStoryJoinsItsGroup) {
  Corpus c;
  size_t guardian = c.Add("The Harbour Guardian", kWire, CivilDate::Day(2025, 3, 10));
  size_t citing =
      c.Add("Kestrel Online",
            "Strike spreads to second terminal\nThe stoppage spread to the container terminal on "
            "Tuesday, \"Aldmoor Today\" reports citing The Harbour Guardian. Workers there joined "
            "in solidarity, according to Mara Lindqvist.",
            CivilDate::Day(2025, 3, 11));
  size_t elsewhere =
      c.Add("Plains Farmer",
            "Silo prices rise\nStorage prices rose by a fifth this week, according to Baltic Grain "
            "News. Two cooperatives have already stopped buying, according to two traders.",
            CivilDate::Day(2025, 3, 11));
  std::vector<Sourcing> s = FindSourcing(c.docs(), c.Indices(0));
  ASSERT_EQ(s[citing].cites.size(), 2u);
  EXPECT_EQ(s[citing].cites[0], "The Harbour Guardian");
  EXPECT_EQ(s[citing].cites[1], "Aldmoor Today");
  EXPECT_EQ(s[citing].group, s[guardian].group);
  EXPECT_EQ(s[citing].syndicated_from, -1);
  ASSERT_EQ(s[elsewhere].cites.size(), 1u);
  EXPECT_EQ(s[elsewhere].cites[0], "Baltic Grain News");
  EXPECT_EQ(s[elsewhere].group, 2u);
  EXPECT_TRUE(s[guardian].cites.empty());  // "according to the harbour authority": not an outlet
}

// "told the Courier" in The Daily Courier is the outlet naming itself, not a citation; a
// different outlet sharing a word ("Courier Mail") still counts.
TEST(SourcingTest, AnOutletNamingItselfByAShortNameCitesNobody) {
  Corpus c;
  size_t own = c.Add("The Daily Courier",
                     "Talks stall\nThe delegate left the hall early, a member of the delegation "
                     "told the Courier. Officials did not respond to the Daily Courier's requests.",
                     CivilDate::Day(2026, 3, 3));
  size_t other = c.Add("Harbour Times",
                       "Talks stall\nThe delegate left early, a member of the delegation told the "
                       "Courier Mail on Tuesday evening.",
                       CivilDate::Day(2026, 3, 3));
  std::vector<Sourcing> s = FindSourcing(c.docs(), c.Indices(0));
  EXPECT_TRUE(s[own].cites.empty()) << s[own].cites[0];
  ASSERT_EQ(s[other].cites.size(), 1u);
  EXPECT_EQ(s[other].cites[0], "Courier Mail");
}

TEST(SourcingTest, SyndicationNoticeInRemovedLinesIsACite) {
  Corpus c;
  size_t i = c.Add("Aggregator", kIndependent, CivilDate::Day(2025, 3, 10));
  c.article(i).removed.push_back(
      {"The post Aldmoor port standstill appeared first on Washington Post.",
       "syndication notice"});
  c.article(i).removed.push_back({"Share on Facebook", "site chrome"});
  std::vector<Sourcing> s = FindSourcing(c.docs(), c.Indices(0));
  ASSERT_EQ(s[0].cites.size(), 1u);
  EXPECT_EQ(s[0].cites[0], "Washington Post");
  EXPECT_EQ(s[0].group, 0u);
}

TEST(SourcingTest, EmptyAndMissingDocumentsAreTheirOwnGroup) {
  Corpus c;
  c.Add("A", "", CivilDate());
  c.Add("B", "\u201C \u201D", CivilDate());
  std::vector<const AnnotatedDoc*> docs = c.docs();
  docs.push_back(nullptr);
  std::vector<Sourcing> s = FindSourcing(docs, {4, 5, 6});
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].group, 4u);
  EXPECT_EQ(s[1].group, 5u);
  EXPECT_EQ(s[2].group, 6u);
  EXPECT_EQ(s[2].article, 6u);
}

TEST(SourcingTest, ThousandsOfDocumentsStayFast) {
  const char* words[] = {"river", "council", "budget", "vote",  "school", "road",  "bridge",
                         "mayor", "storm",   "farm",   "price", "union",  "court", "rail",
                         "tax",   "energy",  "water",  "plan",  "report", "police"};
  std::mt19937 rng(7);
  Corpus c;
  const int kDocs = 2000;
  for (int i = 0; i < kDocs; ++i) {
    std::string text;
    if (i % 100 == 99) {
      text = c.article(static_cast<size_t>(i - 1)).text + " updated";  // a copy of the previous
    } else {
      for (int w = 0; w < 80; ++w) {
        if (w) text += ' ';
        text += words[rng() % 20];
        text += std::to_string(rng() % 50);
      }
    }
    c.Add("Outlet " + std::to_string(i), text, CivilDate::Day(2025, 1, 1 + i % 28));
  }
  auto start = std::chrono::steady_clock::now();
  std::vector<Sourcing> s = FindSourcing(c.docs(), c.Indices(0));
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(secs, 3.0);
  int copies = 0;
  for (int i = 0; i < kDocs; ++i) {
    if (s[static_cast<size_t>(i)].syndicated_from >= 0) ++copies;
  }
  EXPECT_EQ(copies, kDocs / 100);
  EXPECT_EQ(s[99].group, 98u);
  EXPECT_EQ(s[50].group, 50u);
}

// The five scraped reports of one meeting: different outlets, no reprints among them; two name
// their sources ("reports citing …", "The post … appeared first on …").
TEST(SourcingTest, SeedArticlesAreIndependentAndCitesAreFound) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(CORROBORATE_SHARED_DIR) / "seeds";
  if (!fs::is_directory(dir)) GTEST_SKIP() << "no seed articles at " << dir;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  if (files.size() < 5) GTEST_SKIP() << "expected 5 seed articles in " << dir;
  Corpus c;
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    c.Add(f.filename().string(), ss.str(), CivilDate::Day(2025, 12, 3));
  }
  std::vector<Sourcing> s = FindSourcing(c.docs(), c.Indices(0));
  size_t with_cites = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    EXPECT_EQ(s[i].group, i) << files[i];
    EXPECT_EQ(s[i].syndicated_from, -1) << files[i];
    if (!s[i].cites.empty()) ++with_cites;
  }
  EXPECT_GE(with_cites, 2u);
  bool guardian = false, post = false;
  for (const Sourcing& x : s) {
    for (const std::string& cite : x.cites) {
      guardian = guardian || cite == "The Guardian";
      post = post || cite == "Washington Post";
    }
  }
  EXPECT_TRUE(guardian);
  EXPECT_TRUE(post);
}

}  // namespace
}  // namespace corroborate
