// The HTML tokenizer (WHATWG "tokenization", simplified where the result is the same): splits
// UTF-8 input into text, start/end tags, comments and doctypes. Text and values are views into
// the input where nothing needs decoding, else decoded copies in the Arena. The tree builder
// switches the text mode after a start tag (<script>, <style>, <title>, …), because only it
// knows whether the element is HTML or inside <svg>/<math>.
//
// Differences from the spec, none visible to extraction: CR is kept as written (not folded to
// LF); NUL is dropped from ordinary text (as the tree builder would) and becomes U+FFFD
// elsewhere; a tag cut off by the end of the input is dropped, as the spec says.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "html/arena.h"
#include "html/dom.h"

namespace corroborate::html {

enum class TokenKind : uint8_t { kText, kStartTag, kEndTag, kComment, kDoctype, kEof };

struct Token {
  TokenKind kind = TokenKind::kEof;
  Tag tag = Tag::kOther;      // tags: the known element, else kOther
  bool self_closing = false;  // "<br/>"
  std::string_view name;      // tags: lowercase name
  std::string_view text;      // text, comment or doctype content
  uint32_t offset = 0;        // byte offset of the token in the input
};

// How the text after the current position is read.
enum class TextMode : uint8_t {
  kData,        // markup
  kRcdata,      // <title>, <textarea>: text with character references, until the end tag
  kRawText,     // <style>, <xmp>, <iframe>, <noembed>, <noframes>, <noscript>: until the end tag
  kScriptData,  // <script>: raw text, "<!--" escapes honoured
  kPlaintext,   // <plaintext>: everything to the end is text
};

class Tokenizer {
 public:
  // input must outlive the tokenizer and every token; arena receives the decoded strings.
  Tokenizer(std::string_view input, Arena* arena);

  // The next token; kEof (repeatedly) at the end.
  void Next(Token* token);
  // The attributes of the last start tag (names lowercase, first of duplicates kept).
  std::span<const Attribute> attributes() const { return attributes_; }

  // Reads what follows the start tag just returned in `mode`, up to </end_tag_name>.
  void SetTextMode(TextMode mode, std::string_view end_tag_name);
  // CDATA sections are text inside svg/math, bogus comments elsewhere.
  void set_cdata_allowed(bool allowed) { cdata_allowed_ = allowed; }

 private:
  bool LooksLikeMarkup(const char* p) const;
  void ReadText(Token* token);
  void ReadMarkup(Token* token);
  void ReadTag(const char* p, Token* token);
  void ReadComment(const char* p, Token* token);
  void ReadBogusComment(const char* body, Token* token);
  void ReadMarkupDeclaration(const char* p, Token* token);
  void ReadRawText(Token* token);
  const char* FindEndTag(const char* p) const;
  const char* FindScriptEnd(const char* p) const;
  bool IsEndTagAt(const char* p) const;  // p points after "</"
  const char* SkipAttributes(const char* p, bool keep, bool* self_closing);
  std::string_view NameView(const char* begin, const char* end, bool has_upper);
  std::string_view DecodedValue(std::string_view raw);
  void AddAttribute(std::string_view name, std::string_view value);

  const char* begin_;
  const char* pos_;
  const char* end_;
  Arena* arena_;
  TextMode mode_ = TextMode::kData;
  std::string_view end_tag_name_;
  bool cdata_allowed_ = false;
  std::vector<Attribute> attributes_;
  std::string scratch_;
  std::unordered_set<std::string_view> seen_names_;  // duplicate check for huge tags
};

}  // namespace corroborate::html
