// The WHATWG prescan for an HTML page's declared charset.
#include "ingest/html_charset.h"

#include <gtest/gtest.h>

#include <string>

namespace corroborate::ingest {
namespace {

TEST(HtmlCharsetTest, MetaCharset) {
  EXPECT_EQ(PrescanHtmlCharset("<!doctype html><html><head><meta charset=\"windows-1251\">"),
            "windows-1251");
  EXPECT_EQ(PrescanHtmlCharset("<META CHARSET=KOI8-R>"), "koi8-r");
  EXPECT_EQ(PrescanHtmlCharset("<meta charset='utf-8'/>"), "UTF-8");
}

TEST(HtmlCharsetTest, HttpEquivNeedsPragma) {
  EXPECT_EQ(PrescanHtmlCharset("<meta http-equiv=\"Content-Type\" "
                               "content=\"text/html; charset=iso-8859-2\">"),
            "iso-8859-2");
  // content= before http-equiv is fine; without http-equiv the content does not count.
  EXPECT_EQ(PrescanHtmlCharset("<meta content='text/html;charset=gb2312' "
                               "http-equiv='content-type'>"),
            "GBK");
  EXPECT_EQ(PrescanHtmlCharset("<meta name=\"description\" content=\"charset=koi8-r\">"), "");
}

TEST(HtmlCharsetTest, WhatwgLabelRules) {
  EXPECT_EQ(PrescanHtmlCharset("<meta charset=latin1>"), "windows-1252");
  EXPECT_EQ(PrescanHtmlCharset("<meta charset=iso-8859-9>"), "windows-1254");
  EXPECT_EQ(PrescanHtmlCharset("<meta charset=utf-16>"), "UTF-8");  // the page read as ASCII
  EXPECT_EQ(PrescanHtmlCharset("<meta charset=x-user-defined>"), "windows-1252");
  EXPECT_EQ(PrescanHtmlCharset("<meta charset=shift_jis>"), "windows-31j");
  EXPECT_EQ(PrescanHtmlCharset("<meta charset=iso-2022-kr>"), "");  // the replacement encoding
  EXPECT_EQ(HtmlCharsetForLabel(" EUC-KR "), "windows-949");
  EXPECT_EQ(HtmlCharsetForLabel("no-such-charset"), "");
}

TEST(HtmlCharsetTest, SkipsCommentsScriptsAndOtherAttributes) {
  EXPECT_EQ(PrescanHtmlCharset("<!-- <meta charset=koi8-r> --><meta charset=windows-1250>"),
            "windows-1250");
  EXPECT_EQ(PrescanHtmlCharset("<!--><meta charset=windows-1250>"), "windows-1250");
  EXPECT_EQ(PrescanHtmlCharset("<div title=\"<meta charset=koi8-r>\"></div>"
                               "<meta charset=windows-1257>"),
            "windows-1257");
  EXPECT_EQ(PrescanHtmlCharset("<?xml version=\"1.0\" encoding=\"koi8-r\"?><meta charset=utf-8>"),
            "UTF-8");
}

TEST(HtmlCharsetTest, UnknownLabelsAreSkippedNotFatal) {
  EXPECT_EQ(PrescanHtmlCharset("<meta charset=utf8mb4><meta charset=windows-1251>"),
            "windows-1251");
  // A repeated attribute keeps its first value.
  EXPECT_EQ(PrescanHtmlCharset("<meta charset=windows-1253 charset=koi8-r>"), "windows-1253");
}

TEST(HtmlCharsetTest, WindowAndTruncation) {
  const std::string late = std::string(5000, ' ') + "<meta charset=koi8-r>";
  EXPECT_EQ(PrescanHtmlCharset(late), "");
  EXPECT_EQ(PrescanHtmlCharset(late, 8192), "koi8-r");
  EXPECT_EQ(PrescanHtmlCharset("<meta charset=\"koi8-r"), "");  // cut inside the tag
  EXPECT_EQ(PrescanHtmlCharset("<!-- unterminated <meta charset=koi8-r>"), "");
}

TEST(HtmlCharsetTest, ContentValueExtraction) {
  EXPECT_EQ(CharsetLabelFromContent("text/html; charset=utf-8"), "utf-8");
  EXPECT_EQ(CharsetLabelFromContent("text/html;CHARSET = \"big5\""), "big5");
  EXPECT_EQ(CharsetLabelFromContent("charsetx; charset=euc-jp;q=1"), "euc-jp");
  EXPECT_EQ(CharsetLabelFromContent("text/html; charset='unterminated"), "");
  EXPECT_EQ(CharsetLabelFromContent("text/html"), "");
}

}  // namespace
}  // namespace corroborate::ingest
