// The documents that flow from ingest to extract: RawDocument (bytes as read, with whatever
// metadata the container carried) and Article (cleaned UTF-8 NFC text plus metadata).
// Every later offset points into Article::text; it never changes after extraction.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "model/date.h"

namespace corroborate {

// One document as read from an input. For JSON lines, the text (or html) field is already UTF-8
// and the optional fields are filled in; for files, only uri/bytes/format are set; for WARC
// records, also url, fetched and the charset of the HTTP Content-Type.
struct RawDocument {
  std::string uri;     // "path/to/file.txt", "feed.jsonl:17" (line number), "crawl.warc.gz#12"
                       // (the 12th record of the file), "-" for stdin
  std::string bytes;   // the content exactly as read (not yet decoded; HTTP codings undone)
  std::string format;  // "text" (a plain-text scrape) or "html" (a web page)
  std::string declared_charset;  // from the container when it says so; usually empty

  // Metadata supplied by the container (JSONL fields); empty when absent.
  std::string id;
  std::string url;
  std::string outlet;
  std::string title;
  std::string published;  // as written, parsed by extract/
  // When the page was crawled (WARC-Date, ISO 8601 UTC as written). Not the publish date: a
  // crawl can be years later; at most an upper bound for it.
  std::string fetched;
};

// A document after decoding: UTF-8 NFC text, with the raw document's metadata.
struct DecodedDocument {
  RawDocument raw;      // bytes are cleared after decoding to save memory
  std::string text;     // UTF-8, NFC, line ends normalised to '\n'
  std::string charset;  // what the bytes were decoded from, e.g. "UTF-8", "WINDOWS-1251"
};

// A line removed from the article body, and why (e.g. "site chrome", "repeated on 3 pages of
// this outlet", "image caption", "related headlines", "comment form").
struct RemovedLine {
  std::string text;
  std::string reason;
};

struct Article {
  std::string id;      // stable and unique in a run: JSONL id, else derived from the file name
  std::string uri;     // where it was read from
  std::string url;     // the article's own URL when known
  std::string outlet;  // publication name, e.g. "The Daily Meridian"
  std::string title;
  std::string byline;  // author names as written, without "By"
  Timestamp published;
  std::string language;  // ISO 639-1 ("en"), "und" when undetermined
  std::string charset;   // what the input was decoded from

  // The cleaned article: the headline line first (when the input has one), then the body
  // paragraphs, each paragraph on one line, separated by "\n". UTF-8 NFC.
  std::string text;
  std::vector<RemovedLine> removed;

  // Where each metadata field came from, e.g. {"published": "dateline", "outlet": "jsonl"}.
  std::map<std::string, std::string> sources;
};

}  // namespace corroborate
