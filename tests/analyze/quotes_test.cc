#include "analyze/quotes.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "analyze/analyze.h"
#include "test_doc.h"

namespace corroborate {
namespace {

using testing::TestDoc;

std::string Dump(const TestDoc& t) {
  std::string out;
  for (const Quote& q : t.doc.quotes) {
    out += std::string(q.direct ? "D" : "I") + "{" + std::string(t.Of(q.speaker)) + "|" +
           std::string(t.Of(q.cue)) + "|" + std::string(t.Of(q.text)) + "}\n";
  }
  return out;
}

const Quote* WithText(const TestDoc& t, std::string_view text) {
  for (const Quote& q : t.doc.quotes) {
    if (t.Of(q.text) == text) return &q;
  }
  return nullptr;
}

#define EXPECT_QUOTE(t, text_, speaker_, cue_, direct_)                    \
  do {                                                                     \
    const Quote* q = WithText(t, text_);                                   \
    ASSERT_NE(q, nullptr) << "no quote '" << text_ << "' in\n" << Dump(t); \
    EXPECT_EQ(t.Of(q->speaker), speaker_) << text_;                        \
    EXPECT_EQ(t.Of(q->cue), cue_) << text_;                                \
    EXPECT_EQ(q->direct, direct_) << text_;                                \
  } while (0)

TEST(QuotesTest, SpeakerAfterQuote) {
  TestDoc t(
      "\u201CWe will not sign a deal that gives away our coast,\u201D Mayor Anna Kovacs said. "
      "\u201CNot now, not ever.\u201D\n"
      "\u201CThe reservoir is safe for now,\u201D said hydrologist Tomas Berg.\n"
      "\u201CIt\u2019s fragile. It\u2019s reversible,\u201D Kovacs told reporters in Lisbon.\n"
      "\u201CThe bridge will reopen in spring\u201D according to the regional transport office.");
  FindQuotes(&t.doc);
  EXPECT_QUOTE(t, "We will not sign a deal that gives away our coast", "Anna Kovacs", "said", true);
  EXPECT_QUOTE(t, "Not now, not ever.", "Anna Kovacs", "", true);
  EXPECT_QUOTE(t, "The reservoir is safe for now", "Tomas Berg", "said", true);
  EXPECT_QUOTE(t, "It\u2019s fragile. It\u2019s reversible", "Kovacs", "told", true);
  EXPECT_QUOTE(t, "The bridge will reopen in spring", "the regional transport office",
               "according to", true);
  EXPECT_EQ(WithText(t, "Not now, not ever.")->sentence, 1u);
}

TEST(QuotesTest, SpeakerBeforeQuoteAndPartialQuotes) {
  TestDoc t(
      "In a radio interview late Monday, Berg characterized the talks as making "
      "\u201Cslow progress,\u201D but cautioned, \u201CWe\u2019re far from done.\u201D\n"
      "Finance Minister Lena Ortiz called the proposal \u201Creckless.\u201D\n"
      "The port authority said: \u201CAll ferries are cancelled until further notice.\u201D\n"
      "The hearing, which began late Tuesday, was described by senior judge Paul Amari as "
      "\u201Cthorough\u201D and \u201Cfair.\u201D\n"
      "Dock workers accused managers of \u201Cstalling\u201D on the deal.\n"
      "He refused to give details, saying talks work best \u201Cwhen nobody is watching.\u201D");
  FindQuotes(&t.doc);
  EXPECT_QUOTE(t, "slow progress", "Berg", "characterized", true);
  EXPECT_QUOTE(t, "We\u2019re far from done.", "Berg", "cautioned", true);
  EXPECT_QUOTE(t, "reckless.", "Lena Ortiz", "called", true);
  EXPECT_QUOTE(t, "All ferries are cancelled until further notice.", "The port authority", "said",
               true);
  EXPECT_QUOTE(t, "thorough", "Paul Amari", "described", true);
  EXPECT_QUOTE(t, "fair.", "Paul Amari", "", true);
  EXPECT_EQ(WithText(t, "stalling"), nullptr) << Dump(t);  // a scare quote
  EXPECT_QUOTE(t, "when nobody is watching.", "He", "saying", true);
}

TEST(QuotesTest, DescriptionsAppositionsAndBareNames) {
  TestDoc t(
      "\u201CThe plan is dead on arrival,\u201D Maria Lind, a senior fellow at the Baltic "
      "Policy Institute, said in a note.\n"
      "A U.S. official said the shipment would leave \u201Cwithin days.\u201D\n"
      "Two EU diplomats warned that the summit could be \u201Ca fiasco for everyone "
      "involved.\u201D\n"
      "The shipyard will stay open \u201Cfor as long as it takes,\u201D Lind\n"
      "\u201CNobody wants this.\u201D Even worse, she added, is that costs keep rising.");
  FindQuotes(&t.doc);
  EXPECT_QUOTE(t, "The plan is dead on arrival", "Maria Lind", "said", true);
  EXPECT_QUOTE(t, "within days.", "A U.S. official", "said", true);
  EXPECT_QUOTE(t, "a fiasco for everyone involved.", "Two EU diplomats", "warned", true);
  EXPECT_QUOTE(t, "for as long as it takes", "Lind", "", true);
  EXPECT_QUOTE(t, "Nobody wants this.", "she", "added", true);
}

TEST(QuotesTest, OtherQuoteMarks) {
  TestDoc t(
      "\"We are ready,\" the coach said. Ortiz called the ruling \u00ABa disgrace\u00BB on Friday. "
      "The judge said \u201EThis ends today\u201C before leaving. "
      "Lind\u2019s aide said \u2018Berg\u2019s team lost\u2019 and left.");
  FindQuotes(&t.doc);
  EXPECT_QUOTE(t, "We are ready", "the coach", "said", true);
  EXPECT_QUOTE(t, "a disgrace", "Ortiz", "called", true);
  EXPECT_QUOTE(t, "This ends today", "The judge", "said", true);
  EXPECT_QUOTE(t, "Berg\u2019s team lost", "Lind\u2019s aide", "said", true);
}

TEST(QuotesTest, IndirectSpeech) {
  TestDoc t(
      "The mayor said that the tunnel would open next year.\n"
      "Ortiz told reporters the budget had been balanced.\n"
      "According to the coast guard, three boats sank near the harbour.\n"
      "Rescue teams reached the village before dawn, officials said.\n"
      "Ukrainian officials confirmed that the grain corridor was open.\n"
      "The minister reiterated the government\u2019s support for farmers.\n"
      "His absence has added to the tension in the chamber.");
  FindQuotes(&t.doc);
  EXPECT_QUOTE(t, "the tunnel would open next year", "The mayor", "said", false);
  EXPECT_QUOTE(t, "the budget had been balanced", "Ortiz", "told", false);
  EXPECT_QUOTE(t, "three boats sank near the harbour", "the coast guard", "According to", false);
  EXPECT_QUOTE(t, "Rescue teams reached the village before dawn", "officials", "said", false);
  EXPECT_QUOTE(t, "the grain corridor was open", "Ukrainian officials", "confirmed", false);
  EXPECT_EQ(t.doc.quotes.size(), 5u) << Dump(t);
}

TEST(QuotesTest, SnapsSpeakerToEntityMention) {
  TestDoc t("\u201CWe need more time,\u201D Foreign Minister Jan Novak said.");
  EntityMention m;
  m.span.begin = static_cast<uint32_t>(t.article.text.find("Jan Novak"));
  m.span.end = m.span.begin + 9;
  m.type = EntityType::kPerson;
  t.doc.entities.push_back(m);
  FindQuotes(&t.doc);
  EXPECT_QUOTE(t, "We need more time", "Jan Novak", "said", true);
}

TEST(QuotesTest, UnbalancedQuotesOnHugeParagraphAreLinear) {
  std::string text;
  while (text.size() < 200 * 1024) {
    text += "\u201CThe talks went on, the minister said and \u2018Russia\u2019s \" plans ";
  }
  TestDoc t(text);
  auto start = std::chrono::steady_clock::now();
  FindQuotes(&t.doc);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                  start)
                .count();
  EXPECT_LT(ms, 5000);
  for (const Quote& q : t.doc.quotes) EXPECT_LE(q.text.end, t.article.text.size());
  TestDoc u("\xE2\x80\x9C\xFF said \xE2\x80 \"");
  FindQuotes(&u.doc);
}

TEST(QuotesTest, FullAnalyzeOnInventedArticle) {
  Article a;
  a.text =
      "Harbour Talks End Without Deal\n"
      "Port officials met union leaders on Monday for a five-hour session in Gdansk.\n"
      "\u201CWe made real progress, but we are not there yet,\u201D union chief Marta Wolska "
      "said. \u201CThe strike stays on.\u201D\n"
      "According to the port authority, more than 40 ships are waiting offshore.";
  AnnotatedDoc d = Analyze(a, CivilDate::Day(2025, 12, 3));
  auto of = [&](TextSpan s) { return s.Of(a.text); };
  ASSERT_GE(d.quotes.size(), 3u);
  EXPECT_EQ(of(d.quotes[0].text), "We made real progress, but we are not there yet");
  EXPECT_EQ(of(d.quotes[0].speaker), "Marta Wolska");
  EXPECT_EQ(of(d.quotes[1].text), "The strike stays on.");
  EXPECT_EQ(of(d.quotes[1].speaker), "Marta Wolska");
  EXPECT_NE(d.quotes[0].sentence, d.quotes[1].sentence);
  EXPECT_FALSE(d.quotes[2].direct);
  EXPECT_EQ(of(d.quotes[2].speaker), "the port authority");
  ASSERT_EQ(d.times.size(), 1u);
  EXPECT_EQ(d.times[0].date.Iso(), "2025-12-01");
  bool hours = false, ships = false;
  for (const Quantity& q : d.quantities) {
    hours = hours || (q.value == 5 && q.unit == "hour");
    ships = ships || (q.value == 40 && q.unit == "ship" && q.modifier == "more than");
  }
  EXPECT_TRUE(hours);
  EXPECT_TRUE(ships);
}

// The seed articles (real scraped news) through the full Analyze().
std::string ReadSeed(const std::string& prefix) {
  std::filesystem::path dir = std::filesystem::path(CORROBORATE_SHARED_DIR) / "seeds";
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.path().filename().string().rfind(prefix, 0) == 0) {
      std::ifstream f(e.path());
      std::stringstream ss;
      ss << f.rdbuf();
      return ss.str();
    }
  }
  return "";
}

struct Seed {
  Article article;
  AnnotatedDoc doc;
  Seed(const std::string& prefix, CivilDate ref) {
    article.text = ReadSeed(prefix);
    doc = Analyze(article, ref);
  }
  std::string_view Of(TextSpan s) const { return s.Of(article.text); }
  bool HasQuote(std::string_view contains, std::string_view speaker) const {
    for (const Quote& q : doc.quotes) {
      if (Of(q.text).find(contains) != std::string_view::npos && Of(q.speaker) == speaker) {
        return true;
      }
    }
    return false;
  }
  bool HasQuantity(double v, std::string_view unit) const {
    for (const Quantity& q : doc.quantities) {
      if (q.value == v && q.unit == unit) return true;
    }
    return false;
  }
  std::string TimeAt(std::string_view needle) const {
    size_t at = article.text.find(needle);
    for (const TimeMention& t : doc.times) {
      if (t.span.begin == at) return t.date.Iso();
    }
    return "(none)";
  }
};

TEST(QuotesSeedTest, SeedArticles) {
  if (!std::filesystem::exists(std::filesystem::path(CORROBORATE_SHARED_DIR) / "seeds")) {
    GTEST_SKIP() << "seed articles not found under " << CORROBORATE_SHARED_DIR << "/seeds";
  }
  const CivilDate dec3 = CivilDate::Day(2025, 12, 3), dec2 = CivilDate::Day(2025, 12, 2);
  Seed s0("000", dec3), s1("001", dec3), s2("002", dec2), s4("004", dec3);
  ASSERT_FALSE(s0.article.text.empty());
  EXPECT_TRUE(s1.HasQuote("ready right now", "Putin"));
  EXPECT_TRUE(s4.HasQuote("right now", "Putin"));
  EXPECT_TRUE(s0.HasQuote("first time a direct exchange", "Peskov"));
  EXPECT_EQ(s0.TimeAt("Tuesday\u2019s"), "2025-12-02");
  EXPECT_EQ(s2.TimeAt("December 2"), "2025-12-02");
  EXPECT_EQ(s2.TimeAt("December 1"), "2025-12-01");
  EXPECT_TRUE(s0.HasQuantity(5, "hour"));
  EXPECT_TRUE(s1.HasQuantity(5, "hour"));
  EXPECT_TRUE(s2.HasQuantity(5, "hour"));
  EXPECT_TRUE(s4.HasQuantity(5, "hour"));
  for (const Seed* s : {&s0, &s1, &s2, &s4}) {
    for (const Quote& q : s->doc.quotes) {
      EXPECT_LT(q.sentence, s->doc.sentences.size());
      EXPECT_FALSE(s->Of(q.text).empty());
    }
  }
}

}  // namespace
}  // namespace corroborate
