// HTML escaping for brief.html: every piece of article text and metadata goes through these
// before it reaches the page, in element content and in attribute values alike. Linear time,
// stateless, thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace corroborate {

// Appends text with & < > " ' replaced by character references, so the result is safe both as
// element content and inside a quoted attribute value. Invalid UTF-8 becomes U+FFFD; C0 control
// characters other than tab and newline, DEL and NUL are dropped (they are parse errors in HTML).
void AppendHtmlEscaped(std::string_view text, std::string* out);
std::string HtmlEscape(std::string_view text);

// As AppendHtmlEscaped, but newlines and tabs become spaces: for attribute values such as
// title="…", where a line break would be kept literally and look broken.
void AppendHtmlAttribute(std::string_view text, std::string* out);

// True for URLs that may become an href: an absolute http:// or https:// URL (case-insensitive
// scheme, after trimming) with a host and no white space or control characters. Anything else
// (javascript:, data:, relative paths) is shown as text only.
bool IsSafeHttpUrl(std::string_view url);

// True for a plausible BCP 47 language tag ("en", "pt-BR"): letters, digits and '-', 2–15 chars,
// starting with a letter. Used before writing lang="…"; "und" counts as a tag.
bool IsLanguageTag(std::string_view tag);

}  // namespace corroborate
