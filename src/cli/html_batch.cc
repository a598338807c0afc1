#include "cli/html_batch.h"

#include <fcntl.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <vector>

#include "cli/exit_codes.h"
#include "cli/output_files.h"
#include "core/json_writer.h"
#include "core/parallel.h"
#include "extract/html/html_article.h"
#include "ingest/decode.h"
#include "ingest/file_io.h"
#include "ingest/size_format.h"

namespace corroborate::cli {
namespace {

namespace fs = std::filesystem;

bool IsHtmlName(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  return ext == ".html" || ext == ".htm";
}

// The .html/.htm files directly in dir, in byte order of names (hidden files skipped).
Status ListPages(const std::string& dir, std::vector<fs::path>* pages) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) return Status::NotFound(dir + ": cannot read folder: " + ec.message());
  for (const fs::directory_entry& entry : it) {
    const fs::path& path = entry.path();
    if (path.filename().string().starts_with(".") || !IsHtmlName(path)) continue;
    std::error_code type_ec;
    if (entry.is_regular_file(type_ec)) pages->push_back(path);
  }
  std::sort(pages->begin(), pages->end());
  return Status::Ok();
}

Result<RawDocument> ReadPage(const fs::path& path, size_t max_bytes) {
  const std::string name = path.string();
  ingest::ScopedFd fd(::open(name.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) return Status::IoError(name + ": " + ingest::ErrnoReason(errno));
  RawDocument raw;
  raw.uri = name;
  raw.format = "html";
  bool truncated = false;
  if (int err = ingest::ReadBounded(fd.get(), max_bytes, &raw.bytes, &truncated); err != 0) {
    return Status::IoError(name + ": " + ingest::ErrnoReason(err));
  }
  if (truncated) {
    return Status::InvalidInput(name + ": larger than " + ingest::FormatSize(max_bytes));
  }
  return raw;
}

std::string Body(const std::vector<ContentBlock>& blocks) {
  std::string body;
  for (const ContentBlock& b : blocks) {
    if (!body.empty()) body += "\n\n";
    body += b.text;
  }
  if (!body.empty()) body += '\n';
  return body;
}

std::string PageJson(const HtmlPage& page, const std::string& body) {
  const Article& a = page.article;
  std::string out;
  JsonWriter json(&out, 2);
  json.BeginObject();
  json.FieldOrNull("title", a.title);
  json.FieldOrNull("author", a.byline);
  json.Key("authors");
  json.BeginArray();
  for (const std::string& name : page.authors) json.String(name);
  json.EndArray();
  json.FieldOrNull("date", a.published.Iso());
  json.Field("body", body);
  json.FieldOrNull("url", a.url);
  json.FieldOrNull("outlet", a.outlet);
  json.Field("language", a.language);
  json.Field("charset", a.charset);
  json.Key("sources");
  json.BeginObject();
  for (const auto& [field, source] : a.sources) json.Field(field, source);
  json.EndObject();
  json.EndObject();
  out += '\n';
  return out;
}

// One page: "" when done, else the one-line problem. *write_failed is set for output errors.
std::string ProcessPage(const fs::path& path, const HtmlBatchOptions& options, bool* write_failed) {
  Result<RawDocument> raw = ReadPage(path, options.max_file_bytes);
  if (!raw.ok()) return raw.status().message();
  Result<DecodedDocument> decoded = Decode(std::move(raw).value());
  if (!decoded.ok()) return path.string() + ": " + decoded.status().message();
  const HtmlPage page = ExtractHtmlPage(*decoded);
  if (page.blocks.empty()) return path.string() + ": no article content found";
  const std::string body = Body(page.blocks);
  const std::string stem = (fs::path(options.out_dir) / path.stem()).string();
  for (const auto& [file, content] :
       {std::pair{stem + ".txt", body}, std::pair{stem + ".json", PageJson(page, body)}}) {
    if (Status s = WriteFileAtomically(file, content); !s.ok()) {
      *write_failed = true;
      return s.message();
    }
  }
  return "";
}

}  // namespace

int RunHtmlBatch(const HtmlBatchOptions& options) {
  std::vector<fs::path> pages;
  if (Status s = ListPages(options.in_dir, &pages); !s.ok()) {
    std::fprintf(stderr, "corroborate: %s\n", s.message().c_str());
    return kExitNoInput;
  }
  std::error_code ec;
  fs::create_directories(options.out_dir, ec);
  if (ec) {
    std::fprintf(stderr, "corroborate: %s: cannot create folder: %s\n", options.out_dir.c_str(),
                 ec.message().c_str());
    return kExitOutput;
  }
  std::vector<std::string> problems(pages.size());
  std::atomic<bool> write_failed = false;
  ParallelFor(pages.size(), options.threads, [&](size_t i) {
    bool failed = false;
    try {
      problems[i] = ProcessPage(pages[i], options, &failed);
    } catch (const std::exception& e) {  // out of memory on one page: report it, go on
      problems[i] = pages[i].string() + ": " + e.what();
    }
    if (failed) write_failed = true;
  });
  size_t done = 0;
  for (const std::string& p : problems) {
    if (p.empty()) {
      ++done;
    } else {
      std::fprintf(stderr, "corroborate: skipped %s\n", p.c_str());
    }
  }
  if (!options.quiet) {
    std::fprintf(stderr, "corroborate: extracted %zu of %zu pages into %s\n", done, pages.size(),
                 options.out_dir.c_str());
  }
  if (write_failed) return kExitOutput;
  if (done == 0) {
    std::fprintf(stderr, "corroborate: no article could be read from %s\n", options.in_dir.c_str());
    return kExitNoInput;
  }
  if (options.strict && done < pages.size()) return kExitProblems;
  return kExitOk;
}

}  // namespace corroborate::cli
