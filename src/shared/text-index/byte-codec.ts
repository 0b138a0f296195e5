// Bytes as the index's files hold them: unsigned varints (7 bits a byte, low bits first, high
// bit set on all but the last byte) and strings as a varint byte length then UTF-8. Nearly
// everything in the files is a small number (a gap between documents, a position, a length),
// so a varint is mostly one byte.

const encoder = new TextEncoder()
// fatal: a corrupt string must fail loudly, not decode to U+FFFD and silently match nothing.
const decoder = new TextDecoder('utf-8', { fatal: true })

/** The most bytes a varint may take: enough for 2^53 - 1, the largest exact integer. */
const MAX_VARINT_BYTES = 8

/** An append-only byte buffer that grows by doubling. */
export class ByteWriter {
  private buffer: Uint8Array
  length = 0

  constructor(capacity = 8) {
    this.buffer = new Uint8Array(capacity)
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return
    let capacity = this.buffer.length * 2
    while (capacity < this.length + extra) capacity *= 2
    const next = new Uint8Array(capacity)
    next.set(this.buffer.subarray(0, this.length))
    this.buffer = next
  }

  /** A non-negative integer up to 2^53 - 1. Arithmetic, not bit operators: those stop at 2^31. */
  uint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a varint: ${value}`)
    this.reserve(MAX_VARINT_BYTES)
    while (value >= 128) {
      this.buffer[this.length++] = (value % 128) + 128
      value = Math.floor(value / 128)
    }
    this.buffer[this.length++] = value
  }

  /** A fixed four-byte little-endian integer (checksums and ids, which are not small). */
  u32(value: number): void {
    this.reserve(4)
    for (let i = 0; i < 4; i++) this.buffer[this.length++] = (value >>> (8 * i)) & 255
  }

  bytes(bytes: Uint8Array): void {
    this.reserve(bytes.length)
    this.buffer.set(bytes, this.length)
    this.length += bytes.length
  }

  string(text: string): void {
    const bytes = encoder.encode(text)
    this.uint(bytes.length)
    this.bytes(bytes)
  }

  /** What was written, without copying: valid until the next write. */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length)
  }

  /** A copy of what was written, exactly `length` bytes. */
  toBytes(): Uint8Array {
    return this.buffer.slice(0, this.length)
  }
}

/** Reads what ByteWriter wrote, never past `end`: a short file throws instead of reading zeros. */
export class ByteReader {
  offset: number
  readonly bytes: Uint8Array
  readonly end: number

  constructor(bytes: Uint8Array, offset = 0, end = bytes.length) {
    this.bytes = bytes
    this.offset = offset
    this.end = end
  }

  get done(): boolean {
    return this.offset >= this.end
  }

  uint(): number {
    let value = 0
    let scale = 1
    for (let i = 0; i < MAX_VARINT_BYTES; i++) {
      if (this.offset >= this.end) throw new Error('ends inside a number')
      const byte = this.bytes[this.offset++]
      value += (byte & 127) * scale
      if (byte < 128) return value
      scale *= 128
    }
    throw new Error('a number is too long')
  }

  u32(): number {
    if (this.offset + 4 > this.end) throw new Error('ends inside a number')
    let value = 0
    for (let i = 0; i < 4; i++) value += this.bytes[this.offset++] * 2 ** (8 * i)
    return value
  }

  string(): string {
    const length = this.uint()
    if (this.offset + length > this.end) throw new Error('ends inside a string')
    const text = decoder.decode(this.bytes.subarray(this.offset, this.offset + length))
    this.offset += length
    return text
  }
}
