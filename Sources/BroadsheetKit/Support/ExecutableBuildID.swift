import Glibc

/// The GNU build ID note (`NT_GNU_BUILD_ID`) of the running executable, read from the notes its
/// ELF program headers point at: the linker's hash of the linked program, so it changes with
/// every change to the code that runs. Reads a few hundred bytes, not the file.
enum ExecutableBuildID {
    private static let noteType: UInt32 = 3   // NT_GNU_BUILD_ID
    private static let ptNote: UInt32 = 4     // PT_NOTE
    /// Notes larger than this are not build IDs' (a build ID is 16 to 32 bytes).
    private static let noteLimit = 4096

    static func read(path: String = "/proc/self/exe") -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        func bytes(_ offset: Int, _ count: Int) -> [UInt8]? {
            var buf = [UInt8](repeating: 0, count: count)
            let got = buf.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(offset)) }
            return got == count ? buf : nil
        }
        func u16(_ b: [UInt8], _ at: Int) -> Int { Int(b[at]) | Int(b[at + 1]) << 8 }
        func u32(_ b: [UInt8], _ at: Int) -> Int { u16(b, at) | u16(b, at + 2) << 16 }
        func u64(_ b: [UInt8], _ at: Int) -> Int { u32(b, at) | u32(b, at + 4) << 32 }
        // A 64-bit little-endian ELF file (the only kind this program is built as).
        guard let header = bytes(0, 64), header.starts(with: [0x7F, 0x45, 0x4C, 0x46, 2, 1]) else { return nil }
        let phoff = u64(header, 32), phentsize = u16(header, 54), phnum = u16(header, 56)
        guard phentsize >= 56, phnum > 0, phnum < 256, let table = bytes(phoff, phentsize * phnum) else { return nil }
        for k in 0..<phnum where u32(table, k * phentsize) == Int(ptNote) {
            let offset = u64(table, k * phentsize + 8), size = u64(table, k * phentsize + 32)
            guard size <= noteLimit, let notes = bytes(offset, size) else { continue }
            var at = 0
            while at + 12 <= notes.count {
                let nameSize = u32(notes, at), descSize = u32(notes, at + 4), type = u32(notes, at + 8)
                let name = at + 12, desc = name + (nameSize + 3) & ~3
                guard desc + descSize <= notes.count else { break }
                if type == Int(noteType), nameSize == 4, Array(notes[name..<name + 4]) == [0x47, 0x4E, 0x55, 0] {   // "GNU\0"
                    return Array(notes[desc..<desc + descSize])
                }
                at = desc + (descSize + 3) & ~3
            }
        }
        return nil
    }
}
