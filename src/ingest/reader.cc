// Walks the inputs and hands each file to the reader for its format.
// Decisions worth knowing:
// - Inside folders, hidden entries (name starting with '.') are skipped silently; files with
//   an unsupported extension are reported (a user wants to know what was not read).
// - Explicitly named FIFOs and character devices (e.g. `<(curl ...)`, /dev/stdin) are read
//   like standard input; inside folders they are reported, never opened (they could block).
// - JSON lines files are streamed; for them max_file_bytes limits each line, not the file.
// - WARC files are streamed record by record; max_file_bytes limits each record.
// - Every file goes through GzipStream, so gzip content is inflated whatever the name says;
//   ".gz" only tells which format is inside (".html.gz"), or that it has to be sniffed.
#include "ingest/reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <exception>
#include <filesystem>
#include <new>
#include <set>
#include <string_view>
#include <utility>

#include "core/strings.h"
#include "ingest/file_io.h"
#include "ingest/gzip_stream.h"
#include "ingest/jsonl.h"
#include "ingest/line_reader.h"
#include "ingest/size_format.h"
#include "ingest/sniff.h"
#include "ingest/warc_documents.h"

namespace corroborate {
namespace {

namespace fs = std::filesystem;
using ingest::ErrnoReason;
using ingest::FormatSize;
using ingest::GzipStream;
using ingest::ScopedFd;

// Deep enough for any real archive, shallow enough that recursion cannot exhaust the stack.
constexpr int kMaxDepth = 64;

// Bytes read before deciding whether a stream holds a WARC, then what else it holds.
constexpr size_t kWarcSniff = 16;
constexpr size_t kSniffHead = 64 * 1024;
constexpr char kResumes[] = "; reading resumes at the next intact gzip member";
constexpr char kSupported[] = "(supported: .txt, .html, .htm, .jsonl, .warc, and these gzipped)";

// kSniff: the content decides (WARC, HTML, JSON lines, else text); kSniffPage likewise, but
// only a page, a WARC or JSON lines is accepted (a ".gz" whose inner extension is unknown).
enum class Format { kText, kHtml, kJsonl, kWarc, kSniff, kSniffPage, kUnsupported };

Format FormatOfExtension(const std::string& lower) {
  if (lower.empty() || lower == ".txt" || lower == ".text") return Format::kText;
  if (lower == ".html" || lower == ".htm" || lower == ".xhtml" || lower == ".shtml") {
    return Format::kHtml;
  }
  if (lower == ".jsonl" || lower == ".ndjson" || lower == ".jsonlines") return Format::kJsonl;
  if (lower == ".warc") return Format::kWarc;
  return Format::kUnsupported;
}

// By the file name: "page.html", "crawl.warc.gz"; *ext is what an unsupported name ends with.
Format FormatOf(const std::string& path, std::string* ext) {
  const fs::path name = fs::path(path).filename();
  *ext = name.extension().string();
  if (AsciiLower(*ext) != ".gz") return FormatOfExtension(AsciiLower(*ext));
  const std::string inner = name.stem().extension().string();
  *ext = inner + *ext;
  if (inner.empty()) return Format::kSniff;  // "page.gz": the content decides
  const std::string lower = AsciiLower(inner);
  if (lower == ".tar") return Format::kUnsupported;
  const Format format = FormatOfExtension(lower);
  if (format == Format::kText) return Format::kSniff;  // "notes.txt.gz": may hold HTML
  return format == Format::kUnsupported ? Format::kSniffPage : format;  // "index.php.gz"
}

// Reads from `in` until *head holds `want` bytes or the stream stops.
void ReadHead(GzipStream* in, size_t want, std::string* head) {
  while (head->size() < want) {
    const size_t old = head->size();
    head->resize(want);
    const size_t n = in->Read(head->data() + old, want - old);
    head->resize(old + n);
    if (n == 0) return;
  }
}

// A WARC starts with a record header (after blank lines at most).
bool LooksLikeWarc(std::string_view head) {
  while (!head.empty() && (head.front() == '\r' || head.front() == '\n')) head.remove_prefix(1);
  return StartsWith(head, "WARC/");
}

// True when every non-blank line starts with '{' (after an optional UTF-8 BOM).
bool LooksLikeJsonLines(std::string_view bytes, bool whole) {
  if (StartsWith(bytes, "\xef\xbb\xbf")) bytes.remove_prefix(3);
  bool any = false;
  for (std::string_view line : SplitLines(bytes)) {
    std::string_view t = Trim(line);
    if (t.empty()) continue;
    if (t.front() != '{') return false;
    any = true;
    if (!whole) break;  // only the first line is decisive for a stream too big to hold
  }
  return any;
}

class InputWalker {
 public:
  InputWalker(const ReadOptions& options, const DocumentSink& documents,
              const ProblemSink& problems)
      : options_(options), documents_(documents), problems_(problems) {}

  void ReadInput(const std::string& input) {
    if (input == "-") {
      ReadStream(STDIN_FILENO, "-", Format::kSniff, "empty input");
      return;
    }
    if (input.empty()) {
      Problem(input, "empty path");
      return;
    }
    ReadPath(input, /*named=*/true, 0);
  }

  void Problem(const std::string& uri, std::string reason) {
    problems_(InputProblem{uri, std::move(reason)});
  }

 private:
  using DirId = std::pair<dev_t, ino_t>;

  void ReadPath(const std::string& path, bool named, int depth) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
      int err = errno;
      struct stat lst;
      if (err == ENOENT && ::lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode)) {
        Problem(path, "broken symbolic link");
      } else {
        Problem(path, ErrnoReason(err));
      }
      return;
    }
    if (S_ISDIR(st.st_mode)) {
      ReadDirectory(path, {st.st_dev, st.st_ino}, depth);
      return;
    }
    std::string ext;
    Format format = FormatOf(path, &ext);
    if (S_ISREG(st.st_mode)) {
      if (format == Format::kUnsupported) {
        Problem(path, "unsupported format '" + ext + "' " + kSupported);
        return;
      }
      ScopedFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
      if (fd.get() < 0) {
        Problem(path, ErrnoReason(errno));
      } else if (st.st_size == 0) {
        Problem(path, "empty file");
      } else if (format == Format::kText || format == Format::kHtml) {
        if (static_cast<uint64_t>(st.st_size) > options_.max_file_bytes) {
          Problem(path, TooLarge(static_cast<size_t>(st.st_size)));
        } else {
          ReadWholeFile(fd.get(), path, format == Format::kHtml ? "html" : "text");
        }
      } else {
        ReadStream(fd.get(), path, format, "empty file");
      }
      return;
    }
    if (named && (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode))) {
      ScopedFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
      if (fd.get() < 0) {
        Problem(path, ErrnoReason(errno));
      } else {
        const bool known =
            format == Format::kJsonl || format == Format::kWarc || format == Format::kSniffPage;
        ReadStream(fd.get(), path, known ? format : Format::kSniff, "empty input");
      }
      return;
    }
    Problem(path, "not a regular file");
  }

  void ReadDirectory(const std::string& path, DirId id, int depth) {
    if (ancestors_.count(id) != 0) {
      Problem(path, "symbolic link loop (folder already being read)");
      return;
    }
    if (!visited_.insert(id).second) return;  // reached again through a link: read once
    if (depth >= kMaxDepth) {
      Problem(path, "folders nested too deeply (more than " + std::to_string(kMaxDepth) + ")");
      return;
    }
    std::vector<std::string> names;
    std::error_code ec;
    fs::directory_iterator it(path, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      std::string name = it->path().filename().string();
      if (name.empty() || name[0] == '.') continue;  // hidden files and folders
      names.push_back(std::move(name));
    }
    if (ec) {
      Problem(path, ErrnoReason(ec.value()));
      if (names.empty()) return;
    }
    std::sort(names.begin(), names.end());  // byte order: the same on every machine
    ancestors_.insert(id);
    for (const std::string& name : names) {
      ReadPath((fs::path(path) / name).string(), /*named=*/false, depth + 1);
    }
    ancestors_.erase(id);
  }

  // A text or HTML file: one document, at most max_file_bytes once decompressed.
  void ReadWholeFile(int fd, const std::string& path, const char* format) {
    GzipStream in(fd, "");
    RawDocument doc;
    bool too_large = false;
    std::string why = ingest::ReadAllBounded(&in, options_.max_file_bytes, &doc.bytes, &too_large);
    if (too_large) {
      Problem(path, in.compressed() ? TooLargeInflated() : TooLarge(doc.bytes.size()));
    } else if (!why.empty()) {
      Problem(path, why);
    } else if (doc.bytes.empty()) {
      Problem(path, in.compressed() ? "empty once decompressed" : "empty file");
    } else {
      doc.uri = path;
      doc.format = format;
      documents_(std::move(doc));
    }
  }

  // A stream read as it comes: JSON lines and WARC files of any size, standard input, pipes and
  // ".gz" files whose content decides. kSniff: a WARC when it starts with a record header, JSON
  // lines when every non-blank line starts with '{' (input beyond max_file_bytes is still read
  // when it starts like JSON lines: streamed line by line), else one HTML or text document.
  void ReadStream(int fd, const std::string& uri, Format format, const char* empty_reason) {
    GzipStream in(fd, "");
    std::string head;
    // A few bytes tell a WARC; reading more first would hide the gzip member boundaries of its
    // first records from the WARC reader (it skips large records member-wise).
    ReadHead(&in, format == Format::kJsonl ? 0 : kWarcSniff, &head);
    if (head.empty() && format != Format::kJsonl) {
      std::string why = in.TakeProblem();
      Problem(uri, !why.empty()      ? why
                   : in.compressed() ? std::string("empty once decompressed")
                                     : std::string(empty_reason));
      return;
    }
    const bool sniff = format == Format::kSniff || format == Format::kSniffPage;
    if (format == Format::kWarc || (sniff && LooksLikeWarc(head))) {
      if (!LooksLikeWarc(head)) ReadHead(&in, kSniffHead, &head);  // blank lines or garbage first?
      if (!LooksLikeWarc(head) && head.find("\nWARC/") == std::string::npos) {
        std::string why = in.TakeProblem();
        Problem(uri, !why.empty() ? why : "not a WARC file (no WARC/ record header at its start)");
        return;
      }
      ingest::ReadWarcDocuments(&in, std::move(head), uri, options_, documents_, problems_);
      return;
    }
    if (format == Format::kJsonl) {
      ReadJsonLines(&in, std::move(head), uri);
      return;
    }
    ReadHead(&in, kSniffHead, &head);
    bool truncated = head.size() > options_.max_file_bytes;
    if (!truncated && in.problem().empty()) {
      std::string rest;
      ingest::ReadAllBounded(&in, options_.max_file_bytes - head.size(), &rest, &truncated);
      head += rest;
    }
    if (LooksLikeJsonLines(head, /*whole=*/!truncated && in.problem().empty())) {
      ReadJsonLines(&in, std::move(head), uri);
      return;
    }
    if (!in.problem().empty()) {
      Problem(uri, in.TakeProblem());
      return;
    }
    if (truncated) {
      Problem(uri, in.compressed() ? TooLargeInflated()
                                   : "too large: more than " + FormatSize(options_.max_file_bytes));
      return;
    }
    const bool html = ingest::LooksLikeHtml(head);
    if (!html && format == Format::kSniffPage) {
      std::string ext;
      FormatOf(uri, &ext);
      Problem(uri,
              "unsupported format '" + ext + "' (the content is not HTML, WARC or JSON lines)");
      return;
    }
    RawDocument doc;
    doc.uri = uri;
    doc.format = html ? "html" : "text";
    doc.bytes = std::move(head);
    documents_(std::move(doc));
  }

  // JSON lines from `in` (after `head`, already read). Damaged gzip data is reported and
  // reading goes on after it (the line it cut comes out as a bad line).
  void ReadJsonLines(GzipStream* in, std::string head, const std::string& uri) {
    ingest::LineReader lines(
        [this, in, &uri](char* out, size_t n) -> ssize_t {
          while (true) {
            const size_t got = in->Read(out, n);
            if (got > 0 || !in->broken()) return static_cast<ssize_t>(got);
            Problem(uri, in->TakeProblem() + kResumes);
          }
        },
        std::move(head), options_.max_file_bytes);
    ingest::ReadJsonLines(&lines, uri, documents_, problems_);
    std::string why = in->TakeProblem();  // a truncated gzip or a read error at the end
    if (!why.empty()) Problem(uri, why);
  }

  std::string TooLarge(size_t size) const {
    return "too large: " + FormatSize(size) + ", limit " + FormatSize(options_.max_file_bytes);
  }

  std::string TooLargeInflated() const {
    return "too large: more than " + FormatSize(options_.max_file_bytes) + " once decompressed";
  }

  const ReadOptions& options_;
  const DocumentSink& documents_;
  const ProblemSink& problems_;
  std::set<DirId> ancestors_;
  std::set<DirId> visited_;
};

}  // namespace

void ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                const DocumentSink& documents, const ProblemSink& problems) {
  InputWalker walker(options, documents, problems);
  for (const std::string& input : inputs) {
    // Nothing may escape: a failure on one input (even in a sink) costs only that input.
    try {
      walker.ReadInput(input);
    } catch (const std::bad_alloc&) {
      try {
        walker.Problem(input, "out of memory while reading");
      } catch (...) {
      }
    } catch (const std::exception& e) {
      try {
        walker.Problem(input, std::string("internal error: ") + e.what());
      } catch (...) {
      }
    } catch (...) {
      try {
        walker.Problem(input, "internal error");
      } catch (...) {
      }
    }
  }
}

}  // namespace corroborate
