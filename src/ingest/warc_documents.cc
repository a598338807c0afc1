#include "ingest/warc_documents.h"

#include <optional>
#include <utility>

#include "core/strings.h"
#include "ingest/content_encoding.h"
#include "ingest/http_chunked.h"
#include "ingest/http_response.h"
#include "ingest/size_format.h"
#include "ingest/sniff.h"
#include "ingest/warc_reader.h"

namespace corroborate::ingest {
namespace {

// Enough for any real HTTP response head; the type is known before the rest of the block is read
// (an image or a video is skipped without holding it).
constexpr size_t kHeadBytes = 64 * 1024;

struct Counts {
  size_t read = 0;
  size_t not_html = 0;
  size_t not_ok = 0;
  size_t empty = 0;
};

std::string Plural(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string Summary(const Counts& c) {
  std::vector<std::string> skipped;
  if (c.not_html > 0) skipped.push_back(Plural(c.not_html, "record", "records") + " not HTML");
  if (c.not_ok > 0) {
    skipped.push_back(Plural(c.not_ok, "response", "responses") + " with a non-2xx status");
  }
  if (c.empty > 0) skipped.push_back(Plural(c.empty, "empty response", "empty responses"));
  return "read " + Plural(c.read, "page", "pages") + "; skipped " + Join(skipped, ", ");
}

// What a record's block holds, as far as its headers tell.
struct Payload {
  std::string kind;    // "html", "text", or "" (not wanted)
  bool sniff = false;  // the type says nothing: decide by the bytes
  std::string charset;
  size_t body_offset = 0;
  std::string transfer_encoding;
  std::string content_encoding;
};

// The media type to go by: the declared one, or the crawler's sniffing when that says nothing.
std::string MediaType(const ContentType& declared, const WarcHeader& h) {
  if (!IsUninformativeMediaType(declared.media_type) || h.identified_payload_type.empty()) {
    return declared.media_type;
  }
  return ParseContentType(h.identified_payload_type).media_type;
}

}  // namespace

void ReadWarcDocuments(GzipStream* in, std::string head, const std::string& uri,
                       const ReadOptions& options, const DocumentSink& documents,
                       const ProblemSink& problems) {
  in->set_member_start("WARC/");
  WarcReader reader(in, std::move(head), uri, problems);
  Counts counts;
  WarcHeader h;
  auto problem = [&](std::string reason) {
    problems(InputProblem{reader.RecordUri(h.number), std::move(reason)});
  };
  while (reader.Next(&h)) {
    const bool response = h.type == "response";
    if (!response && h.type != "resource" && h.type != "conversion") continue;
    if (!reader.ReadBlock(kHeadBytes)) continue;
    const std::string& block = reader.block();

    Payload p;
    ContentType type;
    if (response &&
        (IStartsWith(h.content_type, "application/http") || StartsWith(block, "HTTP/"))) {
      Result<HttpResponseHead> http = ParseHttpResponseHead(block);
      if (!http.ok()) {
        problem(block.size() < h.content_length && StartsWith(block, "HTTP/")
                    ? "HTTP response header longer than " + FormatSize(kHeadBytes)
                    : "unreadable HTTP response (" + http.status().message() + ")");
        continue;
      }
      if (http->status < 200 || http->status > 299) {
        ++counts.not_ok;
        continue;
      }
      type = ParseContentType(http->Header("Content-Type"));
      p.body_offset = http->body_offset;
      p.transfer_encoding = AsciiLower(http->Header("Transfer-Encoding"));
      p.content_encoding = std::string(http->Header("Content-Encoding"));
    } else {
      type = ParseContentType(h.content_type);
    }
    p.charset = type.charset;
    const std::string media = MediaType(type, h);
    if (h.type == "conversion") {
      p.kind = media == "text/plain" ? "text" : "";
    } else if (IsHtmlMediaType(media)) {
      p.kind = "html";
    } else if (IsUninformativeMediaType(media)) {
      p.kind = "html";
      p.sniff = true;
    }
    if (p.kind.empty()) {
      ++counts.not_html;
      continue;
    }
    if (h.content_length > options.max_file_bytes) {
      problem("too large: " + FormatSize(h.content_length) + ", limit " +
              FormatSize(options.max_file_bytes));
      continue;
    }
    if (!reader.ReadBlock(reader.block_remaining()) || !reader.EndRecord()) continue;

    std::string body = std::move(reader.block());
    body.erase(0, std::min(p.body_offset, body.size()));
    if (p.transfer_encoding.find("chunked") != std::string::npos) DechunkInPlace(&body);
    if (!p.content_encoding.empty()) {
      Result<std::string> decoded =
          DecodeContentEncoding(std::move(body), p.content_encoding, options.max_file_bytes);
      if (!decoded.ok()) {
        problem(decoded.status().message());
        continue;
      }
      body = std::move(decoded).value();
    }
    if (Trim(body).empty()) {
      ++counts.empty;
      continue;
    }
    // A known binary format is never a page, whatever the header said; an uninformative type
    // needs the bytes to look like HTML.
    if (!DetectMagic(body).what.empty() || (p.sniff && !LooksLikeHtml(body))) {
      ++counts.not_html;
      continue;
    }
    RawDocument doc;
    doc.uri = reader.RecordUri(h.number);
    doc.url = h.target_uri;
    doc.fetched = h.date;
    doc.format = p.kind;
    doc.declared_charset = p.charset;
    doc.bytes = std::move(body);
    ++counts.read;
    documents(std::move(doc));
  }
  if (options.notes && counts.not_html + counts.not_ok + counts.empty > 0) {
    options.notes(uri, Summary(counts));
  }
}

}  // namespace corroborate::ingest
