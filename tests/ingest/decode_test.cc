#include "ingest/decode.h"

#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include <chrono>
#include <string>

#include "core/strings.h"
#include "core/utf8.h"
#include "encode.h"

namespace corroborate {
namespace {

RawDocument Raw(std::string bytes, std::string declared = "") {
  RawDocument raw;
  raw.uri = "test.txt";
  raw.format = "text";
  raw.bytes = std::move(bytes);
  raw.declared_charset = std::move(declared);
  return raw;
}

using testing::Encode;

const char kRussian[] =
    "Москва, 3 декабря. Переговоры в Кремле продолжались почти пять часов, сообщил помощник "
    "президента. По его словам, стороны обсудили проект мирного плана и договорились "
    "продолжить контакты на уровне экспертов. Киев пока не прокомментировал итоги встречи.";
const char kUkrainian[] =
    "Київ, 4 грудня. Міністр закордонних справ заявив журналістам, що уряд уважно вивчає "
    "результати переговорів у Москві. За його словами, жодних домовленостей щодо територій "
    "не досягнуто, а консультації з партнерами триватимуть наступного тижня.";

TEST(DecodeTest, Utf8PassesThroughWithCharsetName) {
  auto r = Decode(Raw("Talks resumed in Geneva on Tuesday.\n"));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->text, "Talks resumed in Geneva on Tuesday.\n");
  EXPECT_EQ(r->charset, "UTF-8");
}

TEST(DecodeTest, KeepsMetadataAndClearsBytes) {
  RawDocument raw = Raw("The harbour reopened at dawn.");
  raw.title = "Harbour reopens";
  raw.outlet = "The Coastal Courier";
  auto r = Decode(std::move(raw));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->raw.bytes.empty());
  EXPECT_EQ(r->raw.title, "Harbour reopens");
  EXPECT_EQ(r->raw.outlet, "The Coastal Courier");
  EXPECT_EQ(r->raw.uri, "test.txt");
}

TEST(DecodeTest, Windows1251RussianIsDetected) {
  std::string bytes = Encode(kRussian, "windows-1251");
  ASSERT_FALSE(utf8::IsValid(bytes));
  auto r = Decode(Raw(bytes));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->text, kRussian);
  EXPECT_TRUE(IEquals(r->charset, "windows-1251")) << r->charset;
}

TEST(DecodeTest, Windows1251UkrainianIsDetected) {
  auto r = Decode(Raw(Encode(kUkrainian, "windows-1251")));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->text, kUkrainian);
  EXPECT_TRUE(IEquals(r->charset, "windows-1251")) << r->charset;
}

TEST(DecodeTest, DeclaredCharsetWinsWhenItConvertsCleanly) {
  // KOI8-R bytes are also valid windows-1251 bytes; only the declaration can tell them apart.
  auto r = Decode(Raw(Encode("Киев и Москва", "KOI8-R"), "koi8-r"));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->text, "Киев и Москва");
  EXPECT_EQ(r->charset, "KOI8-R");
}

TEST(DecodeTest, WrongDeclaredCharsetIsIgnored) {
  // Declared UTF-8 but the bytes are not: the declaration fails and detection takes over.
  auto r = Decode(Raw(Encode(kRussian, "windows-1251"), "UTF-8"));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->text, kRussian);
}

TEST(DecodeTest, UnknownDeclaredCharsetIsIgnored) {
  auto r = Decode(Raw("Plain words only.", "x-no-such-charset"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "Plain words only.");
  EXPECT_EQ(r->charset, "UTF-8");
}

TEST(DecodeTest, Latin1Cafe) {
  auto r = Decode(Raw("Le caf\xe9 de la gare a rouvert ses portes lundi matin."));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->text, "Le café de la gare a rouvert ses portes lundi matin.");
}

TEST(DecodeTest, Windows1252EnglishWithSmartQuotes) {
  // The commonest legacy case: English prose from a Windows editor, curly quotes and a dash.
  auto r =
      Decode(Raw("The mayor said the plan was \x93"
                 "a first step\x94 \x97 and that the "
                 "council\x92"
                 "s vote on Thursday would decide the budget for 2026."));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->text,
            "The mayor said the plan was \u201ca first step\u201d \u2014 and that the "
            "council\u2019s vote on Thursday would decide the budget for 2026.");
  // uchardet may name windows-1250: the same bytes mean the same punctuation there.
  EXPECT_TRUE(IStartsWith(r->charset, "windows-125")) << r->charset;
}

TEST(DecodeTest, PunctuationHeavyWindows1252IsNotGreek) {
  // uchardet calls these bytes ISO-8859-7 (many curly quotes, dashes and euro signs, few
  // letters); 0x80-0x9F are C1 controls there, so they can only be windows-1252 punctuation.
  const std::string bytes =
      "The minister talks it\x92s The \x97 \x97 Velgrad were said \x80"
      "5 minister in \x80"
      "5 \x96 ";
  auto r = Decode(Raw(bytes));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->text,
            "The minister talks it\u2019s The \u2014 \u2014 Velgrad were said \u20ac"
            "5 minister "
            "in \u20ac"
            "5 \u2013 ");
  EXPECT_EQ(r->charset, "windows-1252");
}

TEST(DecodeTest, EnglishQuotesInCp1252StayPunctuation) {
  auto r =
      Decode(Raw("Harbor officials said the ferry\x92s engines failed twice \x97 once on "
                 "Monday and again on Wednesday \x97 before the company\x92s engineers "
                 "found the fault. \x93We apologise to every passenger,\x94 the operator "
                 "said\x85"));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_NE(r->text.find("ferry\u2019s engines failed twice \u2014 once"), std::string::npos);
  EXPECT_NE(r->text.find("\u201cWe apologise to every passenger,\u201d the operator said\u2026"),
            std::string::npos);
}

TEST(DecodeTest, GreekWithC1PunctuationIsWindows1253) {
  // Greek in windows-1253 with curly quotes (0x93/0x94): mostly non-ASCII letters, so the
  // Greek code page stays.
  auto r =
      Decode(Raw("\xd4\xef \xf5\xf0\xef\xf5\xf1\xe3\xe5\xdf\xef \xe4\xde\xeb\xf9\xf3"
                 "\xe5 \x93\xf3\xf5\xec\xf6\xf9\xed\xdf\xe1\x94 \xe3\xe9\xe1 \xf4\xe9\xf2 "
                 "\xf3\xf5\xed\xe1\xed\xf4\xde\xf3\xe5\xe9\xf2 \xf4\xe7\xf2 \xe5\xe2"
                 "\xe4\xef\xec\xdc\xe4\xe1\xf2."));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_NE(r->text.find("\u201c\u03c3\u03c5\u03bc\u03c6\u03c9\u03bd\u03af\u03b1\u201d"),
            std::string::npos)
      << r->charset << ": " << r->text;
}

TEST(DecodeTest, Iso88591DeclarationMeansWindows1252) {
  // 0x93/0x94 are curly quotes in windows-1252 (C1 controls in strict ISO-8859-1).
  auto r = Decode(Raw("He said \x93yes\x94 to the caf\xe9.", "ISO-8859-1"));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->text, "He said \u201cyes\u201d to the café.");
  EXPECT_EQ(r->charset, "windows-1252");
}

TEST(DecodeTest, Utf16LeWithBom) {
  std::string bytes = "\xff\xfe" + Encode("Zürich, 5 May — talks end.", "UTF-16LE");
  auto r = Decode(Raw(bytes));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->text, "Zürich, 5 May — talks end.");
  EXPECT_EQ(r->charset, "UTF-16LE");
}

TEST(DecodeTest, Utf16BeAndUtf32LeWithBom) {
  auto be = Decode(Raw("\xfe\xff" + Encode("Київ", "UTF-16BE")));
  ASSERT_TRUE(be.ok()) << be.status().message();
  EXPECT_EQ(be->text, "Київ");
  EXPECT_EQ(be->charset, "UTF-16BE");
  auto le32 = Decode(Raw(std::string("\xff\xfe\0\0", 4) + Encode("Київ", "UTF-32LE")));
  ASSERT_TRUE(le32.ok()) << le32.status().message();
  EXPECT_EQ(le32->text, "Київ");
  EXPECT_EQ(le32->charset, "UTF-32LE");
}

TEST(DecodeTest, Utf16LeWithoutBomIsRecognisedNotBinary) {
  auto r = Decode(Raw(Encode("The ceasefire held overnight in the north.", "UTF-16LE")));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->text, "The ceasefire held overnight in the north.");
  EXPECT_EQ(r->charset, "UTF-16LE");
}

TEST(DecodeTest, Utf8BomIsStripped) {
  auto r = Decode(Raw("\xef\xbb\xbfHeadline\nBody."));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "Headline\nBody.");
  EXPECT_EQ(r->charset, "UTF-8");
}

TEST(DecodeTest, NormalisesToNfc) {
  auto r = Decode(Raw("Cafe\xcc\x81 owner Jose\xcc\x81 said."));  // e + U+0301
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "Café owner José said.");
}

TEST(DecodeTest, NormalisesLineEnds) {
  auto r =
      Decode(Raw("one\r\ntwo\rthree\nfour\xe2\x80\xa8"
                 "five\xe2\x80\xa9six\r\n"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "one\ntwo\nthree\nfour\nfive\nsix\n");
}

TEST(DecodeTest, DropsControlsKeepsTabs) {
  // Few enough controls (under 10% of the bytes) that the text is not taken for binary.
  const std::string tail = " and the rest of a long enough sentence about the weather.";
  auto r =
      Decode(Raw("a\tb\x01"
                 "c\x1b"
                 "d\xef\xbb\xbf"
                 "e\xc2\x85"
                 "f\x7fg\fh" +
                 tail));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->text, "a\tbcde\nfg\nh" + tail);
}

TEST(DecodeTest, PngIsBinary) {
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20);
  auto r = Decode(Raw(png));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kInvalidInput);
  EXPECT_EQ(r.status().message(), "binary content (PNG image)");
}

TEST(DecodeTest, PdfAndGzipAreNamed) {
  auto pdf = Decode(Raw("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"));
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.status().message(), "binary content (PDF document)");
  auto gz = Decode(Raw(std::string("\x1f\x8b\x08\0\0\0\0\0", 8)));
  ASSERT_FALSE(gz.ok());
  EXPECT_EQ(gz.status().message(), "gzip-compressed (not supported yet)");
}

TEST(DecodeTest, NulBytesAreBinary) {
  auto r = Decode(Raw(std::string("Mostly text\0but a NUL inside", 28)));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "binary content (not text)");
}

TEST(DecodeTest, ManyControlBytesAreBinary) {
  std::string bytes;
  for (int i = 0; i < 200; ++i) bytes += (i % 3 == 0) ? '\x02' : 'x';
  auto r = Decode(Raw(bytes));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "binary content (not text)");
}

TEST(DecodeTest, EmptyAndBlankAreErrors) {
  for (const char* blank : {"", "   \n\t\r\n", "\xef\xbb\xbf", "\xc2\xa0\xe2\x80\x8b\n"}) {
    auto r = Decode(Raw(blank));
    ASSERT_FALSE(r.ok()) << blank;
    EXPECT_EQ(r.status().message(), "empty document");
  }
}

TEST(DecodeTest, MostlyUtf8WithOneBadByteKeepsTheText) {
  std::string text = std::string(kUkrainian) + " Ціни зросли на 5\xff%.";
  auto r = Decode(Raw(text));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_TRUE(utf8::IsValid(r->text));
  EXPECT_NE(r->text.find("Київ, 4 грудня."), std::string::npos) << r->text.substr(0, 80);
}

TEST(DecodeTest, JsonTextWithEscapedNulIsNotBinary) {
  // A JSONL text field may carry \u0000; a container-declared UTF-8 text is not binary.
  auto r = Decode(Raw(std::string("Vote count\0 delayed.", 20), "UTF-8"));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->text, "Vote count delayed.");
}

TEST(DecodeTest, HugeSingleLineIsFast) {
  std::string line;
  line.reserve(512 << 10);
  while (line.size() < (512u << 10)) line += "reporters waited outside the ministry ";
  auto start = std::chrono::steady_clock::now();
  auto r = Decode(Raw(line));
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                  start)
                .count();
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text.size(), line.size());
  EXPECT_LT(ms, 2000);  // generous for Debug + sanitizers; linear work is ~tens of ms
}

TEST(DecodeTest, OutputIsAlwaysValidUtf8WithoutCr) {
  std::string bytes;
  for (int i = 0; i < 512; ++i) bytes += static_cast<char>((i * 37) % 256 | 0x20);
  auto r = Decode(Raw(bytes));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_TRUE(utf8::IsValid(r->text));
  EXPECT_EQ(r->text.find('\r'), std::string::npos);
}

}  // namespace
}  // namespace corroborate
