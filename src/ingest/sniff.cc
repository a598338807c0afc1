#include "ingest/sniff.h"

#include <algorithm>
#include <cstring>

#include "core/strings.h"

namespace corroborate::ingest {
namespace {

constexpr size_t kSniffBytes = 8 * 1024;

bool HasPrefix(std::string_view bytes, std::string_view magic) {
  return bytes.size() >= magic.size() && bytes.substr(0, magic.size()) == magic;
}

using namespace std::string_view_literals;

struct MagicEntry {
  std::string_view prefix;
  std::string_view what;
  bool compressed;
};

// Kept short on purpose: formats a user plausibly drops into a folder of articles.
constexpr MagicEntry kMagics[] = {
    {"%PDF-"sv, "PDF document"sv, false},
    {"\x89PNG\r\n\x1a\n"sv, "PNG image"sv, false},
    {"\xff\xd8\xff"sv, "JPEG image"sv, false},
    {"GIF87a"sv, "GIF image"sv, false},
    {"GIF89a"sv, "GIF image"sv, false},
    {"PK\x03\x04"sv, "ZIP archive"sv, false},
    {"PK\x05\x06"sv, "ZIP archive"sv, false},
    {"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"sv, "Microsoft Office document"sv, false},
    {"\x7f"
     "ELF"sv,
     "ELF executable"sv, false},
    {"\x1f\x8b"sv, "gzip"sv, true},
    {"\xfd"
     "7zXZ\x00"sv,
     "xz"sv, true},
    {"\x28\xb5\x2f\xfd"sv, "zstd"sv, true},
    {"7z\xbc\xaf\x27\x1c"sv, "7-Zip archive"sv, false},
    {"Rar!\x1a\x07"sv, "RAR archive"sv, false},
    {"SQLite format 3\x00"sv, "SQLite database"sv, false},
    {"wOFF"sv, "WOFF font"sv, false},
    {"wOF2"sv, "WOFF2 font"sv, false},
};

}  // namespace

Bom DetectBom(std::string_view b) {
  // UTF-32LE must be tested before UTF-16LE: its BOM starts with the UTF-16LE one.
  if (HasPrefix(b, "\xef\xbb\xbf"sv)) return {"UTF-8", 3};
  if (HasPrefix(b, "\xff\xfe\x00\x00"sv)) return {"UTF-32LE", 4};
  if (HasPrefix(b, "\x00\x00\xfe\xff"sv)) return {"UTF-32BE", 4};
  if (HasPrefix(b, "\xff\xfe"sv)) return {"UTF-16LE", 2};
  if (HasPrefix(b, "\xfe\xff"sv)) return {"UTF-16BE", 2};
  return {};
}

Magic DetectMagic(std::string_view b) {
  for (const MagicEntry& m : kMagics) {
    if (HasPrefix(b, m.prefix)) return {m.what, m.compressed};
  }
  // bzip2: "BZh" + block size digit + block magic; the full check keeps text starting "BZh".
  if (b.size() >= 10 && HasPrefix(b, "BZh"sv) && b[3] >= '1' && b[3] <= '9' &&
      b.substr(4, 6) == "\x31\x41\x59\x26\x53\x59"sv) {
    return {"bzip2", true};
  }
  // RIFF containers: WebP images, WAV/AVI media.
  if (b.size() >= 12 && HasPrefix(b, "RIFF"sv)) {
    std::string_view kind = b.substr(8, 4);
    if (kind == "WEBP"sv) return {"WebP image", false};
    if (kind == "WAVE"sv) return {"WAV audio", false};
    if (kind == "AVI "sv) return {"AVI video", false};
  }
  // ISO media (MP4, MOV, HEIC): a box size then "ftyp".
  if (b.size() >= 12 && b.substr(4, 4) == "ftyp"sv) return {"MP4/ISO media", false};
  return {};
}

bool LooksBinary(std::string_view bytes, bool allow_nul) {
  if (!allow_nul && std::memchr(bytes.data(), 0, bytes.size()) != nullptr) return true;
  std::string_view head = bytes.substr(0, std::min(bytes.size(), kSniffBytes));
  size_t controls = 0;
  for (unsigned char c : head) {
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b) ||
        c == 0x7f) {
      ++controls;
    }
  }
  return controls * 10 > head.size();
}

std::string GuessUtf16WithoutBom(std::string_view bytes) {
  std::string_view head = bytes.substr(0, std::min(bytes.size(), kSniffBytes) & ~size_t{1});
  if (head.size() < 4) return "";
  size_t pairs = head.size() / 2;
  size_t zero_even = 0, zero_odd = 0;
  for (size_t i = 0; i < head.size(); i += 2) {
    zero_even += head[i] == '\0';
    zero_odd += head[i + 1] == '\0';
  }
  // Latin-script UTF-16: the high byte of most units is zero, the low byte almost never.
  if (zero_odd * 10 >= pairs * 4 && zero_even * 50 <= pairs) return "UTF-16LE";
  if (zero_even * 10 >= pairs * 4 && zero_odd * 50 <= pairs) return "UTF-16BE";
  return "";
}

namespace {

bool IsTagEnd(char c) { return c == ' ' || c == '>' || c == '\t' || c == '\n' || c == '\r'; }

// `tag` (lower case, with '<') at the start of `s`, any case, followed by a space or '>'.
bool StartsWithTag(std::string_view s, std::string_view tag) {
  return s.size() > tag.size() && IStartsWith(s, tag) && IsTagEnd(s[tag.size()]);
}

}  // namespace

bool LooksLikeHtml(std::string_view bytes) {
  std::string_view s = bytes.substr(0, std::min<size_t>(bytes.size(), kSniffBytes));
  if (HasPrefix(s, "\xef\xbb\xbf"sv)) s.remove_prefix(3);
  auto skip_space = [&s] {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' ||
                          s.front() == '\r' || s.front() == '\f')) {
      s.remove_prefix(1);
    }
  };
  skip_space();
  if (IStartsWith(s, "<?xml")) {  // XHTML: look past the declaration
    const size_t end = s.find("?>");
    if (end == std::string_view::npos) return false;
    s.remove_prefix(end + 2);
    skip_space();
  }
  if (IStartsWith(s, "<!--")) return true;
  static constexpr std::string_view kTags[] = {
      "<!doctype html", "<html", "<head",  "<script", "<iframe", "<h1",   "<div", "<font",
      "<table",         "<a",    "<style", "<title",  "<b",      "<body", "<br",  "<p"};
  for (std::string_view tag : kTags) {
    if (StartsWithTag(s, tag)) return true;
  }
  return false;
}

bool IsWideUnicodeCharset(std::string_view charset) {
  return IStartsWith(charset, "UTF-16") || IStartsWith(charset, "UTF16") ||
         IStartsWith(charset, "UTF-32") || IStartsWith(charset, "UTF32") ||
         IStartsWith(charset, "UCS-2") || IStartsWith(charset, "UCS-4");
}

}  // namespace corroborate::ingest
