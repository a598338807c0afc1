// Evidence across the documents of one batch: which short lines recur on several pages of the
// same site. A site is the outlet when the container names it, else the URL host, else the
// folder the file was read from (a weaker key: one folder may mix outlets).
// Build with Add() once per document (sequentially; hashing only, O(lines)); then PagesWith()
// is a read-only hash lookup, safe to call from many threads at once.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/text/scrape_lines.h"
#include "model/article.h"

namespace corroborate {

struct SiteKey {
  std::string id;       // "outlet:daily meridian", "host:reuters.com", "folder:data/x"
  std::string display;  // what reasons name: "Daily Meridian", "reuters.com", "data/x"
  bool strong = false;  // outlet or host: every page really is the same site
};

SiteKey SiteKeyOf(const DecodedDocument& doc);

// Lines short enough to be chrome; only these are counted.
bool IsRepeatCandidate(const ScrapeLine& line);

class SiteProfile {
 public:
  // Counts each distinct candidate line of one page once for its site.
  void Add(const SiteKey& site, const std::vector<ScrapeLine>& lines);
  // How many pages of `site` carry a line with this text hash.
  int PagesWith(const SiteKey& site, uint64_t line_hash) const;
  int PagesOf(const SiteKey& site) const;

 private:
  std::unordered_map<uint64_t, int> line_pages_;
  std::unordered_map<std::string, int> site_pages_;
};

}  // namespace corroborate
