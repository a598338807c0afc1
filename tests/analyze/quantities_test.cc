#include "analyze/quantities.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "analyze/analyze.h"
#include "test_doc.h"

namespace corroborate {
namespace {

using testing::TestDoc;

const Quantity* FindBySpan(const TestDoc& t, std::string_view span) {
  for (const Quantity& q : t.doc.quantities) {
    if (t.Of(q.span) == span) return &q;
  }
  return nullptr;
}

std::string Dump(const TestDoc& t) {
  std::string out;
  for (const Quantity& q : t.doc.quantities) {
    out += "[" + std::string(t.Of(q.span)) + "|" + std::to_string(q.value) + "|" + q.unit + "|" +
           q.modifier + "] ";
  }
  return out;
}

#define EXPECT_QTY(t, span_text, v, u, mod)                                      \
  do {                                                                           \
    const Quantity* q = FindBySpan(t, span_text);                                \
    ASSERT_NE(q, nullptr) << "no quantity '" << span_text << "' in " << Dump(t); \
    EXPECT_DOUBLE_EQ(q->value, v) << span_text;                                  \
    EXPECT_EQ(q->unit, u) << span_text;                                          \
    EXPECT_EQ(q->modifier, mod) << span_text;                                    \
  } while (0)

TEST(QuantitiesTest, CurrenciesAndMultipliers) {
  TestDoc t(
      "Port revenue is projected to fall by around 35 percent to $6.59 billion this year. "
      "Exporters have paid the state more than \xE2\x82\xAC"
      "100bn since then, and a fund of "
      "\xC2\xA3"
      "2.5m was set aside. The ministry spent 1,200 million rubles and 40 euros.");
  FindQuantities(&t.doc);
  EXPECT_QTY(t, "35 percent", 35, "percent", "around");
  EXPECT_QTY(t, "$6.59 billion", 6.59e9, "USD", "");
  EXPECT_QTY(t,
             "\xE2\x82\xAC"
             "100bn",
             1e11, "EUR", "more than");
  EXPECT_QTY(t,
             "\xC2\xA3"
             "2.5m",
             2.5e6, "GBP", "");
  EXPECT_QTY(t, "1,200 million rubles", 1.2e9, "RUB", "");
  EXPECT_QTY(t, "40 euros", 40, "EUR", "");
  EXPECT_EQ(FindBySpan(t, "$6.59 billion")->sentence, 0u);
  EXPECT_EQ(FindBySpan(t, "40 euros")->sentence, 2u);
}

TEST(QuantitiesTest, PercentForms) {
  TestDoc t("Turnout fell from 45% to 13.5 per cent, nearly 20 percentage points.");
  FindQuantities(&t.doc);
  EXPECT_QTY(t, "45%", 45, "percent", "");
  EXPECT_QTY(t, "13.5 per cent", 13.5, "percent", "");
  EXPECT_QTY(t, "20 percentage points", 20, "percentage point", "nearly");
}

TEST(QuantitiesTest, HyphenatedCompounds) {
  TestDoc t(
      "After a five-hour meeting, the council adopted a 28-point plan and a three-year budget. "
      "A 12-year-old boy and twenty-eight volunteers were rescued.");
  FindQuantities(&t.doc);
  EXPECT_QTY(t, "five-hour", 5, "hour", "");
  EXPECT_QTY(t, "28-point", 28, "point", "");
  EXPECT_QTY(t, "three-year", 3, "year", "");
  EXPECT_QTY(t, "12-year-old", 12, "year", "");
  EXPECT_QTY(t, "twenty-eight volunteers", 28, "volunteer", "");
}

TEST(QuantitiesTest, CountedNounsSkipAdjectives) {
  TestDoc t(
      "Shelling killed two people in the harbour district and damaged four regions. "
      "Border guards reported intercepting over 100 Ukrainian drones and at least 12 small "
      "boats. Talks lasted 24 hours, and some 300 casualties were counted.");
  FindQuantities(&t.doc);
  EXPECT_QTY(t, "two people", 2, "person", "");
  EXPECT_QTY(t, "four regions", 4, "region", "");
  EXPECT_QTY(t, "100 Ukrainian drones", 100, "drone", "over");
  EXPECT_QTY(t, "12 small boats", 12, "boat", "at least");
  EXPECT_QTY(t, "24 hours", 24, "hour", "");
  EXPECT_QTY(t, "300 casualties", 300, "casualty", "some");
}

TEST(QuantitiesTest, Ordinals) {
  TestDoc t(
      "The envoy came to the capital for the sixth time this year. It was the 3rd round. "
      "The mayor's second attempt failed, and the meeting was the fourth between them.");
  FindQuantities(&t.doc);
  EXPECT_QTY(t, "sixth time", 6, "ordinal:time", "");
  EXPECT_QTY(t, "3rd round", 3, "ordinal:round", "");
  EXPECT_QTY(t, "second attempt", 2, "ordinal:attempt", "");
  EXPECT_QTY(t, "fourth", 4, "ordinal", "");
}

TEST(QuantitiesTest, SkipsDatesTimesArticlesAndLists) {
  TestDoc t(
      "WASHINGTON \xE2\x80\x94 DECEMBER 3 , 8 AM EDT\n"
      "A U.S. official said on December 2, 2025 that the pipeline, built in 2022, would close "
      "by 2027. One of the engineers left at 04:53 on 3 December.\n"
      "1. Nov. 20 was the deadline.\n"
      "An aide called it one of the longest sessions since 2024.");
  FindQuantities(&t.doc);
  EXPECT_TRUE(t.doc.quantities.empty()) << Dump(t);
}

TEST(QuantitiesTest, NumberWordsAndAUnits) {
  TestDoc t(
      "A dozen ships and two hundred sailors arrived; one person was hurt. "
      "Officials counted three million votes.");
  FindQuantities(&t.doc);
  EXPECT_QTY(t, "A dozen ships", 12, "ship", "");
  EXPECT_QTY(t, "two hundred sailors", 200, "sailor", "");
  EXPECT_QTY(t, "one person", 1, "person", "");
  EXPECT_QTY(t, "three million votes", 3e6, "vote", "");
}

TEST(QuantitiesTest, SingularOfPlural) {
  EXPECT_EQ(SingularOfPlural("people"), "person");
  EXPECT_EQ(SingularOfPlural("drones"), "drone");
  EXPECT_EQ(SingularOfPlural("casualties"), "casualty");
  EXPECT_EQ(SingularOfPlural("hours"), "hour");
  EXPECT_EQ(SingularOfPlural("churches"), "church");
  EXPECT_EQ(SingularOfPlural("status"), "");
  EXPECT_EQ(SingularOfPlural("was"), "");
}

TEST(QuantitiesTest, HostileInputIsLinear) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "12,3 4.5.6 $ \xE2\x82\xAC 1bn-";
  text += std::string(50000, '9');
  TestDoc t(text);
  FindQuantities(&t.doc);
  SUCCEED();
  std::string bad = "\xFF\xFE five-\xE2\x80 $\xC2";
  TestDoc u(bad);
  FindQuantities(&u.doc);
}

}  // namespace
}  // namespace corroborate
