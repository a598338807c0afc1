#include "ingest/html_charset.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <set>

#include "core/strings.h"

namespace corroborate::ingest {
namespace {

bool IsSpace(char c) { return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' '; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

struct LabelGroup {
  std::string_view encoding;
  std::initializer_list<std::string_view> labels;
};

// Labels whose WHATWG meaning differs from (or is wider than) what ICU would pick for them.
const LabelGroup kLabelGroups[] = {
    {"UTF-8",
     {"unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"}},
    {"windows-1252",
     {"ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
      "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1",
      "us-ascii", "windows-1252", "x-cp1252", "x-user-defined"}},
    {"windows-1254",
     {"cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9",
      "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254"}},
    {"windows-874",
     {"dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"}},
    {"GBK",
     {"chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk",
      "iso-ir-58", "x-gbk"}},
    {"windows-949",
     {"cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987",
      "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949"}},
    {"windows-31j",
     {"csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j",
      "x-sjis"}},
    {"Big5-HKSCS", {"big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"}},
    {"UTF-16LE",
     {"csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"}},
    {"UTF-16BE", {"unicodefffe", "utf-16be"}},
    // The standard's "replacement" encoding: these labels must not be honoured.
    {"", {"csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext", "iso-2022-kr"}},
};

// Finds `needle` (lower-case ASCII) in `hay` from `from`, ASCII case-insensitively.
size_t IFind(std::string_view hay, std::string_view needle, size_t from) {
  if (needle.size() > hay.size()) return std::string_view::npos;
  for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() && Lower(hay[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

struct Attribute {
  std::string name;
  std::string value;
};

// The standard's "get an attribute" over b from *pos. Returns false when the tag has no more
// attributes (at '>'); sets *ran_out when the bytes end first.
bool GetAttribute(std::string_view b, size_t* pos, Attribute* attr, bool* ran_out) {
  attr->name.clear();
  attr->value.clear();
  size_t& p = *pos;
  auto out = [&] {
    *ran_out = true;
    return false;
  };
  while (p < b.size() && (IsSpace(b[p]) || b[p] == '/')) ++p;
  if (p >= b.size()) return out();
  if (b[p] == '>') return false;
  // Name.
  while (true) {
    if (p >= b.size()) return out();
    const char c = b[p];
    if (c == '=' && !attr->name.empty()) {
      ++p;
      break;
    }
    if (IsSpace(c)) {
      while (p < b.size() && IsSpace(b[p])) ++p;
      if (p >= b.size()) return out();
      if (b[p] != '=') return true;  // a name without a value
      ++p;
      break;
    }
    if (c == '/' || c == '>') return true;
    attr->name += Lower(c);
    ++p;
  }
  // Value.
  while (p < b.size() && IsSpace(b[p])) ++p;
  if (p >= b.size()) return out();
  if (b[p] == '"' || b[p] == '\'') {
    const char quote = b[p++];
    while (true) {
      if (p >= b.size()) return out();
      if (b[p] == quote) {
        ++p;
        return true;
      }
      attr->value += Lower(b[p++]);
    }
  }
  if (b[p] == '>') return true;
  while (true) {
    if (p >= b.size()) return out();
    if (IsSpace(b[p]) || b[p] == '>') return true;
    attr->value += Lower(b[p++]);
  }
}

// The standard's steps for one <meta> tag, from just after "<meta" and its space or slash.
// Returns the encoding it declares, "" when none.
std::string MetaCharset(std::string_view b, size_t* pos, bool* ran_out) {
  std::set<std::string> seen;
  bool got_pragma = false;
  enum class Need { kUnknown, kYes, kNo } need_pragma = Need::kUnknown;
  bool charset_set = false;
  std::string charset;  // "" with charset_set: a label no encoding matches (failure)
  Attribute attr;
  while (GetAttribute(b, pos, &attr, ran_out)) {
    if (!seen.insert(attr.name).second) continue;
    if (attr.name == "http-equiv") {
      got_pragma = got_pragma || attr.value == "content-type";
    } else if (attr.name == "content") {
      std::string label = CharsetLabelFromContent(attr.value);
      std::string encoding = label.empty() ? "" : HtmlCharsetForLabel(label);
      if (!encoding.empty() && !charset_set) {
        charset = std::move(encoding);
        charset_set = true;
        need_pragma = Need::kYes;
      }
    } else if (attr.name == "charset" && !charset_set) {
      charset = HtmlCharsetForLabel(attr.value);
      charset_set = true;
      need_pragma = Need::kNo;
    }
  }
  if (*ran_out || need_pragma == Need::kUnknown) return "";
  if (need_pragma == Need::kYes && !got_pragma) return "";
  if (IStartsWith(charset, "UTF-16")) return "UTF-8";  // a page that read as ASCII is not UTF-16
  return charset;
}

}  // namespace

std::string HtmlCharsetForLabel(std::string_view label) {
  const std::string key = AsciiLower(Trim(label));
  if (key.empty()) return "";
  for (const LabelGroup& group : kLabelGroups) {
    for (std::string_view l : group.labels) {
      if (l == key) return std::string(group.encoding);
    }
  }
  UErrorCode err = U_ZERO_ERROR;
  const char* name = ucnv_getAlias(key.c_str(), 0, &err);
  return U_SUCCESS(err) && name != nullptr ? key : "";
}

std::string CharsetLabelFromContent(std::string_view s) {
  size_t pos = 0;
  while (true) {
    const size_t found = IFind(s, "charset", pos);
    if (found == std::string_view::npos) return "";
    pos = found + 7;
    while (pos < s.size() && IsSpace(s[pos])) ++pos;
    if (pos >= s.size() || s[pos] != '=') continue;  // search again from here
    ++pos;
    while (pos < s.size() && IsSpace(s[pos])) ++pos;
    if (pos >= s.size()) return "";
    if (s[pos] == '"' || s[pos] == '\'') {
      const size_t close = s.find(s[pos], pos + 1);
      if (close == std::string_view::npos) return "";
      return std::string(s.substr(pos + 1, close - pos - 1));
    }
    size_t end = pos;
    while (end < s.size() && !IsSpace(s[end]) && s[end] != ';') ++end;
    return std::string(s.substr(pos, end - pos));
  }
}

std::string PrescanHtmlCharset(std::string_view bytes, size_t limit) {
  const std::string_view b = bytes.substr(0, std::min(bytes.size(), limit));
  size_t pos = 0;
  Attribute attr;
  while (pos < b.size()) {
    const std::string_view rest = b.substr(pos);
    bool ran_out = false;
    if (StartsWith(rest, "<!--")) {
      const size_t end = b.find("-->", pos + 2);  // "<!-->" is a whole comment
      if (end == std::string_view::npos) return "";
      pos = end + 3;
      continue;
    }
    if (rest.size() > 5 && IStartsWith(rest, "<meta") && (IsSpace(rest[5]) || rest[5] == '/')) {
      pos += 6;
      std::string charset = MetaCharset(b, &pos, &ran_out);
      if (!charset.empty()) return charset;
      if (ran_out) return "";
    } else if (rest.size() > 1 && rest[0] == '<' &&
               (IsAsciiLetter(rest[1]) ||
                (rest.size() > 2 && rest[1] == '/' && IsAsciiLetter(rest[2])))) {
      while (pos < b.size() && !IsSpace(b[pos]) && b[pos] != '>') ++pos;
      while (GetAttribute(b, &pos, &attr, &ran_out)) {
      }
      if (ran_out) return "";
    } else if (StartsWith(rest, "<!") || StartsWith(rest, "</") || StartsWith(rest, "<?")) {
      const size_t end = b.find('>', pos + 2);
      if (end == std::string_view::npos) return "";
      pos = end;
    }
    ++pos;
  }
  return "";
}

}  // namespace corroborate::ingest
