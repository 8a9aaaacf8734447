import Foundation

/// SHA-256 (FIPS 180-4) over bytes. Every input file is hashed, so this is on the hot path: the
/// system's libcrypto is used when the machine has one (it uses the CPU's SHA instructions, ~5×
/// faster than the portable code here), loaded at run time so it is never a build or install
/// requirement; otherwise the portable implementation below. Both give the same digest (tested).
public enum SHA256 {
    typealias OneShot = @convention(c) (UnsafePointer<UInt8>?, Int, UnsafeMutablePointer<UInt8>?) -> UnsafeMutablePointer<UInt8>?

    /// libcrypto's `SHA256(data, length, out)`, when a libcrypto can be loaded.
    struct System: @unchecked Sendable { let call: OneShot }
    static let system: System? = {
        if ProcessInfo.processInfo.environment["BROADSHEET_PORTABLE_SHA256"] != nil { return nil }
        for name in ["libcrypto.so.3", "libcrypto.so"] {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL), let symbol = dlsym(handle, "SHA256") else { continue }
            return System(call: unsafeBitCast(symbol, to: OneShot.self))
        }
        return nil
    }()

    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    public static func digest<C: Collection>(_ input: C) -> [UInt8] where C.Element == UInt8 {
        if let system, !input.isEmpty {
            var out = [UInt8](repeating: 0, count: 32)
            let done: Bool? = input.withContiguousStorageIfAvailable { buf in
                out.withUnsafeMutableBufferPointer { o in _ = system.call(buf.baseAddress, buf.count, o.baseAddress) }
                return true
            }
            if done == nil {
                let bytes = Array(input)
                bytes.withUnsafeBufferPointer { buf in
                    out.withUnsafeMutableBufferPointer { o in _ = system.call(buf.baseAddress, buf.count, o.baseAddress) }
                }
            }
            return out
        }
        return portableDigest(input)
    }

    /// The portable implementation (also the reference the tests hold libcrypto to).
    static func portableDigest<C: Collection>(_ input: C) -> [UInt8] where C.Element == UInt8 {
        var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        let bytes = Array(input)
        let fullBlocks = bytes.count / 64
        var tail = Array(bytes[(fullBlocks * 64)...])
        let bitLength = UInt64(bytes.count) &* 8
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for i in (0..<8).reversed() { tail.append(UInt8(truncatingIfNeeded: bitLength >> (UInt64(i) * 8))) }
        var w = [UInt32](repeating: 0, count: 64)
        h.withUnsafeMutableBufferPointer { hp in
            w.withUnsafeMutableBufferPointer { wp in
                k.withUnsafeBufferPointer { kp in
                    bytes.withUnsafeBufferPointer { bp in
                        for block in 0..<fullBlocks { compress(bp.baseAddress! + block * 64, hp, wp, kp) }
                    }
                    tail.withUnsafeBufferPointer { tp in
                        for block in 0..<(tail.count / 64) { compress(tp.baseAddress! + block * 64, hp, wp, kp) }
                    }
                }
            }
        }
        return h.flatMap { v in (0..<4).map { UInt8(truncatingIfNeeded: v >> (24 - $0 * 8)) } }
    }

    @inline(__always)
    private static func compress(_ p: UnsafePointer<UInt8>, _ h: UnsafeMutableBufferPointer<UInt32>,
                                 _ w: UnsafeMutableBufferPointer<UInt32>, _ k: UnsafeBufferPointer<UInt32>) {
        for i in 0..<16 {
            let j = i * 4
            w[i] = UInt32(p[j]) << 24 | UInt32(p[j + 1]) << 16 | UInt32(p[j + 2]) << 8 | UInt32(p[j + 3])
        }
        for i in 16..<64 {
            let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
            let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
        for i in 0..<64 {
            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let ch = (e & f) ^ (~e & g)
            let t1 = hh &+ s1 &+ ch &+ k[i] &+ w[i]
            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let maj = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ maj
            hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
        }
        h[0] = h[0] &+ a; h[1] = h[1] &+ b; h[2] = h[2] &+ c; h[3] = h[3] &+ d
        h[4] = h[4] &+ e; h[5] = h[5] &+ f; h[6] = h[6] &+ g; h[7] = h[7] &+ hh
    }

    public static func hex<C: Collection>(of input: C) -> String where C.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for b in digest(input) { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
