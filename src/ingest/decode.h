// Decoding: bytes of unknown encoding -> UTF-8 in Unicode NFC with '\n' line ends.
// Order of evidence: byte-order mark, the declared charset (when it decodes cleanly), valid
// UTF-8, then uchardet's detection (a few bad sequences tolerated), then windows-1252.
// ISO-8859-1 and US-ASCII labels mean windows-1252, as on the web. A detected ISO-8859-x
// becomes windows-125x when the bytes hold C1 codes (0x80-0x9F), which real ISO-8859 text never
// has: windows-1252 for mostly-ASCII Western text, else the code page of the same script. BOM-less
// UTF-16 of Latin text is recognised. Binary content (known magic numbers such as PNG or PDF, NUL
// bytes, mostly control characters) and empty or whitespace-only text are errors, with a one-line
// reason and no uri (the caller adds it). Cleaning: CRLF, CR, U+2028/9, NEL, VT and FF become '\n';
// other C0/C1 controls (but '\t') and U+FEFF are dropped. Clears raw.bytes.
// HTML (raw.format "html") adds the page's own declaration: BOM, then the HTTP charset
// (declared_charset), then <meta charset> / <meta http-equiv> by the WHATWG prescan of the
// first 4 KiB (ingest/html_charset.h), then valid UTF-8, uchardet, windows-1252; labels by the
// WHATWG table (latin1 = windows-1252, gb2312 = GBK, …). A declaration must fit the bytes: a
// UTF-8 label on bytes with more than one malformed sequence per 4 well-formed multi-byte ones
// is ignored (legacy bytes mislabelled), fewer become U+FFFD; a legacy label on bytes that are
// valid UTF-8 with multi-byte sequences is ignored (UTF-8 wins). The markup stays in the text
// (extraction parses it); NUL bytes in a page that starts like HTML are dropped, not binary.
// Cost: O(n) time, about 4x the input in transient memory. Thread-safe; never throws.
#pragma once

#include "core/status.h"
#include "model/article.h"

namespace corroborate {

Result<DecodedDocument> Decode(RawDocument raw);

}  // namespace corroborate
