// The tokenizer's hot loops: text is scanned 16 bytes at a time for '<', '&' and NUL (SSE2 on
// x86-64, a byte loop elsewhere); tags, attributes and comments are read with a byte-class
// table; nothing is copied unless a character reference or an upper-case name needs it.
#include "html/tokenizer.h"

#include <cstring>
#include <unordered_set>

#include "html/char_refs.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace corroborate::html {
namespace {

enum CharClass : uint8_t {
  kSpace = 1,        // \t \n \f \r and space: HTML's ASCII whitespace
  kNameEnd = 2,      // ends a tag name: whitespace, '/', '>'
  kAttrNameEnd = 4,  // ends an attribute name: whitespace, '/', '>', '='
  kUnquotedEnd = 8,  // ends an unquoted attribute value: whitespace, '>'
  kUpper = 16,       // A–Z
  kAlpha = 32,       // A–Z, a–z
};

constexpr std::array<uint8_t, 256> MakeClasses() {
  std::array<uint8_t, 256> c{};
  for (unsigned char ch : {'\t', '\n', '\f', '\r', ' '}) {
    c[ch] |= kSpace | kNameEnd | kAttrNameEnd | kUnquotedEnd;
  }
  c['/'] |= kNameEnd | kAttrNameEnd;
  c['>'] |= kNameEnd | kAttrNameEnd | kUnquotedEnd;
  c['='] |= kAttrNameEnd;
  for (int ch = 'A'; ch <= 'Z'; ++ch) c[ch] |= kUpper | kAlpha;
  for (int ch = 'a'; ch <= 'z'; ++ch) c[ch] |= kAlpha;
  return c;
}

constexpr std::array<uint8_t, 256> kClasses = MakeClasses();

inline bool Is(char c, uint8_t cls) { return kClasses[static_cast<unsigned char>(c)] & cls; }
inline char Lower(char c) { return Is(c, kUpper) ? static_cast<char>(c + 32) : c; }

// The first of the bytes a, b or NUL in [p, end), or end: 16 bytes at a time where SSE2 is
// available.
inline const char* FindAnyOrNul(const char* p, const char* end, char a, char b) {
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a);
  const __m128i vb = _mm_set1_epi8(b);
  const __m128i zero = _mm_setzero_si128();
  while (end - p >= 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)),
                                _mm_cmpeq_epi8(v, zero));
    int mask = _mm_movemask_epi8(hits);
    if (mask != 0) return p + __builtin_ctz(static_cast<unsigned>(mask));
    p += 16;
  }
#endif
  while (p < end && *p != a && *p != b && *p != '\0') ++p;
  return p;
}

// The first '<', '&' or NUL in [p, end), or end.
inline const char* FindTextSpecial(const char* p, const char* end) {
  return FindAnyOrNul(p, end, '<', '&');
}

inline const char* Find(const char* p, const char* end, char c) {
  if (p >= end) return nullptr;
  return static_cast<const char*>(std::memchr(p, c, end - p));
}

// True when [p, end) starts with `word`, ASCII case-insensitively (word is lowercase).
inline bool StartsWithNoCase(const char* p, const char* end, std::string_view word) {
  if (end - p < static_cast<ptrdiff_t>(word.size())) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (Lower(p[i]) != word[i]) return false;
  }
  return true;
}

constexpr std::string_view kReplacementChar = "\xEF\xBF\xBD";

}  // namespace

Tokenizer::Tokenizer(std::string_view input, Arena* arena)
    : begin_(input.data()), pos_(input.data()), end_(input.data() + input.size()), arena_(arena) {}

void Tokenizer::SetTextMode(TextMode mode, std::string_view end_tag_name) {
  mode_ = mode;
  end_tag_name_ = end_tag_name;
}

void Tokenizer::Next(Token* token) {
  token->self_closing = false;
  token->tag = Tag::kOther;
  token->name = {};
  token->text = {};
  while (true) {
    if (pos_ >= end_) {
      token->kind = TokenKind::kEof;
      token->offset = static_cast<uint32_t>(end_ - begin_);
      return;
    }
    if (mode_ != TextMode::kData) {
      ReadRawText(token);
      if (mode_ != TextMode::kPlaintext) mode_ = TextMode::kData;
      if (!token->text.empty()) return;
      continue;
    }
    if (*pos_ == '<' && LooksLikeMarkup(pos_)) {
      token->kind = TokenKind::kEof;  // ReadMarkup sets the kind when it yields a token
      ReadMarkup(token);
      if (token->kind != TokenKind::kEof) return;
      continue;
    }
    ReadText(token);
    if (!token->text.empty()) return;
  }
}

bool Tokenizer::LooksLikeMarkup(const char* p) const {
  if (end_ - p < 2) return false;
  char c = p[1];
  if (Is(c, kAlpha) || c == '!' || c == '?') return true;
  return c == '/' && end_ - p > 2;  // "</x", "</>" and "</ bogus"; a bare "</" at EOF is text
}

void Tokenizer::ReadText(Token* token) {
  const char* start = pos_;
  const char* p = pos_;
  const char* run = p;  // start of the bytes not yet copied to scratch_ (when decoding)
  bool decoding = false;
  while (true) {
    p = FindTextSpecial(p, end_);
    if (p == end_) break;
    if (*p == '<') {
      if (LooksLikeMarkup(p)) break;
      ++p;
      continue;
    }
    if (!decoding) {
      scratch_.clear();
      decoding = true;
    }
    scratch_.append(run, p);
    if (*p == '&') {
      size_t used = DecodeCharRef(std::string_view(p, end_ - p), false, &scratch_);
      if (used == 0) {
        scratch_.push_back('&');
        used = 1;
      }
      p += used;
    } else {
      ++p;  // NUL in text is dropped, as the tree builder does "in body"
    }
    run = p;
  }
  pos_ = p;
  token->kind = TokenKind::kText;
  token->offset = static_cast<uint32_t>(start - begin_);
  if (decoding) {
    scratch_.append(run, p);
    token->text = arena_->Copy(scratch_);
  } else {
    token->text = std::string_view(start, p - start);
  }
}

void Tokenizer::ReadMarkup(Token* token) {
  const char* p = pos_;
  token->offset = static_cast<uint32_t>(p - begin_);
  char c = p[1];
  if (Is(c, kAlpha)) return ReadTag(p, token);
  if (c == '/') {
    if (Is(p[2], kAlpha)) return ReadTag(p, token);
    if (p[2] == '>') {  // "</>" is dropped
      pos_ = p + 3;
      return;
    }
    return ReadBogusComment(p + 2, token);
  }
  if (c == '!') return ReadMarkupDeclaration(p + 2, token);
  return ReadBogusComment(p + 1, token);  // "<?xml …?>": the '?' is part of the comment
}

void Tokenizer::ReadTag(const char* p, Token* token) {
  bool is_end = p[1] == '/';
  const char* q = p + (is_end ? 2 : 1);
  const char* name_begin = q;
  bool has_upper = false;
  while (q < end_ && !Is(*q, kNameEnd)) {
    has_upper |= Is(*q, kUpper);
    ++q;
  }
  const char* name_end = q;
  if (!is_end) attributes_.clear();
  bool self_closing = false;
  q = SkipAttributes(q, !is_end, &self_closing);
  if (q == nullptr) {  // the input ends inside the tag: the spec drops the tag
    attributes_.clear();
    pos_ = end_;
    return;
  }
  pos_ = q;
  token->kind = is_end ? TokenKind::kEndTag : TokenKind::kStartTag;
  token->self_closing = self_closing;
  size_t length = name_end - name_begin;
  if (length <= 10) {
    char lower[10];
    std::string_view key(name_begin, length);
    if (has_upper) {
      for (size_t i = 0; i < length; ++i) lower[i] = Lower(name_begin[i]);
      key = std::string_view(lower, length);
    }
    token->tag = TagFromName(key);
  }
  token->name =
      token->tag != Tag::kOther ? TagName(token->tag) : NameView(name_begin, name_end, has_upper);
}

const char* Tokenizer::SkipAttributes(const char* q, bool keep, bool* self_closing) {
  while (true) {
    while (q < end_ && (Is(*q, kSpace) || *q == '/')) {
      if (*q == '/' && q + 1 < end_ && q[1] == '>') {
        *self_closing = true;
        return q + 2;
      }
      ++q;
    }
    if (q >= end_) return nullptr;
    if (*q == '>') return q + 1;
    // An attribute name; its first character may be '=' (the spec keeps it in the name).
    const char* name_begin = q;
    bool has_upper = Is(*q, kUpper);
    ++q;
    while (q < end_ && !Is(*q, kAttrNameEnd)) {
      has_upper |= Is(*q, kUpper);
      ++q;
    }
    const char* name_end = q;
    while (q < end_ && Is(*q, kSpace)) ++q;
    std::string_view raw_value;
    if (q < end_ && *q == '=') {
      ++q;
      while (q < end_ && Is(*q, kSpace)) ++q;
      if (q >= end_) return nullptr;
      if (*q == '"' || *q == '\'') {
        // One pass finds the closing quote and tells whether the value needs decoding.
        const char* special = FindAnyOrNul(q + 1, end_, *q, '&');
        const char* close = special < end_ && *special == *q ? special : Find(special, end_, *q);
        if (close == nullptr) return nullptr;
        raw_value = std::string_view(q + 1, close - q - 1);
        q = close + 1;
        if (special == close) {  // nothing to decode
          if (keep) AddAttribute(NameView(name_begin, name_end, has_upper), raw_value);
          continue;
        }
      } else {
        const char* value_begin = q;
        while (q < end_ && !Is(*q, kUnquotedEnd)) ++q;
        raw_value = std::string_view(value_begin, q - value_begin);
      }
    }
    if (keep) AddAttribute(NameView(name_begin, name_end, has_upper), DecodedValue(raw_value));
  }
}

std::string_view Tokenizer::NameView(const char* begin, const char* end, bool has_upper) {
  if (!has_upper) return std::string_view(begin, end - begin);
  char* copy = arena_->Allocate(end - begin);
  for (const char* p = begin; p < end; ++p) copy[p - begin] = Lower(*p);
  return std::string_view(copy, end - begin);
}

std::string_view Tokenizer::DecodedValue(std::string_view raw) {
  if (raw.empty()) return raw;
  bool has_amp = std::memchr(raw.data(), '&', raw.size()) != nullptr;
  bool has_nul = std::memchr(raw.data(), '\0', raw.size()) != nullptr;
  if (!has_amp && !has_nul) return raw;
  scratch_.clear();
  size_t i = 0;
  while (i < raw.size()) {
    char c = raw[i];
    if (c == '&') {
      size_t used = DecodeCharRef(raw.substr(i), true, &scratch_);
      if (used > 0) {
        i += used;
        continue;
      }
      scratch_.push_back('&');
    } else if (c == '\0') {
      scratch_.append(kReplacementChar);
    } else {
      scratch_.push_back(c);
    }
    ++i;
  }
  return arena_->Copy(scratch_);
}

void Tokenizer::AddAttribute(std::string_view name, std::string_view value) {
  // The first of duplicate attributes wins. A linear check is cheapest for real tags; a tag
  // with very many attributes (hostile input) switches to a set so the cost stays linear.
  constexpr size_t kLinearLimit = 24;
  if (attributes_.size() < kLinearLimit) {
    for (const Attribute& a : attributes_) {
      if (a.name == name) return;
    }
  } else {
    if (attributes_.size() == kLinearLimit) {
      seen_names_.clear();
      for (const Attribute& a : attributes_) seen_names_.insert(a.name);
    }
    if (!seen_names_.insert(name).second) return;
  }
  attributes_.push_back({name, value});
}

void Tokenizer::ReadMarkupDeclaration(const char* p, Token* token) {
  if (end_ - p >= 2 && p[0] == '-' && p[1] == '-') return ReadComment(p + 2, token);
  if (StartsWithNoCase(p, end_, "doctype")) {
    const char* gt = Find(p + 7, end_, '>');
    const char* stop = gt ? gt : end_;
    const char* b = p + 7;
    while (b < stop && Is(*b, kSpace)) ++b;
    const char* e = stop;
    while (e > b && Is(e[-1], kSpace)) --e;
    token->kind = TokenKind::kDoctype;
    token->text = std::string_view(b, e - b);
    pos_ = gt ? gt + 1 : end_;
    return;
  }
  if (cdata_allowed_ && end_ - p >= 7 && std::memcmp(p, "[CDATA[", 7) == 0) {
    std::string_view rest(p + 7, end_ - p - 7);
    size_t close = rest.find("]]>");
    std::string_view text = rest.substr(0, close);
    pos_ = close == std::string_view::npos ? end_ : p + 7 + close + 3;
    if (!text.empty()) {
      token->kind = TokenKind::kText;
      token->text = text;
    }
    return;
  }
  ReadBogusComment(p, token);
}

void Tokenizer::ReadComment(const char* p, Token* token) {
  token->kind = TokenKind::kComment;
  // "<!-->" and "<!--->" are empty comments.
  if (p < end_ && *p == '>') {
    pos_ = p + 1;
    return;
  }
  if (end_ - p >= 2 && p[0] == '-' && p[1] == '>') {
    pos_ = p + 2;
    return;
  }
  for (const char* q = p; (q = Find(q, end_, '-')) != nullptr; ++q) {
    if (end_ - q >= 3 && q[1] == '-' && q[2] == '>') {
      token->text = std::string_view(p, q - p);
      pos_ = q + 3;
      return;
    }
    if (end_ - q >= 4 && q[1] == '-' && q[2] == '!' && q[3] == '>') {
      token->text = std::string_view(p, q - p);
      pos_ = q + 4;
      return;
    }
  }
  token->text = std::string_view(p, end_ - p);  // unterminated: the comment runs to the end
  pos_ = end_;
}

void Tokenizer::ReadBogusComment(const char* body, Token* token) {
  const char* gt = Find(body, end_, '>');
  const char* stop = gt ? gt : end_;
  token->kind = TokenKind::kComment;
  token->text = std::string_view(body, stop - body);
  pos_ = gt ? gt + 1 : end_;
}

bool Tokenizer::IsEndTagAt(const char* p) const {
  size_t n = end_tag_name_.size();
  if (static_cast<size_t>(end_ - p) <= n) return false;  // needs a delimiter after the name
  for (size_t i = 0; i < n; ++i) {
    if (Lower(p[i]) != end_tag_name_[i]) return false;
  }
  return Is(p[n], kNameEnd);
}

const char* Tokenizer::FindEndTag(const char* p) const {
  while (const char* q = Find(p, end_, '<')) {
    if (end_ - q > 2 && q[1] == '/' && IsEndTagAt(q + 2)) return q;
    p = q + 1;
  }
  return end_;
}

// Script data with the spec's escape states: inside "<!--" … "-->", a "<script>" starts a
// double-escaped section in which "</script>" does not end the element.
const char* Tokenizer::FindScriptEnd(const char* p) const {
  enum { kNormal, kEscaped, kDoubleEscaped } state = kNormal;
  const char* next_lt = nullptr;     // cached search results keep the scan linear
  const char* next_close = nullptr;  // next "-->"
  auto find_close = [this](const char* from) -> const char* {
    std::string_view rest(from, end_ - from);
    size_t at = rest.find("-->");
    return at == std::string_view::npos ? end_ : from + at;
  };
  while (p < end_) {
    if (next_lt == nullptr || next_lt < p) {
      next_lt = Find(p, end_, '<');
      if (next_lt == nullptr) next_lt = end_;
    }
    if (state != kNormal) {
      if (next_close == nullptr || next_close < p) next_close = find_close(p);
      if (next_close < next_lt) {
        state = kNormal;
        p = next_close + 3;
        continue;
      }
    }
    const char* q = next_lt;
    if (q >= end_) return end_;
    bool end_tag = end_ - q > 2 && q[1] == '/' && IsEndTagAt(q + 2);
    if (state == kNormal) {
      if (end_tag) return q;
      if (end_ - q >= 4 && q[1] == '!' && q[2] == '-' && q[3] == '-') {
        state = kEscaped;
        p = q + 2;  // so "<!-->" closes at once
        continue;
      }
    } else if (state == kEscaped) {
      if (end_tag) return q;
      if (IsEndTagAt(q + 1)) {  // "<script" + delimiter
        state = kDoubleEscaped;
        p = q + 1 + end_tag_name_.size();
        continue;
      }
    } else if (end_tag) {
      state = kEscaped;
      p = q + 2 + end_tag_name_.size();
      continue;
    }
    p = q + 1;
  }
  return end_;
}

void Tokenizer::ReadRawText(Token* token) {
  const char* stop = mode_ == TextMode::kScriptData  ? FindScriptEnd(pos_)
                     : mode_ == TextMode::kPlaintext ? end_
                                                     : FindEndTag(pos_);
  std::string_view raw(pos_, stop - pos_);
  token->kind = TokenKind::kText;
  token->offset = static_cast<uint32_t>(pos_ - begin_);
  pos_ = stop;
  bool has_nul = std::memchr(raw.data(), '\0', raw.size()) != nullptr;
  bool decode = mode_ == TextMode::kRcdata && std::memchr(raw.data(), '&', raw.size()) != nullptr;
  if (!has_nul && !decode) {
    token->text = raw;
    return;
  }
  scratch_.clear();
  for (size_t i = 0; i < raw.size();) {
    if (raw[i] == '\0') {
      scratch_.append(kReplacementChar);
      ++i;
    } else if (decode && raw[i] == '&') {
      size_t used = DecodeCharRef(raw.substr(i), false, &scratch_);
      if (used == 0) {
        scratch_.push_back('&');
        used = 1;
      }
      i += used;
    } else {
      scratch_.push_back(raw[i++]);
    }
  }
  token->text = arena_->Copy(scratch_);
}

}  // namespace corroborate::html
