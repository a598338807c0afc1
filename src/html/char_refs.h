// Character references (&amp; &#39; &#x2014; &copy …) as the WHATWG tokenizer decodes them:
// longest named match, legacy names without ';', numeric with the windows-1252 remapping of
// 0x80–0x9F, and U+FFFD for zero, surrogates and values beyond U+10FFFF.
#pragma once

#include <string>
#include <string_view>

namespace corroborate::html {

// Decodes the reference starting at text[0] == '&'. On success appends the decoded UTF-8 to
// *out and returns the number of bytes consumed (> 0); returns 0 when text does not start a
// reference (the '&' is then literal). in_attribute applies the attribute rule: a named
// reference not ending in ';' followed by '=' or an alphanumeric is left as written.
size_t DecodeCharRef(std::string_view text, bool in_attribute, std::string* out);

// Appends text to *out with every character reference decoded.
void AppendDecoded(std::string_view text, bool in_attribute, std::string* out);

}  // namespace corroborate::html
