#include "extract/text/scrape_lines.h"

#include "core/strings.h"
#include "core/utf8.h"

namespace corroborate {
namespace {

bool IsBulletGlyph(char32_t c) {
  switch (c) {
    case 0x2022:  // •
    case 0x2023:  // ‣
    case 0x25E6:  // ◦
    case 0x2043:  // ⁃
    case 0x2219:  // ∙
    case 0x25AA:  // ▪
    case 0x25AB:  // ▫
    case 0x25A0:  // ■
    case 0x25A1:  // □
    case 0x25CF:  // ●
    case 0x25CB:  // ○
    case 0x25BA:  // ►
    case 0x25B6:  // ▶
    case 0x27A4:  // ➤
    case 0x2713:  // ✓
    case 0x2714:  // ✔
    case 0x00B7:  // ·
    case '*':
      return true;
    default:
      return false;
  }
}

bool IsGapSpace(std::string_view raw, size_t i, size_t* len) {
  if (raw[i] == ' ' || raw[i] == '\t') return *len = 1, true;
  if (i + 1 < raw.size() && raw[i] == '\xC2' && raw[i + 1] == '\xA0') return *len = 2, true;
  return false;
}

// Offsets in CollapseWhitespace(raw) where a run of 2+ spaces (or a tab) was collapsed; empty
// when the line has none or the simple scan disagrees with the collapse (exotic spaces).
std::vector<size_t> FindWideGaps(std::string_view raw, const std::string& collapsed) {
  std::vector<size_t> gaps;
  std::string rebuilt;
  size_t i = 0;
  size_t item_start = 0;
  bool pending_wide = false;
  while (i < raw.size()) {
    size_t len = 0;
    if (!IsGapSpace(raw, i, &len)) {
      ++i;
      continue;
    }
    size_t j = i, run = 0;
    bool tab = false;
    while (j < raw.size() && IsGapSpace(raw, j, &len)) {
      tab |= raw[j] == '\t';
      j += len;
      ++run;
    }
    if (run >= 2 || tab) {
      // Everything since the last wide gap is one item; the gap before it was wide.
      std::string item = CollapseWhitespace(raw.substr(item_start, i - item_start));
      if (!item.empty()) {
        if (!rebuilt.empty()) {
          rebuilt.push_back(' ');
          if (pending_wide) gaps.push_back(rebuilt.size() - 1);
        }
        rebuilt += item;
        pending_wide = true;
      }
      item_start = j;
    }
    i = j;
  }
  std::string item = CollapseWhitespace(raw.substr(item_start));
  if (!item.empty()) {
    if (!rebuilt.empty()) {
      rebuilt.push_back(' ');
      if (pending_wide) gaps.push_back(rebuilt.size() - 1);
    }
    rebuilt += item;
  }
  if (rebuilt != collapsed) gaps.clear();
  return gaps;
}

}  // namespace

std::vector<std::string_view> GapItems(const ScrapeLine& line) {
  std::vector<std::string_view> items;
  std::string_view text = line.text;
  size_t start = 0;
  for (size_t gap : line.wide_gaps) {
    if (gap < start || gap >= text.size()) continue;
    items.push_back(text.substr(start, gap - start));
    start = gap + 1;
  }
  items.push_back(text.substr(start));
  return items;
}

bool StripBullet(std::string* line) {
  size_t pos = 0;
  char32_t c = utf8::Next(*line, &pos);
  bool bullet = IsBulletGlyph(c);
  // "- item" and "– item" are bullets only with a space after the dash.
  if (!bullet && (c == '-' || c == 0x2013) && pos < line->size() && (*line)[pos] == ' ') {
    bullet = true;
  }
  if (!bullet) return false;
  std::string rest(Trim(std::string_view(*line).substr(pos)));
  if (rest.empty()) return false;  // a lone glyph is a separator, not an item
  *line = std::move(rest);
  return true;
}

std::vector<ScrapeLine> SplitScrape(std::string_view text) {
  std::vector<ScrapeLine> lines;
  for (std::string_view raw : SplitLines(text)) {
    std::string collapsed = CollapseWhitespace(raw);
    if (collapsed.empty()) continue;
    ScrapeLine line;
    line.wide_gaps = FindWideGaps(raw, collapsed);
    const size_t before = collapsed.size();
    line.bullet = StripBullet(&collapsed);
    if (line.bullet) {
      // The bullet and its space went: shift the gaps, dropping any inside the bullet.
      const size_t cut = before - collapsed.size();
      std::vector<size_t> shifted;
      for (size_t g : line.wide_gaps) {
        if (g > cut) shifted.push_back(g - cut);
      }
      line.wide_gaps = std::move(shifted);
    }
    line.text = std::move(collapsed);
    line.shape = ShapeOf(line.text);
    line.hash = Hash64(line.text);
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace corroborate
