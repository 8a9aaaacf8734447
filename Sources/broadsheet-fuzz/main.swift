// libFuzzer driver for Broadsheet's input paths. Built only by `make fuzz` (BROADSHEET_FUZZ=1 adds
// this target to the package), with -sanitize=fuzzer,address. SwiftPM links its own `main`, so
// this one calls libFuzzer's driver itself. FUZZ_TARGET selects html (default), text, dates, mhtml or cache.
import BroadsheetKit
import Foundation

let target = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "html"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch target {
    case "text": FuzzEntryPoints.text(bytes)
    case "dates": FuzzEntryPoints.dates(bytes)
    case "mhtml": FuzzEntryPoints.mhtml(bytes)
    case "cache": FuzzEntryPoints.cache(bytes)
    default: FuzzEntryPoints.html(bytes)
    }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

HTMLReader.initialize()
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
