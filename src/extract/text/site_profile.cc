#include "extract/text/site_profile.h"

#include <unordered_set>

#include "core/strings.h"
#include "extract/metadata/outlet.h"

namespace corroborate {
namespace {

uint64_t Mix(const SiteKey& site, uint64_t line_hash) {
  return Hash64(site.id, line_hash * 0x9E3779B97F4A7C15ull + 1);
}

}  // namespace

SiteKey SiteKeyOf(const DecodedDocument& doc) {
  SiteKey key;
  const std::string outlet = CollapseWhitespace(doc.raw.outlet);
  if (!outlet.empty()) {
    key.id = "outlet:" + AsciiLower(outlet);
    key.display = outlet;
    key.strong = true;
    return key;
  }
  std::string host = SiteFromUrl(doc.raw.url);
  if (host.empty()) host = SiteFromUrl(doc.raw.uri);
  if (!host.empty()) {
    key.id = "host:" + host;
    key.display = host;
    key.strong = true;
    return key;
  }
  const UriParts parts = SplitUri(doc.raw.uri);
  key.id = "folder:" + parts.folder;
  key.display = parts.folder.empty() ? "this input" : parts.folder;
  return key;
}

bool IsRepeatCandidate(const ScrapeLine& line) {
  return line.shape.chars < 120 && !IsSentence(line.shape);
}

void SiteProfile::Add(const SiteKey& site, const std::vector<ScrapeLine>& lines) {
  ++site_pages_[site.id];
  std::unordered_set<uint64_t> seen;
  for (const ScrapeLine& line : lines) {
    if (!IsRepeatCandidate(line) || !seen.insert(line.hash).second) continue;
    ++line_pages_[Mix(site, line.hash)];
  }
}

int SiteProfile::PagesWith(const SiteKey& site, uint64_t line_hash) const {
  auto it = line_pages_.find(Mix(site, line_hash));
  return it == line_pages_.end() ? 0 : it->second;
}

int SiteProfile::PagesOf(const SiteKey& site) const {
  auto it = site_pages_.find(site.id);
  return it == site_pages_.end() ? 0 : it->second;
}

}  // namespace corroborate
