#include "render/html_escape.h"

#include "core/strings.h"
#include "core/utf8.h"

namespace corroborate {
namespace {

void Escape(std::string_view text, bool attribute, std::string* out) {
  out->reserve(out->size() + text.size() + text.size() / 8);
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      switch (c) {
        case '&':
          *out += "&amp;";
          break;
        case '<':
          *out += "&lt;";
          break;
        case '>':
          *out += "&gt;";
          break;
        case '"':
          *out += "&quot;";
          break;
        case '\'':
          *out += "&#39;";
          break;
        case '\n':
        case '\t':
          out->push_back(attribute ? ' ' : static_cast<char>(c));
          break;
        case '\r':
          break;
        default:
          if (c >= 0x20 && c != 0x7F) out->push_back(static_cast<char>(c));
      }
      continue;
    }
    // Multi-byte: copy the sequence when valid, U+FFFD otherwise (Next always advances).
    size_t start = i;
    char32_t cp = utf8::Next(text, &i);
    if (cp == 0xFFFD && i - start != 3) {
      utf8::Append(0xFFFD, out);
    } else if (cp >= 0x80 && cp < 0xA0) {
      // C1 controls: drop, like C0.
    } else {
      out->append(text.substr(start, i - start));
    }
  }
}

}  // namespace

void AppendHtmlEscaped(std::string_view text, std::string* out) { Escape(text, false, out); }

void AppendHtmlAttribute(std::string_view text, std::string* out) { Escape(text, true, out); }

std::string HtmlEscape(std::string_view text) {
  std::string out;
  Escape(text, false, &out);
  return out;
}

bool IsSafeHttpUrl(std::string_view url) {
  url = Trim(url);
  size_t rest = 0;
  if (IStartsWith(url, "http://")) {
    rest = 7;
  } else if (IStartsWith(url, "https://")) {
    rest = 8;
  } else {
    return false;
  }
  if (rest >= url.size() || url[rest] == '/' || url[rest] == '?' || url[rest] == '#') return false;
  for (char ch : url) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c <= 0x20 || c == 0x7F) return false;
  }
  return true;
}

bool IsLanguageTag(std::string_view tag) {
  if (tag.size() < 2 || tag.size() > 15) return false;
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (!alpha(tag[0])) return false;
  for (char c : tag) {
    if (!alpha(c) && !(c >= '0' && c <= '9') && c != '-') return false;
  }
  return true;
}

}  // namespace corroborate
