// Transliteration and name keys across scripts and romanisation systems: Cyrillic names meet the
// Latin spellings English-language news uses, declined forms meet their base, and unrelated
// names stay apart.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

#include "reconcile/entities.h"
#include "reconcile/name_key.h"
#include "reconcile/transliterate.h"

namespace corroborate {
namespace {

TEST(TransliterateTest, RussianAndUkrainianRomanisation) {
  // Russian: г is g, и is i; Ukrainian (і, ї, є, ґ or -ськ-): г is h, и is y.
  EXPECT_EQ(RomanizeCyrillic("Горбунов"), "Gorbunov");
  EXPECT_EQ(RomanizeCyrillic("Гнатів"), "Hnativ");
  EXPECT_EQ(RomanizeCyrillic("Олексій Гончаренко"), "Oleksiy Honcharenko");
  EXPECT_EQ(RomanizeCyrillic("Зеленський"), "Zelenskyy");
  EXPECT_EQ(RomanizeCyrillic("Харків"), "Kharkiv");
  EXPECT_EQ(RomanizeCyrillic("Щербаков"), "Shcherbakov");
  EXPECT_EQ(RomanizeCyrillic("Юлия"), "Yuliya");
  EXPECT_EQ(RomanizeCyrillic("ПЕСКОВ"), "PESKOV");
  // Apostrophes inside a Ukrainian word drop; other text passes through.
  EXPECT_EQ(RomanizeCyrillic("Мар\u2019яна, 2025"), "Maryana, 2025");
}

TEST(TransliterateTest, OtherScriptsAndDiacriticsGoThroughIcu) {
  EXPECT_EQ(ToLatinAscii("M\u00FCller"), "Muller");
  EXPECT_EQ(ToLatinAscii("Erdo\u011Fan"), "Erdogan");
  EXPECT_EQ(ToLatinAscii("\u0391\u03B8\u03AE\u03BD\u03B1"), "Athena");  // Αθήνα
  EXPECT_EQ(ToLatinAscii("plain ascii"), "plain ascii");
  EXPECT_EQ(ToLatinAscii(""), "");
  // Invalid UTF-8 never crashes; what cannot be read is dropped.
  EXPECT_EQ(ToLatinAscii(std::string("Ab\xFF\xFE")), "Ab");
}

TEST(TransliterateTest, CyrillicNamesMeetTheirLatinSpellings) {
  EXPECT_EQ(NameKey("Зеленський"), NameKey("Zelenskyy"));  // Ukrainian spelling
  EXPECT_EQ(NameKey("Зеленский"), NameKey("Zelensky"));    // Russian spelling
  EXPECT_EQ(NameKey("Андрій Єрмак"), NameKey("Andriy Yermak"));
  EXPECT_EQ(NameKey("Андрій Єрмак"), NameKey("Andrii Yermak"));
  EXPECT_EQ(NameKey("Олексій Гончаренко"), NameKey("Oleksiy Honcharenko"));
  EXPECT_EQ(NameKey("Дмитрий Песков"), NameKey("Dmitry Peskov"));
  EXPECT_EQ(NameKey("Сергей Лавров"), NameKey("Sergey Lavrov"));
  EXPECT_EQ(NameKey("Сергей Лавров"), NameKey("Sergei Lavrov"));
  EXPECT_EQ(NameKey("Михаил Ходорковский"), NameKey("Mikhail Khodorkovsky"));
  EXPECT_EQ(NameKey("Пётр"), NameKey("Pyotr"));
}

TEST(TransliterateTest, LatinRomanisationVariantsShareAKey) {
  EXPECT_EQ(NameKey("Andriy"), NameKey("Andrii"));
  EXPECT_EQ(NameKey("Zelensky"), NameKey("Zelenskiy"));
  EXPECT_EQ(NameKey("Zelenskyy"), NameKey("Zelenskii"));
  EXPECT_EQ(NameKey("Witkoff"), NameKey("Vitkov"));  // w/v and -off/-ov
  EXPECT_EQ(NameKey("Smirnoff"), NameKey("Smirnov"));
  EXPECT_EQ(NameKey("Prokofieff"), NameKey("Prokofiev"));
  EXPECT_EQ(NameKey("Khodorkovsky"), NameKey("Hodorkovsky"));
  EXPECT_EQ(NameKey("Yevgeny"), NameKey("Evgeny"));
  EXPECT_EQ(NameKey("Mykhaylo"), NameKey("Mykhailo"));
}

TEST(TransliterateTest, UnrelatedNamesStayApart) {
  const std::vector<std::string> names = {
      "Ivanov", "Ivanova", "Petrov", "Petrova", "Kushner", "Kushnir",  "Marco",  "Mark",
      "Peskov", "Lavrov",  "Lvov",   "Lviv",    "Sergei",  "Serhiy",   "Andrei", "Andrea",
      "Alina",  "Alena",   "Olena",  "Elena",   "Yermak",  "Yermolov", "Hale",   "Gale",
      "Graham", "Hraham",  "Offer",  "Over",    "Witt",    "White",    "Bush",   "Busch",
      "Tusk",   "Tusko",   "Marin",  "Marine"};
  std::unordered_set<std::string> keys;
  for (const std::string& n : names) keys.insert(NameKey(n));
  EXPECT_EQ(keys.size(), names.size());
}

TEST(TransliterateTest, DeclinedFormsReduceToAKnownBase) {
  std::unordered_set<std::string> known = {NameKey("Putin"), NameKey("Zelensky"), NameKey("Moskva"),
                                           NameKey("Vladimir")};
  auto is_known = [](const std::string& w, const void* ctx) {
    return static_cast<const std::unordered_set<std::string>*>(ctx)->count(w) > 0;
  };
  auto base = [&](std::string_view cyrillic) {
    return InflectionBase(NameKey(cyrillic), is_known, &known);
  };
  EXPECT_EQ(base("Путина"), NameKey("Putin"));
  EXPECT_EQ(base("Путину"), NameKey("Putin"));
  EXPECT_EQ(base("Путиным"), NameKey("Putin"));
  EXPECT_EQ(base("Зеленського"), NameKey("Zelensky"));  // Ukrainian genitive
  EXPECT_EQ(base("Зеленскому"), NameKey("Zelensky"));   // Russian dative
  EXPECT_EQ(base("Зеленським"), NameKey("Zelensky"));   // Ukrainian instrumental
  EXPECT_EQ(base("Владимира"), NameKey("Vladimir"));
  EXPECT_EQ(base("Москвы"), NameKey("Moskva"));
  // No base in the story, or a base form itself: nothing.
  EXPECT_EQ(base("Лаврова"), "");
  EXPECT_EQ(base("Зеленский"), "");
}

TEST(TransliterateTest, SafeFromManyThreads) {
  std::vector<std::thread> threads;
  std::vector<std::string> got(4);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t, &got] {
      std::string k;
      for (int i = 0; i < 200; ++i) k = NameKey("\u0395\u03BB\u03AD\u03BD\u03B7 Зеленський");
      got[static_cast<size_t>(t)] = k;
    });
  }
  for (auto& th : threads) th.join();
  for (const std::string& k : got) EXPECT_EQ(k, got[0]);
  EXPECT_FALSE(got[0].empty());
}

}  // namespace
}  // namespace corroborate
