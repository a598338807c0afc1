#include "analyze/tokenize.h"

#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>
#include <vector>

#include "analyze/analyze.h"
#include "analyze/sentences.h"

namespace corroborate {
namespace {

struct Fixture {
  Article article;
  AnnotatedDoc doc;
  explicit Fixture(std::string text) {
    article.text = std::move(text);
    doc.article = &article;
    Tokenize(&doc);
  }
  std::vector<std::string> Tokens() const {
    std::vector<std::string> out;
    for (const Token& t : doc.tokens) out.emplace_back(t.span.Of(article.text));
    return out;
  }
  std::vector<std::string> Sentences() const {
    std::vector<std::string> out;
    for (const Sentence& s : doc.sentences) out.emplace_back(s.span.Of(article.text));
    return out;
  }
};

std::vector<std::string> TokensOf(const std::string& text) { return Fixture(text).Tokens(); }

TEST(TokenizeTest, WordsNumbersPunctuation) {
  EXPECT_EQ(TokensOf("The ministry said 3.5 million people, or 45%, fled."),
            (std::vector<std::string>{"The", "ministry", "said", "3.5", "million", "people", ",",
                                      "or", "45", "%", ",", "fled", "."}));
}

TEST(TokenizeTest, CompoundsAndAbbreviations) {
  EXPECT_EQ(TokensOf("A five-hour U.S.-led meeting at 10 a.m. in the U.K. with Mr. Hale."),
            (std::vector<std::string>{"A", "five-hour", "U.S.-led", "meeting", "at", "10", "a.m.",
                                      "in", "the", "U.K.", "with", "Mr.", "Hale", "."}));
  EXPECT_EQ(TokensOf("the U.S. delegation"),
            (std::vector<std::string>{"the", "U.S.", "delegation"}));
  EXPECT_EQ(TokensOf("a 28-point plan worth $1,200bn"),
            (std::vector<std::string>{"a", "28-point", "plan", "worth", "$", "1,200bn"}));
}

TEST(TokenizeTest, PossessivesSplit) {
  EXPECT_EQ(TokensOf("Latvia\u2019s minister and Kyiv's envoy; the Ukrainians\u2019 view"),
            (std::vector<std::string>{"Latvia", "\u2019s", "minister", "and", "Kyiv", "'s", "envoy",
                                      ";", "the", "Ukrainians", "\u2019", "view"}));
  EXPECT_EQ(TokensOf("don't O'Brien"), (std::vector<std::string>{"don't", "O'Brien"}));
}

TEST(TokenizeTest, QuotesAreTokens) {
  Fixture f("\u201CWe\u2019re not there yet,\u201D he said.");
  EXPECT_EQ(f.Tokens(), (std::vector<std::string>{"\u201C", "We\u2019re", "not", "there", "yet",
                                                  ",", "\u201D", "he", "said", "."}));
  EXPECT_EQ(f.doc.tokens[0].kind, TokenKind::kPunct);
  EXPECT_EQ(f.doc.tokens[6].kind, TokenKind::kPunct);
}

TEST(TokenizeTest, UrlsAndEmails) {
  EXPECT_EQ(TokensOf("See https://example.org/a/b?x=1. Write to desk@meridian-news.com."),
            (std::vector<std::string>{"See", "https://example.org/a/b?x=1", ".", "Write", "to",
                                      "desk@meridian-news.com", "."}));
}

TEST(TokenizeTest, TokenKinds) {
  Fixture f("Up 12 \u20AC €");
  ASSERT_EQ(f.doc.tokens.size(), 4u);
  EXPECT_EQ(f.doc.tokens[0].kind, TokenKind::kWord);
  EXPECT_EQ(f.doc.tokens[1].kind, TokenKind::kNumber);
  EXPECT_EQ(f.doc.tokens[2].kind, TokenKind::kSymbol);
}

TEST(SentencesTest, NewsAbbreviationsDoNotSplit) {
  Fixture f(
      "Gen. Hal Mercer met Sen. Ruth Adair on Nov. 20 at 9 a.m. in Vienna. The U.S. side "
      "offered 3.5 billion dollars. J. R. Tolland, No. 2 at the agency, disagreed.");
  EXPECT_EQ(f.Sentences(),
            (std::vector<std::string>{
                "Gen. Hal Mercer met Sen. Ruth Adair on Nov. 20 at 9 a.m. in Vienna.",
                "The U.S. side offered 3.5 billion dollars.",
                "J. R. Tolland, No. 2 at the agency, disagreed."}));
}

TEST(SentencesTest, AbbreviationCanEndASentence) {
  Fixture f("The envoy flew back to the U.S. The talks resume in Geneva.");
  EXPECT_EQ(f.Sentences(), (std::vector<std::string>{"The envoy flew back to the U.S.",
                                                     "The talks resume in Geneva."}));
}

TEST(SentencesTest, QuotesStayWithTheirSentence) {
  Fixture f(
      "She said the deal \u201Cbrings us closer to peace.\u201D Then she left. "
      "\u201CWhy now?\u201D he asked. \u201CBecause it is time!\u201D she replied.");
  EXPECT_EQ(f.Sentences(),
            (std::vector<std::string>{"She said the deal \u201Cbrings us closer to peace.\u201D",
                                      "Then she left.", "\u201CWhy now?\u201D he asked.",
                                      "\u201CBecause it is time!\u201D she replied."}));
}

TEST(SentencesTest, LinesParagraphsAndHeadings) {
  Fixture f(
      "Ceasefire Talks Stall in Vienna\n"
      "Negotiators met on Monday. They failed to agree.\n"
      "\n"
      "What is known about the talks\n"
      "Is a deal close?");
  ASSERT_EQ(f.doc.sentences.size(), 5u);
  EXPECT_TRUE(f.doc.sentences[0].heading);
  EXPECT_EQ(f.doc.sentences[0].paragraph, 0u);
  EXPECT_FALSE(f.doc.sentences[1].heading);
  EXPECT_EQ(f.doc.sentences[1].paragraph, 1u);
  EXPECT_EQ(f.doc.sentences[2].paragraph, 1u);
  EXPECT_TRUE(f.doc.sentences[3].heading);
  EXPECT_EQ(f.doc.sentences[3].paragraph, 3u);
  EXPECT_FALSE(f.doc.sentences[4].heading);
  EXPECT_EQ(f.doc.sentences[4].paragraph, 4u);
  // Token ranges tile the tokens and agree with the spans.
  uint32_t next = 0;
  for (const Sentence& s : f.doc.sentences) {
    EXPECT_EQ(s.token_begin, next);
    EXPECT_LT(s.token_begin, s.token_end);
    EXPECT_EQ(f.doc.tokens[s.token_begin].span.begin, s.span.begin);
    EXPECT_EQ(f.doc.tokens[s.token_end - 1].span.end, s.span.end);
    next = s.token_end;
  }
  EXPECT_EQ(next, f.doc.tokens.size());
}

TEST(SentencesTest, NeverCrossLineBreak) {
  Fixture f("No final stop here\nand a lowercase line.");
  ASSERT_EQ(f.doc.sentences.size(), 2u);
  EXPECT_EQ(f.Sentences()[0], "No final stop here");
}

TEST(SentencesTest, SentenceStarters) {
  EXPECT_TRUE(IsSentenceStarter("Meanwhile"));
  EXPECT_TRUE(IsSentenceStarter("The"));
  EXPECT_FALSE(IsSentenceStarter("Moscow"));
}

TEST(TokenizeTest, RunsOfPunctuationAreOneToken) {
  EXPECT_EQ(TokensOf("Really?! It sank!!! -- or so they say ****"),
            (std::vector<std::string>{"Really", "?!", "It", "sank", "!!!", "--", "or", "so", "they",
                                      "say", "****"}));
}

TEST(TokenizeTest, EmailLocalPartsAndFileNames) {
  EXPECT_EQ(TokensOf("Write to jane.doe@harbour-news.org or see minutes.pdf and Budget.xlsx."),
            (std::vector<std::string>{"Write", "to", "jane.doe@harbour-news.org", "or", "see",
                                      "minutes.pdf", "and", "Budget.xlsx", "."}));
}

TEST(SentencesTest, LowercaseStartAfterStop) {
  Fixture f("sounds good. see you at the dock. \u201CReady?\u201D she asked.");
  EXPECT_EQ(f.Sentences(), (std::vector<std::string>{"sounds good.", "see you at the dock.",
                                                     "\u201CReady?\u201D she asked."}));
}

TEST(SentencesTest, CitationMarksStayWithTheirSentence) {
  Fixture f("The bridge opened in 1891. [4][5] It was rebuilt in 1950. [6]");
  EXPECT_EQ(f.Sentences(), (std::vector<std::string>{"The bridge opened in 1891. [4][5]",
                                                     "It was rebuilt in 1950. [6]"}));
}

TEST(SentencesTest, LatinAndDayAbbreviations) {
  Fixture f(
      "Ports (e.g. The Hague and Ostend) reopened c. 1950. The ferry leaves on Sat. we hope. "
      "Lawyers cited Marsh v. Ellery.");
  EXPECT_EQ(f.Sentences(),
            (std::vector<std::string>{"Ports (e.g. The Hague and Ostend) reopened c. 1950.",
                                      "The ferry leaves on Sat. we hope.",
                                      "Lawyers cited Marsh v. Ellery."}));
}

TEST(TokenizeTest, LongParagraphIsLinear) {
  std::string para;
  const std::string unit =
      "Officials in the U.S. said on Nov. 20 that 3.5 percent of the \u201Caid\u201D arrived. ";
  while (para.size() < 200 * 1024) para += unit;
  std::string no_stops(200 * 1024, 'a');
  for (size_t i = 5; i < no_stops.size(); i += 7) no_stops[i] = ' ';
  auto start = std::chrono::steady_clock::now();
  Fixture f(para);
  Fixture g(no_stops);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_GT(f.doc.sentences.size(), 2000u);
  EXPECT_EQ(g.doc.sentences.size(), 1u);
  EXPECT_LT(secs, 5.0);  // quadratic behaviour would take minutes
}

TEST(TokenizeTest, RandomBytesDoNotCrash) {
  std::mt19937 rng(42);
  for (int round = 0; round < 200; ++round) {
    std::string s(static_cast<size_t>(rng() % 300), '\0');
    for (char& c : s) c = static_cast<char>(rng() % 256);
    Fixture f(s);
    for (const Token& t : f.doc.tokens) {
      ASSERT_LT(t.span.begin, t.span.end);
      ASSERT_LE(t.span.end, s.size());
    }
    for (const Sentence& st : f.doc.sentences) ASSERT_LE(st.token_end, f.doc.tokens.size());
  }
  // Odd Unicode: combining marks, RTL, emoji, zero-width joiners, lone surrogate bytes.
  Fixture odd(
      "e\u0301\u0301 \u05E9\u05DC\u05D5\u05DD \U0001F600\u200D\U0001F525 \xED\xA0\x80 "
      "\u2026\u2026 \u00A0\u2028x.");
  EXPECT_FALSE(odd.doc.tokens.empty());
}

}  // namespace
}  // namespace corroborate
