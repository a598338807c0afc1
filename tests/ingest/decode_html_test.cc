// Decoding HTML pages: the page's own charset declarations and what to do when they are wrong.
#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include <string>

#include "encode.h"
#include "ingest/decode.h"

namespace corroborate {
namespace {

RawDocument Page(std::string bytes, std::string http_charset = "") {
  RawDocument raw;
  raw.uri = "page.html";
  raw.format = "html";
  raw.bytes = std::move(bytes);
  raw.declared_charset = std::move(http_charset);
  return raw;
}

using testing::Encode;

std::string Html(const std::string& head, const std::string& body) {
  return "<!DOCTYPE html>\n<html><head>" + head + "</head><body><p>" + body +
         "</p></body></html>\n";
}

const char kCzech[] =
    "Praha, 5. března. Ministr dopravy oznámil, že stavba nového úseku dálnice začne v létě. "
    "Podle něj bude hotová za tři roky, pokud soud nezastaví výběrové řízení.";
const char kGreek[] =
    "Αθήνα, 6 Μαρτίου. Η κυβέρνηση ανακοίνωσε νέα μέτρα για την ενίσχυση των νοικοκυριών, "
    "ενώ η αντιπολίτευση ζήτησε συζήτηση στη Βουλή.";
const char kJapanese[] =
    "東京、3月7日。政府は新しい防災計画を発表し、沿岸部の避難所を増やす方針を示した。";
const char kFrench[] =
    "Lyon, 8 mars. La municipalité a présenté jeudi son projet de tramway, qui reliera la gare à "
    "l'hôpital d'ici à l'été prochain. « C'est une étape décisive », a déclaré l'adjointe.";

TEST(DecodeHtmlTest, MetaCharsetDecidesWithoutHttpCharset) {
  auto r = Decode(Page(Encode(Html("<meta charset=\"windows-1250\">", kCzech), "windows-1250")));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->charset, "windows-1250");
  EXPECT_NE(r->text.find(kCzech), std::string::npos);
  EXPECT_EQ(r->raw.format, "html");
}

TEST(DecodeHtmlTest, HttpEquivMeta) {
  auto r = Decode(Page(Encode(Html("<meta http-equiv=\"Content-Type\" "
                                   "content=\"text/html; charset=iso-8859-7\">",
                                   kGreek),
                              "ISO-8859-7")));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->charset.find("8859-7"), std::string::npos) << r->charset;
  EXPECT_NE(r->text.find(kGreek), std::string::npos);
}

TEST(DecodeHtmlTest, HttpCharsetBeatsMeta) {
  // Served as windows-1250 by the server; the template's <meta> says koi8-r. HTTP wins.
  auto r =
      Decode(Page(Encode(Html("<meta charset=koi8-r>", kCzech), "windows-1250"), "windows-1250"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->charset, "windows-1250");
  EXPECT_NE(r->text.find(kCzech), std::string::npos);
}

TEST(DecodeHtmlTest, ShiftJisLabelUsesWindows31j) {
  auto r = Decode(Page(Encode(Html("<meta charset=Shift_JIS>", kJapanese), "windows-31j")));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find(kJapanese), std::string::npos);
}

TEST(DecodeHtmlTest, DeclaredUtf8ButLatin1Bytes) {
  // The server says UTF-8, the bytes are windows-1252: the label is ignored, detection decides.
  const std::string bytes = Encode(Html("<meta charset=utf-8>", kFrench), "windows-1252");
  auto r = Decode(Page(bytes, "utf-8"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->charset, "windows-1252");
  EXPECT_NE(r->text.find(kFrench), std::string::npos);
}

TEST(DecodeHtmlTest, Utf8PageWithAStrayByteStaysUtf8) {
  // One Latin-1 byte in a UTF-8 page (a pasted footer) becomes U+FFFD, the rest stays right.
  std::string bytes = Html("<meta charset=utf-8>", kFrench);
  bytes.insert(bytes.find("</body>"), "Copyright \xa9 2025");
  auto r = Decode(Page(bytes, "UTF-8"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->charset, "UTF-8");
  EXPECT_NE(r->text.find(kFrench), std::string::npos);
  EXPECT_NE(r->text.find("Copyright \xef\xbf\xbd 2025"), std::string::npos);
}

TEST(DecodeHtmlTest, DeclaredLatin1ButValidUtf8) {
  // A template says ISO-8859-1 (HTTP and meta) but the content is UTF-8: UTF-8 wins.
  auto r = Decode(Page(Html("<meta charset=iso-8859-1>", kFrench), "ISO-8859-1"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->charset, "UTF-8");
  EXPECT_NE(r->text.find(kFrench), std::string::npos);
}

TEST(DecodeHtmlTest, AsciiPageKeepsItsLegacyLabel) {
  auto r = Decode(Page(Html("<meta charset=windows-1251>", "Plain ASCII news text."), ""));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->charset, "windows-1251");
}

TEST(DecodeHtmlTest, NoDeclarationFallsBackToDetection) {
  auto r = Decode(Page(Encode(Html("", std::string(kGreek) + " " + kGreek), "windows-1253")));
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r->text.find(kGreek), std::string::npos);
}

TEST(DecodeHtmlTest, NulBytesInAPageAreDropped) {
  std::string bytes = Html("", kFrench);
  bytes.insert(bytes.find("<p>"), std::string(3, '\0'));
  auto r = Decode(Page(bytes));
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->text.find('\0'), std::string::npos);
}

TEST(DecodeHtmlTest, BinaryNamedHtmlIsStillBinary) {
  auto r = Decode(Page(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "binary content (PNG image)");
}

TEST(DecodeHtmlTest, Utf16MetaOnAsciiBytesMeansUtf8) {
  auto r = Decode(Page(Html("<meta charset=utf-16>", kFrench)));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->charset, "UTF-8");
  EXPECT_NE(r->text.find(kFrench), std::string::npos);
}

}  // namespace
}  // namespace corroborate
