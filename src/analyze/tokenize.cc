#include "analyze/tokenize.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <string_view>

#include "analyze/analyze.h"
#include "analyze/sentences.h"
#include "core/utf8.h"

namespace corroborate {
namespace {

// A decoded code point with the byte offset just past it.
struct Cp {
  char32_t c = 0;
  size_t next = 0;
};

Cp At(std::string_view text, size_t pos, size_t end) {
  if (pos >= end) return {0, pos};
  size_t p = pos;
  char32_t c = utf8::Next(text.substr(0, end), &p);
  return {c, p};
}

bool IsMark(char32_t c) {
  int8_t t = u_charType(static_cast<UChar32>(c));
  return t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK || t == U_ENCLOSING_MARK;
}
bool IsLetter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)) || IsMark(c); }
bool IsDigit(char32_t c) { return u_isdigit(static_cast<UChar32>(c)); }
bool IsAlnum(char32_t c) { return IsLetter(c) || IsDigit(c); }
bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
bool IsHyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
bool IsSkippable(char32_t c) {
  if (c < 0x20 || c == 0x7F) return true;
  if (u_isUWhiteSpace(static_cast<UChar32>(c))) return true;
  return u_charType(static_cast<UChar32>(c)) == U_FORMAT_CHAR;  // ZWSP, BOM, soft hyphen
}
bool IsAsciiLower(char32_t c) { return c >= 'a' && c <= 'z'; }

constexpr std::array<std::string_view, 51> kLeadingAbbreviations = {
    "Mr",   "Mrs",    "Ms",   "Dr",   "Gen", "Sen", "Rep",  "Gov",   "Lt",  "Col", "Capt",
    "Sgt",  "Maj",    "Adm",  "Prof", "Rev", "St",  "Mt",   "Ft",    "No",  "Jan", "Feb",
    "Mar",  "Apr",    "Jun",  "Jul",  "Aug", "Sep", "Sept", "Oct",   "Nov", "Dec", "Pres",
    "Cmdr", "Mon",    "Tue",  "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    "v",    "Messrs", "Gens", "e.g",  "i.e", "cf",  "viz"};
constexpr std::array<std::string_view, 15> kOtherAbbreviations = {
    "Inc",    "Corp", "Ltd", "Co",   "Jr",   "Sr", "vs", "etc",
    "approx", "Brig", "Hon", "Supt", "Reps", "c",  "ca"};  // c./ca. = circa

// File name extensions: "report.pdf" stays one token.
constexpr std::array<std::string_view, 16> kFileExtensions = {
    "doc", "docx", "pdf",  "xls", "xlsx", "ppt", "pptx", "txt",
    "csv", "jpg",  "jpeg", "png", "gif",  "htm", "html", "zip"};

// Whether text[pos, end) continues an e-mail address's local part up to an '@' ("jane.doe@").
bool EmailLocalPartFollows(std::string_view text, size_t pos, size_t end) {
  for (size_t q = pos; q < end && q < pos + 64; ++q) {
    const char c = text[q];
    if (c == '@') return q > pos && q + 1 < end && IsAlnum(static_cast<unsigned char>(text[q + 1]));
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == '-' || c == '+';
    if (!ok) return false;
  }
  return false;
}

// Scans "http://…", "https://…", "www.…" from pos; returns the end or pos when not a URL.
size_t ScanUrl(std::string_view text, size_t pos, size_t end) {
  auto starts = [&](std::string_view p) {
    if (end - pos < p.size()) return false;
    for (size_t i = 0; i < p.size(); ++i) {
      char a = text[pos + i];
      if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
      if (a != p[i]) return false;
    }
    return true;
  };
  if (!starts("http://") && !starts("https://") && !starts("www.")) return pos;
  size_t p = pos;
  size_t last_good = pos;
  while (p < end) {
    Cp cp = At(text, p, end);
    if (IsSkippable(cp.c) || cp.c == '<' || cp.c == '>' || cp.c == '"' || cp.c == 0x201C ||
        cp.c == 0x201D) {
      break;
    }
    p = cp.next;
    // Trailing sentence punctuation is not part of the URL.
    if (!(cp.c == '.' || cp.c == ',' || cp.c == ';' || cp.c == ':' || cp.c == '!' || cp.c == '?' ||
          cp.c == ')' || IsApostrophe(cp.c))) {
      last_good = p;
    }
  }
  return last_good;
}

// Scans a word or number starting at pos (an alphanumeric code point). Returns the end offset.
size_t ScanWord(std::string_view text, size_t pos, size_t end) {
  const size_t start = pos;
  size_t chunk_start = pos;  // start of the current alphanumeric chunk
  int dotted = 0;            // dots joined as in "U.S."
  bool email = false;
  while (pos < end) {
    // An alphanumeric run.
    size_t chunk_letters = 0;
    while (pos < end) {
      Cp cp = At(text, pos, end);
      if (!IsAlnum(cp.c)) break;
      ++chunk_letters;
      pos = cp.next;
    }
    if (pos >= end) break;
    Cp cp = At(text, pos, end);
    Cp n1 = At(text, cp.next, end);
    if (IsApostrophe(cp.c)) {
      if ((n1.c == 's' || n1.c == 'S') && !IsAlnum(At(text, n1.next, end).c)) break;  // 's
      if (IsLetter(n1.c)) {  // don't, O'Brien
        pos = n1.next;
        chunk_start = pos;
        continue;
      }
      break;
    }
    if (IsHyphen(cp.c) && IsAlnum(n1.c)) {
      pos = cp.next;
      chunk_start = pos;
      continue;
    }
    if (cp.c == '@' && IsAlnum(n1.c) && !email) {
      email = true;
      pos = cp.next;
      chunk_start = pos;
      continue;
    }
    if (cp.c == '.' || (cp.c == ',' && !email) || cp.c == ':') {
      const bool digits_before = pos > start && text[pos - 1] >= '0' && text[pos - 1] <= '9';
      if (digits_before && IsDigit(n1.c)) {  // 3.5, 1,000, 8:30
        pos = cp.next;
        chunk_start = pos;
        continue;
      }
      if (cp.c != '.') break;
      // Dotted abbreviation: a short chunk, ".", 1-3 letters, "." ("U.S.", "a.m.", "Ph.D.").
      if (chunk_letters <= 3 && IsLetter(n1.c) && !email) {
        size_t q = cp.next;
        size_t run = 0;
        while (q < end && run <= 3) {
          Cp x = At(text, q, end);
          if (!IsLetter(x.c)) break;
          q = x.next;
          ++run;
        }
        if (run >= 1 && run <= 3 && At(text, q, end).c == '.') {
          ++dotted;
          pos = cp.next;
          chunk_start = pos;
          continue;
        }
      }
      if (dotted > 0) {  // the final period of "U.S."
        pos = cp.next;
        Cp h = At(text, pos, end);
        if (IsHyphen(h.c) && IsAlnum(At(text, h.next, end).c)) {  // "U.S.-led"
          pos = h.next;
          chunk_start = pos;
          dotted = 0;
          continue;
        }
        break;
      }
      // E-mail local parts ("jane.doe@example.com") and file names ("minutes.pdf").
      if (!email && IsAlnum(n1.c) && EmailLocalPartFollows(text, cp.next, end)) {
        pos = cp.next;
        chunk_start = pos;
        continue;
      }
      if (IsAsciiLower(n1.c)) {
        size_t q = n1.next;
        while (q < end && IsAsciiLower(static_cast<unsigned char>(text[q]))) ++q;
        std::string_view ext = text.substr(cp.next, q - cp.next);
        const bool is_extension =
            std::find(kFileExtensions.begin(), kFileExtensions.end(), ext) != kFileExtensions.end();
        if (is_extension && !IsAlnum(At(text, q, end).c)) {
          pos = q;
          break;
        }
      }
      // Domains and e-mail hosts: "example.com", "nytimes.com".
      if (IsAsciiLower(n1.c) &&
          (email || IsAsciiLower(static_cast<unsigned char>(text[pos - 1])))) {
        size_t q = n1.next;
        while (q < end && IsAsciiLower(static_cast<unsigned char>(text[q]))) ++q;
        std::string_view tail = text.substr(cp.next, q - cp.next);
        const bool tld = tail == "com" || tail == "org" || tail == "net" || tail == "gov" ||
                         tail == "edu" || tail == "io" || tail == "co" || tail == "uk" ||
                         tail == "ru" || tail == "ua" || tail == "de" || tail == "fr" ||
                         tail == "eu" || tail == "int" || tail == "info" || tail == "news";
        if (email || tld || At(text, q, end).c == '.') {
          pos = cp.next;
          chunk_start = pos;
          continue;
        }
      }
      // "Mr.", "Nov.", initials "J.".
      std::string_view word = text.substr(start, pos - start);
      const bool initial = chunk_letters == 1 && pos - chunk_start <= 4 &&
                           u_isupper(static_cast<UChar32>(At(text, chunk_start, end).c)) &&
                           chunk_start == start;
      if (initial || IsKnownAbbreviation(word)) pos = cp.next;
      break;
    }
    break;
  }
  return pos;
}

size_t ScanNumberOrWord(std::string_view text, size_t pos, size_t end) {
  return ScanWord(text, pos, end);
}

}  // namespace

bool IsLeadingAbbreviation(std::string_view word) {
  for (std::string_view a : kLeadingAbbreviations) {
    if (a == word) return true;
  }
  return false;
}

bool IsKnownAbbreviation(std::string_view word) {
  if (IsLeadingAbbreviation(word)) return true;
  for (std::string_view a : kOtherAbbreviations) {
    if (a == word) return true;
  }
  return false;
}

void TokenizeRange(std::string_view text, size_t begin, size_t end, std::vector<Token>* out) {
  end = std::min(end, text.size());
  size_t pos = begin;
  while (pos < end) {
    Cp cp = At(text, pos, end);
    if (IsSkippable(cp.c)) {
      pos = cp.next;
      continue;
    }
    Token tok;
    size_t tok_end = cp.next;
    if (IsLetter(cp.c)) {
      size_t url_end = ScanUrl(text, pos, end);
      tok_end = url_end > pos ? url_end : ScanNumberOrWord(text, pos, end);
      tok.kind = TokenKind::kWord;
    } else if (IsDigit(cp.c)) {
      tok_end = ScanNumberOrWord(text, pos, end);
      tok.kind = TokenKind::kNumber;
    } else if (IsApostrophe(cp.c)) {
      Cp s = At(text, cp.next, end);
      const bool after_word = !out->empty() && out->back().span.end == pos &&
                              out->back().kind != TokenKind::kPunct &&
                              out->back().kind != TokenKind::kSymbol;
      if (after_word && (s.c == 's' || s.c == 'S') && !IsAlnum(At(text, s.next, end).c)) {
        tok_end = s.next;  // possessive "'s"
        tok.kind = TokenKind::kWord;
      } else {
        tok.kind = TokenKind::kPunct;
      }
    } else if (cp.c == '.') {
      while (tok_end < end && text[tok_end] == '.') ++tok_end;  // "..."
      tok.kind = TokenKind::kPunct;
    } else if (cp.c == '!' || cp.c == '?') {
      // "?!", "!!!": one emphatic stop.
      while (tok_end < end && (text[tok_end] == '!' || text[tok_end] == '?')) ++tok_end;
      tok.kind = TokenKind::kPunct;
    } else if (cp.c == '-' || cp.c == '*' || cp.c == '=' || cp.c == '_' || cp.c == '~' ||
               cp.c == '#') {
      // Dashes and rules typed as runs: "--", "-----", "****".
      while (tok_end < end && text[tok_end] == static_cast<char>(cp.c)) ++tok_end;
      tok.kind = u_ispunct(static_cast<UChar32>(cp.c)) ? TokenKind::kPunct : TokenKind::kSymbol;
    } else if (u_ispunct(static_cast<UChar32>(cp.c))) {
      tok.kind = TokenKind::kPunct;
    } else {
      tok.kind = TokenKind::kSymbol;
    }
    if (tok_end <= pos) tok_end = cp.next;  // always progress
    tok.span = {static_cast<uint32_t>(pos), static_cast<uint32_t>(tok_end)};
    out->push_back(tok);
    pos = tok_end;
  }
}

void Tokenize(AnnotatedDoc* doc) {
  doc->tokens.clear();
  doc->sentences.clear();
  if (doc->article == nullptr) return;
  std::string_view text = doc->text();
  // Spans are 32-bit; an absurdly large text is analyzed only up to that limit.
  if (text.size() >= std::numeric_limits<uint32_t>::max()) {
    text = utf8::Truncate(text, std::numeric_limits<uint32_t>::max() - 1);
  }
  try {
    size_t line_begin = 0;
    uint32_t paragraph = 0;
    while (line_begin <= text.size()) {
      size_t nl = text.find('\n', line_begin);
      size_t line_end = nl == std::string_view::npos ? text.size() : nl;
      const size_t first_token = doc->tokens.size();
      TokenizeRange(text, line_begin, line_end, &doc->tokens);
      SplitLineIntoSentences(text, line_begin, line_end, paragraph, first_token, doc);
      if (nl == std::string_view::npos) break;
      line_begin = nl + 1;
      ++paragraph;
    }
  } catch (const std::exception&) {
    // Out of memory on absurd input: keep what was built, consistently.
    doc->sentences.clear();
    doc->tokens.clear();
  }
}

}  // namespace corroborate
