// Tokenizer edge cases: attribute syntax, duplicates, case, comments, doctypes, bogus markup,
// input cut off inside constructs, NUL bytes and invalid UTF-8.
#include "html/tokenizer.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "html/parser.h"
#include "tree_dump.h"

namespace corroborate::html {
namespace {

using testing::DumpBody;

struct Tokens {
  std::vector<std::unique_ptr<char[]>> chunks;
  std::vector<std::string> list;
};

// "S:name[a=v,…]/", "E:name", "T:text", "C:comment", "D:doctype"
std::vector<std::string> Tokenize(std::string_view html) {
  std::vector<std::unique_ptr<char[]>> chunks;
  Arena arena(&chunks);
  Tokenizer tokenizer(html, &arena);
  std::vector<std::string> out;
  Token t;
  while (true) {
    tokenizer.Next(&t);
    switch (t.kind) {
      case TokenKind::kEof:
        return out;
      case TokenKind::kText:
        out.push_back("T:" + std::string(t.text));
        break;
      case TokenKind::kComment:
        out.push_back("C:" + std::string(t.text));
        break;
      case TokenKind::kDoctype:
        out.push_back("D:" + std::string(t.text));
        break;
      case TokenKind::kEndTag:
        out.push_back("E:" + std::string(t.name));
        break;
      case TokenKind::kStartTag: {
        std::string s = "S:" + std::string(t.name);
        if (!tokenizer.attributes().empty()) {
          s += "[";
          bool first = true;
          for (const Attribute& a : tokenizer.attributes()) {
            if (!first) s += ",";
            first = false;
            s += std::string(a.name) + "=" + std::string(a.value);
          }
          s += "]";
        }
        if (t.self_closing) s += "/";
        out.push_back(s);
        break;
      }
    }
  }
}

using V = std::vector<std::string>;

TEST(TokenizerTest, AttributesQuotedUnquotedBare) {
  EXPECT_EQ(Tokenize("<a href=\"/news/a b\" class='lead story' data-x=1 hidden>x</a>"),
            (V{"S:a[href=/news/a b,class=lead story,data-x=1,hidden=]", "T:x", "E:a"}));
  EXPECT_EQ(Tokenize("<img src = \"p.jpg\"alt=\"x\"/>"), (V{"S:img[src=p.jpg,alt=x]/"}));
  EXPECT_EQ(Tokenize("<img alt=x/>"), (V{"S:img[alt=x/]"}));
  // '/' inside an unquoted value belongs to it; "/>" after a space self-closes.
  EXPECT_EQ(Tokenize("<a href=/x/y/>"), (V{"S:a[href=/x/y/]"}));
  EXPECT_EQ(Tokenize("<br />"), (V{"S:br/"}));
  EXPECT_EQ(Tokenize("<p =x a==b>"), (V{"S:p[=x=,a==b]"}));
  EXPECT_EQ(Tokenize("<input value=>"), (V{"S:input[value=]"}));
}

TEST(TokenizerTest, DuplicateAttributesFirstWins) {
  EXPECT_EQ(Tokenize("<div id=a ID=b class=c id=d>"), (V{"S:div[id=a,class=c]"}));
  // Many attributes (hostile input) keep the rule and stay linear.
  std::string tag = "<div";
  for (int i = 0; i < 5000; ++i) tag += " a" + std::to_string(i % 100) + "=" + std::to_string(i);
  tag += ">";
  std::vector<std::string> tokens = Tokenize(tag);
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_NE(tokens[0].find("a0=0,"), std::string::npos);
  EXPECT_EQ(tokens[0].find("a0=100"), std::string::npos);
  EXPECT_NE(tokens[0].find("a99=99]"), std::string::npos);
}

TEST(TokenizerTest, NamesAreLowercased) {
  EXPECT_EQ(Tokenize("<DIV CLASS=Big><My-Widget Data-ID=7></DIV>"),
            (V{"S:div[class=Big]", "S:my-widget[data-id=7]", "E:div"}));
}

TEST(TokenizerTest, CommentsDoctypesBogus) {
  EXPECT_EQ(Tokenize("<!DOCTYPE html><!-- a -- b --><!----><!--><!--->x"),
            (V{"D:html", "C: a -- b ", "C:", "C:", "C:", "T:x"}));
  EXPECT_EQ(Tokenize("<?xml version=\"1.0\"?><!ELEMENT br EMPTY></ 3>"),
            (V{"C:?xml version=\"1.0\"?", "C:ELEMENT br EMPTY", "C: 3"}));
  EXPECT_EQ(Tokenize("<!--a--!>b"), (V{"C:a", "T:b"}));
}

TEST(TokenizerTest, LessThanThatIsNotMarkup) {
  EXPECT_EQ(Tokenize("1 < 2 and 3 <= 4 <3 <"), (V{"T:1 < 2 and 3 <= 4 <3 <"}));
  EXPECT_EQ(Tokenize("a</"), (V{"T:a</"}));
}

TEST(TokenizerTest, UnterminatedConstructsAtEof) {
  EXPECT_EQ(Tokenize("text<!-- never closed"), (V{"T:text", "C: never closed"}));
  EXPECT_EQ(Tokenize("text<div class=\"open"), (V{"T:text"}));  // a cut-off tag is dropped
  EXPECT_EQ(Tokenize("text<div"), (V{"T:text"}));
  EXPECT_EQ(Tokenize("text<div a=b "), (V{"T:text"}));
  EXPECT_EQ(Tokenize("<!DOCTYPE html"), (V{"D:html"}));
  EXPECT_EQ(Tokenize("<?php"), (V{"C:?php"}));
}

TEST(TokenizerTest, NulBytesAndInvalidUtf8) {
  constexpr char kHtml[] = "a\0b<p title=\"x\0y\">\xFF\xC3(";
  std::string html(kHtml, sizeof kHtml - 1);
  Document doc = Parse(html);
  EXPECT_EQ(doc.TextContent(doc.body()), "ab \xFF\xC3(");
  EXPECT_EQ(doc.Attr(doc.FindFirst(Tag::kP), "title"), "x\xEF\xBF\xBDy");
  constexpr char kScript[] = "<body><script>a\0b</script>";
  std::string script(kScript, sizeof kScript - 1);
  Document doc2 = Parse(script);
  NodeId s = doc2.FindFirst(Tag::kScript);
  EXPECT_EQ(doc2.node(doc2.node(s).first_child).text,
            "a\xEF\xBF\xBD"
            "b");
}

TEST(TokenizerTest, SourceOffsets) {
  Document doc = Parse("<p>ab</p><div id=x>c</div>");
  NodeId div = doc.FindFirst(Tag::kDiv);
  EXPECT_EQ(doc.node(div).source_offset, 9u);
  EXPECT_EQ(doc.node(doc.node(div).first_child).source_offset, 19u);
}

TEST(TokenizerTest, RawTextEndTagIsCaseInsensitive) {
  EXPECT_EQ(DumpBody(Parse("<body><SCRIPT>x</ScRiPt>y")), "body(script(\"x\") \"y\")");
  EXPECT_EQ(DumpBody(Parse("<body><title>a</title\n>b")), "body(title(\"a\") \"b\")");
}

}  // namespace
}  // namespace corroborate::html
