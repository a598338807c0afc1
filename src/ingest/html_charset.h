// The charset an HTML page declares about itself, found the way browsers find it before
// parsing: the WHATWG "prescan a byte stream to determine its encoding" algorithm (HTML
// standard, 13.2.3.2) over the page's first bytes. It skips comments, other tags and their
// attributes (so a "charset=" inside a script string or an attribute value is not taken), reads
// <meta charset=…> and <meta http-equiv="Content-Type" content="…; charset=…">, and applies the
// standard's label rules: UTF-16 labels in a page mean UTF-8 (the prescan itself read ASCII),
// x-user-defined means windows-1252. Also the WHATWG label → encoding table used for HTTP
// charsets of HTML (latin1 → windows-1252, gb2312 → GBK, …). Pure; O(prescan window).
// Thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace corroborate::ingest {

// How many bytes the prescan looks at. The standard says 1024; pages with long <head>s put
// their <meta> later, and looking further costs nothing measurable.
inline constexpr size_t kHtmlPrescanBytes = 4096;

// The encoding the page's <meta> declares, as an ICU converter name ("windows-1251", "UTF-8");
// "" when there is none (or only labels no converter knows).
std::string PrescanHtmlCharset(std::string_view bytes, size_t limit = kHtmlPrescanBytes);

// The WHATWG "extracting a character encoding from a meta element" step: the label after
// "charset=" in a Content-Type-like value, unquoted; "" when there is none.
std::string CharsetLabelFromContent(std::string_view content);

// The encoding a label names for HTML, by the WHATWG Encoding Standard's table where it differs
// from the label's own meaning (ISO-8859-1 and US-ASCII → windows-1252, ISO-8859-9 →
// windows-1254, TIS-620 → windows-874, GB2312 → GBK, EUC-KR → windows-949, Shift_JIS →
// windows-31j, Big5 → Big5-HKSCS), else the label itself when ICU knows it; "" otherwise.
std::string HtmlCharsetForLabel(std::string_view label);

}  // namespace corroborate::ingest
