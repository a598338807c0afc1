// Walks the inputs and hands each file to the reader for its format.
// Decisions worth knowing:
// - Inside folders, hidden entries (name starting with '.') are skipped silently; files with
//   an unsupported extension are reported (a user wants to know what was not read).
// - Explicitly named FIFOs and character devices (e.g. `<(curl ...)`, /dev/stdin) are read
//   like standard input; inside folders they are reported, never opened (they could block).
// - JSON lines files are streamed; for them max_file_bytes limits each line, not the file.
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
#include "ingest/jsonl.h"
#include "ingest/line_reader.h"
#include "ingest/size_format.h"

namespace corroborate {
namespace {

namespace fs = std::filesystem;
using ingest::ErrnoReason;
using ingest::FormatSize;
using ingest::ScopedFd;

// Deep enough for any real archive, shallow enough that recursion cannot exhaust the stack.
constexpr int kMaxDepth = 64;

enum class Format { kText, kJsonl, kAuto, kUnsupported };

Format FormatOf(const std::string& path, std::string* ext) {
  *ext = fs::path(path).extension().string();
  std::string lower = AsciiLower(*ext);
  if (lower.empty() || lower == ".txt" || lower == ".text") return Format::kText;
  if (lower == ".jsonl" || lower == ".ndjson" || lower == ".jsonlines") return Format::kJsonl;
  return Format::kUnsupported;
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
      ReadStream(STDIN_FILENO, "-");
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
        Problem(path, "unsupported format '" + ext + "' (supported: .txt, .jsonl)");
      } else if (format == Format::kJsonl) {
        ReadJsonLinesFile(path);
      } else {
        ReadTextFile(path, static_cast<size_t>(st.st_size));
      }
      return;
    }
    if (named && (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode))) {
      ScopedFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
      if (fd.get() < 0) {
        Problem(path, ErrnoReason(errno));
      } else if (format == Format::kJsonl) {
        ingest::LineReader lines(fd.get(), "", options_.max_file_bytes);
        ingest::ReadJsonLines(&lines, path, documents_, problems_);
      } else {
        ReadStream(fd.get(), path);
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

  void ReadTextFile(const std::string& path, size_t size) {
    if (size > options_.max_file_bytes) {
      Problem(path, TooLarge(size));
      return;
    }
    ScopedFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) {
      Problem(path, ErrnoReason(errno));
      return;
    }
    RawDocument doc;
    bool truncated = false;
    if (int err = ingest::ReadBounded(fd.get(), options_.max_file_bytes, &doc.bytes, &truncated)) {
      Problem(path, ErrnoReason(err));
      return;
    }
    if (truncated) {  // the file grew after stat()
      Problem(path, TooLarge(doc.bytes.size()));
      return;
    }
    if (doc.bytes.empty()) {
      Problem(path, "empty file");
      return;
    }
    doc.uri = path;
    doc.format = "text";
    documents_(std::move(doc));
  }

  void ReadJsonLinesFile(const std::string& path) {
    ScopedFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) {
      Problem(path, ErrnoReason(errno));
      return;
    }
    struct stat st;
    if (::fstat(fd.get(), &st) == 0 && st.st_size == 0) {
      Problem(path, "empty file");
      return;
    }
    ingest::LineReader lines(fd.get(), "", options_.max_file_bytes);
    ingest::ReadJsonLines(&lines, path, documents_, problems_);
  }

  // Standard input or a pipe: JSON lines when every non-blank line starts with '{', else one
  // text document. Input beyond max_file_bytes is still read when it starts like JSON lines
  // (streamed line by line); as text it is too large.
  void ReadStream(int fd, const std::string& uri) {
    std::string bytes;
    bool truncated = false;
    if (int err = ingest::ReadBounded(fd, options_.max_file_bytes, &bytes, &truncated)) {
      Problem(uri, ErrnoReason(err));
      return;
    }
    if (bytes.empty()) {
      Problem(uri, "empty input");
      return;
    }
    if (LooksLikeJsonLines(bytes, /*whole=*/!truncated)) {
      ingest::LineReader lines(truncated ? fd : -1, std::move(bytes), options_.max_file_bytes);
      ingest::ReadJsonLines(&lines, uri, documents_, problems_);
      return;
    }
    if (truncated) {
      Problem(uri, "too large: more than " + FormatSize(options_.max_file_bytes));
      return;
    }
    RawDocument doc;
    doc.uri = uri;
    doc.bytes = std::move(bytes);
    doc.format = "text";
    documents_(std::move(doc));
  }

  std::string TooLarge(size_t size) const {
    return "too large: " + FormatSize(size) + ", limit " + FormatSize(options_.max_file_bytes);
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
