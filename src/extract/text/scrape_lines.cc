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

}  // namespace

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
    line.bullet = StripBullet(&collapsed);
    line.text = std::move(collapsed);
    line.shape = ShapeOf(line.text);
    line.hash = Hash64(line.text);
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace corroborate
