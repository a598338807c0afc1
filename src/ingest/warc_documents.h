// The documents in a WARC file: which records become RawDocuments, and how.
// - response records holding an HTTP response (WARC Content-Type application/http, or a block
//   that starts with a status line): 2xx only; Transfer-Encoding chunked and Content-Encoding
//   gzip/deflate/br undone; HTML by the HTTP Content-Type (text/html, application/xhtml+xml), or
//   by sniffing when the type says nothing (absent, application/octet-stream; then the WARC's
//   WARC-Identified-Payload-Type is asked first). declared_charset = the HTTP charset.
// - resource records: the same by the record's own Content-Type.
// - conversion records of text/plain (e.g. the extracted text of WET files): format "text".
// - request, metadata, warcinfo, revisit and other records: skipped silently.
// Records that are not HTML (images, scripts, PDFs, …), non-2xx responses and empty bodies are
// skipped and counted: one informational line per file through ReadOptions::notes, not a
// problem per record. Each document: uri "path#N" (N = the record's 1-based position in the
// file, counting every record), url = WARC-Target-URI, fetched = WARC-Date, format "html".
// Records larger than max_file_bytes, and bodies that decode to more, are problems (too large);
// damaged records too (see warc_reader.h). Streams: one record in memory at a time.
#pragma once

#include <string>

#include "ingest/gzip_stream.h"
#include "ingest/reader.h"

namespace corroborate::ingest {

// `head`: content bytes already read from `in` (the caller sniffed "WARC/" in them).
void ReadWarcDocuments(GzipStream* in, std::string head, const std::string& uri,
                       const ReadOptions& options, const DocumentSink& documents,
                       const ProblemSink& problems);

}  // namespace corroborate::ingest
