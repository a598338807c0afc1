#include <gtest/gtest.h>

#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "render/render.h"

namespace corroborate::render_test {

Account SampleAccount();  // fixture_test.cc

namespace {

// A strict little JSON reader, only for checking the renderer's output from the outside.
struct JValue {
  enum Kind { kNull, kBool, kNumber, kString, kArray, kObject } kind = kNull;
  bool b = false;
  double number = 0;
  std::string str;
  std::vector<JValue> items;
  std::vector<std::pair<std::string, JValue>> fields;

  const JValue& operator[](const std::string& key) const {
    static const JValue kMissing;
    for (const auto& [k, v] : fields) {
      if (k == key) return v;
    }
    ADD_FAILURE() << "missing key " << key;
    return kMissing;
  }
  bool Has(const std::string& key) const {
    for (const auto& [k, v] : fields) {
      if (k == key) return true;
    }
    return false;
  }
  bool is_null() const { return kind == kNull; }
};

class JReader {
 public:
  explicit JReader(const std::string& s) : s_(s) {}

  bool Parse(JValue* out) {
    if (!Value(out)) return false;
    Ws();
    return pos_ == s_.size();
  }

 private:
  void Ws() {
    while (pos_ < s_.size() &&
           (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\t' || s_[pos_] == '\r')) {
      ++pos_;
    }
  }
  bool Lit(const char* word) {
    size_t n = std::char_traits<char>::length(word);
    if (s_.compare(pos_, n, word) != 0) return false;
    pos_ += n;
    return true;
  }
  static void Utf8(uint32_t cp, std::string* out) {
    if (cp < 0x80) {
      out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }
  bool Hex4(uint32_t* v) {
    if (pos_ + 4 > s_.size()) return false;
    *v = static_cast<uint32_t>(std::strtoul(s_.substr(pos_, 4).c_str(), nullptr, 16));
    pos_ += 4;
    return true;
  }
  bool String(std::string* out) {
    if (s_[pos_] != '"') return false;
    ++pos_;
    while (pos_ < s_.size()) {
      unsigned char c = static_cast<unsigned char>(s_[pos_++]);
      if (c == '"') return true;
      if (c < 0x20) return false;  // raw control characters are invalid JSON
      if (c != '\\') {
        out->push_back(static_cast<char>(c));
        continue;
      }
      if (pos_ >= s_.size()) return false;
      char e = s_[pos_++];
      switch (e) {
        case '"':
        case '\\':
        case '/':
          out->push_back(e);
          break;
        case 'n':
          out->push_back('\n');
          break;
        case 't':
          out->push_back('\t');
          break;
        case 'r':
          out->push_back('\r');
          break;
        case 'b':
          out->push_back('\b');
          break;
        case 'f':
          out->push_back('\f');
          break;
        case 'u': {
          uint32_t cp = 0;
          if (!Hex4(&cp)) return false;
          if (cp >= 0xD800 && cp < 0xDC00) {
            uint32_t lo = 0;
            if (!Lit("\\u") || !Hex4(&lo)) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          }
          Utf8(cp, out);
          break;
        }
        default:
          return false;
      }
    }
    return false;
  }
  bool Value(JValue* v) {
    Ws();
    if (pos_ >= s_.size()) return false;
    char c = s_[pos_];
    if (c == 'n') return v->kind = JValue::kNull, Lit("null");
    if (c == 't') return v->kind = JValue::kBool, v->b = true, Lit("true");
    if (c == 'f') return v->kind = JValue::kBool, v->b = false, Lit("false");
    if (c == '"') return v->kind = JValue::kString, String(&v->str);
    if (c == '[') {
      v->kind = JValue::kArray;
      ++pos_;
      Ws();
      if (pos_ < s_.size() && s_[pos_] == ']') return ++pos_, true;
      while (true) {
        v->items.emplace_back();
        if (!Value(&v->items.back())) return false;
        Ws();
        if (pos_ >= s_.size()) return false;
        if (s_[pos_] == ']') return ++pos_, true;
        if (s_[pos_++] != ',') return false;
      }
    }
    if (c == '{') {
      v->kind = JValue::kObject;
      ++pos_;
      Ws();
      if (pos_ < s_.size() && s_[pos_] == '}') return ++pos_, true;
      while (true) {
        Ws();
        std::string key;
        if (pos_ >= s_.size() || !String(&key)) return false;
        Ws();
        if (pos_ >= s_.size() || s_[pos_++] != ':') return false;
        v->fields.emplace_back(key, JValue());
        if (!Value(&v->fields.back().second)) return false;
        Ws();
        if (pos_ >= s_.size()) return false;
        if (s_[pos_] == '}') return ++pos_, true;
        if (s_[pos_++] != ',') return false;
      }
    }
    v->kind = JValue::kNumber;
    const char* start = s_.c_str() + pos_;
    char* end = nullptr;
    v->number = std::strtod(start, &end);
    if (end == start) return false;
    pos_ += static_cast<size_t>(end - start);
    return true;
  }

  const std::string& s_;
  size_t pos_ = 0;
};

JValue ParseOrFail(const std::string& json) {
  JValue v;
  EXPECT_TRUE(JReader(json).Parse(&v)) << "not valid JSON:\n" << json.substr(0, 2000);
  return v;
}

// Code-point slice [start, end) of UTF-8 text, decoded here independently of core/utf8.
std::string CodepointSlice(const std::string& text, size_t start, size_t end) {
  std::string out;
  size_t cp = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool lead = (c & 0xC0) != 0x80;
    if (lead && i > 0) ++cp;
    if (cp >= start && cp < end) out.push_back(text[i]);
    if (cp >= end) break;
  }
  return out;
}

const JValue* FindById(const JValue& array, const std::string& id) {
  for (const JValue& v : array.items) {
    if (v["id"].str == id) return &v;
  }
  return nullptr;
}

TEST(AccountJson, ParsesWithSchemaGeneratorAndAllArrays) {
  std::string json = RenderAccountJson(SampleAccount());
  ASSERT_FALSE(json.empty());
  EXPECT_EQ(json.back(), '\n');
  EXPECT_NE(json.find("\n  \"schema\": \"corroborate/account@1\""), std::string::npos)
      << "pretty-printed with indent 2";
  JValue root = ParseOrFail(json);
  EXPECT_EQ(root["schema"].str, kAccountSchema);
  EXPECT_EQ(root["generator"]["name"].str, "corroborate");
  EXPECT_EQ(root["generator"]["version"].str, "0.1.0");
  ASSERT_EQ(root["articles"].items.size(), 3u);
  ASSERT_EQ(root["problems"].items.size(), 2u);
  EXPECT_EQ(root["problems"].items[1]["reason"].str, "binary \"data\" & no text");
  ASSERT_EQ(root["stories"].items.size(), 1u);
  const JValue& story = root["stories"].items[0];
  for (const char* key : {"articles", "sourcing", "entities", "facts", "conflicts", "quotes",
                          "timeline", "coverage"}) {
    EXPECT_EQ(story[key].kind, JValue::kArray) << key;
  }
  EXPECT_EQ(story["articles"].items[1].str, "novosti-7");
}

TEST(AccountJson, ArticleFieldsUseNullForMissingScalars) {
  JValue root = ParseOrFail(RenderAccountJson(SampleAccount()));
  const JValue& a0 = root["articles"].items[0];
  EXPECT_EQ(a0["published"].str, "2024-03-05T08:30+01:00");
  EXPECT_EQ(a0["published_precision"].str, "minute");
  EXPECT_FALSE(a0["published_year_inferred"].b);
  EXPECT_EQ(a0["removed"].items.at(0)["reason"].str, "site chrome");
  EXPECT_EQ(a0["sources"]["outlet"].str, "jsonl");
  const JValue& a1 = root["articles"].items[1];
  EXPECT_TRUE(a1["url"].is_null());
  EXPECT_TRUE(a1["byline"].is_null());
  EXPECT_EQ(a1["published"].str, "2024-03-06");
  EXPECT_EQ(a1["published_precision"].str, "day");
  EXPECT_TRUE(a1["published_year_inferred"].b);
  EXPECT_EQ(a1["removed"].kind, JValue::kArray);
  EXPECT_EQ(a1["sources"].kind, JValue::kObject);
  EXPECT_EQ(a1["text"].str, SampleAccount().articles[1].text);
  const JValue& a2 = root["articles"].items[2];
  EXPECT_TRUE(a2["published"].is_null());
  EXPECT_EQ(a2["published_precision"].str, "none");
  EXPECT_EQ(a2["title"].str, "<script>alert(1)</script>");  // JSON keeps text as is
}

TEST(AccountJson, EvidenceOffsetsAreCodePointsAndTextIsTheSlice) {
  Account account = SampleAccount();
  JValue root = ParseOrFail(RenderAccountJson(account));
  std::map<std::string, std::string> texts;
  for (const JValue& a : root["articles"].items) texts[a["id"].str] = a["text"].str;
  const JValue& story = root["stories"].items[0];

  size_t checked = 0;
  auto check = [&](const JValue& evidence) {
    for (const JValue& ev : evidence.items) {
      ASSERT_TRUE(texts.count(ev["article"].str)) << ev["article"].str;
      size_t start = static_cast<size_t>(ev["start"].number);
      size_t end = static_cast<size_t>(ev["end"].number);
      ASSERT_LE(start, end);
      EXPECT_EQ(ev["text"].str, CodepointSlice(texts[ev["article"].str], start, end));
      ++checked;
    }
  };
  for (const JValue& f : story["facts"].items) check(f["evidence"]);
  for (const JValue& c : story["conflicts"].items) {
    for (const JValue& side : c["sides"].items) check(side["evidence"]);
  }
  for (const JValue& q : story["quotes"].items) check(q["evidence"]);
  for (const JValue& t : story["timeline"].items) check(t["evidence"]);
  EXPECT_GE(checked, 12u);

  // A known span: the Cyrillic fact in novosti-7 starts after the 30-letter headline + newline.
  const JValue& cut = FindById(story["facts"], "f2")->operator[]("evidence").items.at(0);
  EXPECT_EQ(cut["article"].str, "novosti-7");
  EXPECT_EQ(cut["text"].str, "управление порта сократит 40 рабочих мест");
  EXPECT_EQ(static_cast<size_t>(cut["end"].number - cut["start"].number), 41u);
  const std::string& t1 = account.articles[1].text;
  size_t byte_at = t1.find("управление");
  EXPECT_NE(static_cast<size_t>(cut["start"].number), byte_at) << "must not be a byte offset";
  // Curly quote and em dash before the quote in courier-1 are 3 bytes but 1 code point each.
  const JValue& q = FindById(story["quotes"], "q1")->operator[]("evidence").items.at(0);
  EXPECT_EQ(q["text"].str, "We have a deal that respects every crew,");
  std::string before = account.articles[0].text.substr(0, account.articles[0].text.find("We have"));
  EXPECT_EQ(static_cast<size_t>(q["start"].number), before.size() - 2 - 2);  // — and “ save 2 each
}

TEST(AccountJson, StoryPartsReferenceArticlesByIdAndGroupsByFirstArticle) {
  JValue root = ParseOrFail(RenderAccountJson(SampleAccount()));
  const JValue& story = root["stories"].items[0];
  const JValue& sourcing = story["sourcing"];
  ASSERT_EQ(sourcing.items.size(), 3u);
  EXPECT_EQ(sourcing.items[0]["group"].str, "courier-1");
  EXPECT_TRUE(sourcing.items[0]["syndicated_from"].is_null());
  EXPECT_EQ(sourcing.items[1]["group"].str, "novosti-7");
  EXPECT_EQ(sourcing.items[1]["cites"].items.at(0).str, "Reuters");
  EXPECT_EQ(sourcing.items[2]["group"].str, "courier-1");  // the reprint shares a0's group
  EXPECT_EQ(sourcing.items[2]["syndicated_from"].str, "courier-1");
  EXPECT_DOUBLE_EQ(sourcing.items[2]["copied_fraction"].number, 0.82);

  const JValue* kovac = FindById(story["entities"], "e1");
  ASSERT_NE(kovac, nullptr);
  EXPECT_EQ((*kovac)["type"].str, "person");
  EXPECT_EQ((*kovac)["variants"].items.at(0).str, "Анна Ковач");
  EXPECT_EQ((*kovac)["articles"].items.at(1).str, "novosti-7");
  const JValue& mention = (*kovac)["mentions"].items.at(1);
  EXPECT_EQ(mention["article"].str, "novosti-7");
  EXPECT_EQ(mention["end"].number - mention["start"].number, 10);  // "Анна Ковач"

  const JValue* f1 = FindById(story["facts"], "f1");
  EXPECT_EQ((*f1)["status"].str, "confirmed");
  EXPECT_EQ((*f1)["independent_sources"].number, 2);
  EXPECT_EQ((*f1)["date"].str, "2024-03-04");
  EXPECT_EQ((*f1)["entities"].items.at(0).str, "e2");
  EXPECT_TRUE((*FindById(story["facts"], "f2"))["date"].is_null());
  EXPECT_EQ((*FindById(story["facts"], "f3"))["status"].str, "single-source");

  const JValue& conflict = story["conflicts"].items.at(0);
  EXPECT_EQ(conflict["kind"].str, "denial");
  EXPECT_EQ(conflict["facts"].items.at(0).str, "f2");
  EXPECT_EQ(conflict["sides"].items.at(1)["held_by"].str, "Piet Morel");

  EXPECT_EQ((*FindById(story["quotes"], "q1"))["speaker"].str, "e1");
  EXPECT_TRUE((*FindById(story["quotes"], "q2"))["speaker"].is_null());
  EXPECT_FALSE((*FindById(story["quotes"], "q2"))["direct"].b);

  const JValue& timeline = story["timeline"];
  EXPECT_EQ(timeline.items.at(1)["date"].str, "2024-02");
  EXPECT_TRUE(timeline.items.at(1)["fact"].is_null());
  EXPECT_TRUE(timeline.items.at(2)["date"].is_null());
  EXPECT_EQ(story["coverage"].items.at(1)["article"].str, "novosti-7");
  EXPECT_EQ(story["coverage"].items.at(1)["facts"].items.at(1).str, "f2");
  EXPECT_EQ(story["coverage"].items.at(0)["omits"].kind, JValue::kArray);
}

TEST(AccountJson, BadSpansAreClampedAndUnknownArticlesDropped) {
  Account account = SampleAccount();
  Fact& f = account.stories[0].facts[0];
  const std::string& t1 = account.articles[1].text;
  uint32_t mid = static_cast<uint32_t>(t1.find("Забастовка") + 1);  // inside a 2-byte letter
  f.evidence = {{1, {mid, mid + 4}},                                // both ends mid-letter
                {0, {10, 1000000}},                                 // past the end
                {42, {0, 4}},                                       // no such article
                {0, {20, 10}}};                                     // reversed
  JValue root = ParseOrFail(RenderAccountJson(account));
  const JValue& ev = (*FindById(root["stories"].items[0]["facts"], "f1"))["evidence"];
  ASSERT_EQ(ev.items.size(), 3u);
  EXPECT_EQ(ev.items[0]["start"].number, 0);
  EXPECT_EQ(ev.items[0]["text"].str, "За");
  EXPECT_EQ(ev.items[1]["text"].str, account.articles[0].text.substr(10));
  EXPECT_EQ(ev.items[2]["text"].str, "");
}

TEST(AccountJson, EmptyAccountIsValidWithEmptyArrays) {
  std::string json = RenderAccountJson(Account{});
  JValue root = ParseOrFail(json);
  EXPECT_EQ(root["schema"].str, "corroborate/account@1");
  EXPECT_EQ(root["articles"].kind, JValue::kArray);
  EXPECT_TRUE(root["articles"].items.empty());
  EXPECT_TRUE(root["problems"].items.empty());
  EXPECT_TRUE(root["stories"].items.empty());
}

TEST(ArticleJson, IsOneCompactLineMatchingTheAccountArticle) {
  Account account = SampleAccount();
  std::string line = RenderArticleJson(account.articles[0]);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  EXPECT_EQ(line.rfind("{\"id\":\"courier-1\",\"uri\":\"feed.jsonl:1\",", 0), 0u) << line;
  JValue v = ParseOrFail(line);
  EXPECT_EQ(v["outlet"].str, "The Harbour Courier");
  EXPECT_EQ(v["text"].str, account.articles[0].text);
  JValue whole = ParseOrFail(RenderAccountJson(account));
  EXPECT_EQ(whole["articles"].items[0].fields.size(), v.fields.size());

  Article bare;
  bare.id = "x";
  JValue b = ParseOrFail(RenderArticleJson(bare));
  for (const char* key : {"url", "outlet", "title", "byline", "published"}) {
    EXPECT_TRUE(b[key].is_null()) << key;
  }
  EXPECT_EQ(b["uri"].str, "");
  EXPECT_TRUE(b["removed"].items.empty());
}

TEST(ArticleJson, ControlCharactersAndInvalidUtf8StayValidJson) {
  Article a;
  a.id = "weird";
  a.text = std::string("tab\there\x01 nul\0x line\u2028sep bad\xC3(", 30);
  std::string line = RenderArticleJson(a);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  JValue v = ParseOrFail(line);
  EXPECT_EQ(v["id"].str, "weird");
}

}  // namespace
}  // namespace corroborate::render_test
