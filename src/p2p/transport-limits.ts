/**
 * Sizes the transport layers must agree on, derived from the node's
 * `limits.maxMessageBytes` (docs/architecture.md, "How the size limits relate").
 *
 * - Content is imported as UnixFS with the `unixfs-v1-2025` profile: leaves of
 *   {@link CONTENT_CHUNK_BYTES} (1 MiB), inner nodes of at most 1024 links
 *   (about 40 KiB), so no block is over {@link MAX_CONTENT_BLOCK_BYTES}.
 * - Bitswap sends and accepts messages of up to {@link BITSWAP_MAX_MESSAGE_BYTES}
 *   (its own default, 4 MiB, stated explicitly here): at least one whole block
 *   with its envelope.
 * - yamux (`@libp2p/utils` `AbstractMessageStream`) aborts a stream whose
 *   unread buffer passes `maxReadBufferLength` (4 MiB by default). Data is
 *   buffered there while no one listens: between protocol negotiation and
 *   the handler attaching its reader (libp2p writes the peer store first),
 *   and while a reader has paused the stream. A request up to
 *   `maxMessageBytes` used to be reset there when it arrived before the
 *   handler. The read buffer is now the largest frame of any protocol plus
 *   slack ({@link yamuxStreamLimits}), and the per-stream receive window is
 *   no larger, so a paused stream's sender runs out of window before the
 *   buffer overflows.
 */

/** Leaf size of the UnixFS import profile (`unixfs-v1-2025`), bytes. */
export const CONTENT_CHUNK_BYTES = 1024 * 1024

/** Largest block the content store produces: a leaf, or an inner node of 1024 links (under 64 KiB). Bytes. */
export const MAX_CONTENT_BLOCK_BYTES = CONTENT_CHUNK_BYTES

/** Largest bitswap message sent and accepted, bytes (`maxOutgoingMessageSize`, `maxIncomingMessageSize`). */
export const BITSWAP_MAX_MESSAGE_BYTES = 4 * 1024 * 1024

/** Envelope allowance above a frame or block (length prefixes, protobuf fields, CIDs), bytes. */
export const FRAME_SLACK_BYTES = 64 * 1024

/** yamux's own per-stream window bounds, bytes (the spec's 256 KiB initial window, the library's 16 MiB maximum). */
const YAMUX_INITIAL_WINDOW_BYTES = 256 * 1024
const YAMUX_DEFAULT_MAX_WINDOW_BYTES = 16 * 1024 * 1024

/** The yamux stream options of {@link yamuxStreamLimits}. */
export interface YamuxStreamLimits {
  /** Unread bytes a stream may hold before yamux aborts it. */
  maxReadBufferLength: number
  /** Largest receive window granted to the remote, bytes (at most `maxReadBufferLength`). */
  maxStreamWindowSize: number
}

/**
 * yamux per-stream limits that let a frame of `maxMessageBytes` (and a
 * bitswap message) arrive whole while nobody reads: the read buffer holds the
 * largest frame plus {@link FRAME_SLACK_BYTES}; the window is the library's
 * maximum (16 MiB) capped at that buffer.
 *
 * @param maxMessageBytes `limits.maxMessageBytes`, bytes (a positive integer)
 */
export function yamuxStreamLimits (maxMessageBytes: number): YamuxStreamLimits {
  const maxReadBufferLength = Math.max(maxMessageBytes, BITSWAP_MAX_MESSAGE_BYTES) + FRAME_SLACK_BYTES
  const maxStreamWindowSize = Math.max(YAMUX_INITIAL_WINDOW_BYTES, Math.min(YAMUX_DEFAULT_MAX_WINDOW_BYTES, maxReadBufferLength))
  return { maxReadBufferLength, maxStreamWindowSize }
}
