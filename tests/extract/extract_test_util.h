// Helpers for extract tests: building decoded documents and looking into articles.
#pragma once

#include <string>
#include <vector>

#include "model/article.h"

namespace corroborate::testing {

inline DecodedDocument Doc(const std::string& uri, const std::string& text) {
  DecodedDocument d;
  d.raw.uri = uri;
  d.raw.format = "text";
  d.text = text;
  d.charset = "UTF-8";
  return d;
}

inline bool HasLine(const Article& a, const std::string& line) {
  size_t pos = 0;
  while (pos <= a.text.size()) {
    size_t end = a.text.find('\n', pos);
    if (end == std::string::npos) end = a.text.size();
    if (a.text.compare(pos, end - pos, line) == 0) return true;
    pos = end + 1;
  }
  return false;
}

// The reason `line` was removed for, "" when it was not removed.
inline std::string ReasonFor(const Article& a, const std::string& line) {
  for (const RemovedLine& r : a.removed) {
    if (r.text == line) return r.reason;
  }
  return "";
}

}  // namespace corroborate::testing
