// swift-tools-version:6.0
import Foundation
import PackageDescription

let package = Package(
    name: "Broadsheet",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "broadsheet", targets: ["broadsheet"]),
        .library(name: "BroadsheetKit", targets: ["BroadsheetKit"]),
    ],
    dependencies: [
        // CLI parsing for the thin executable.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // One logger for diagnostics on stderr; library code takes a Logger.
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Charset detection for inputs that are not UTF-8 (Mozilla's detector; see Ingest/TextDecoding.swift).
        .systemLibrary(
            name: "CUchardet",
            pkgConfig: "uchardet",
            providers: [.apt(["libuchardet-dev"])]
        ),
        // The workbook (broadsheet.xlsx): typed cells, frozen header, autofilter, rows streamed in
        // constant memory; a well-kept C library rather than hand-written zip and XML.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // Intel ISA-L's igzip: deflates the workbook's zip entries about five times as fast as zlib at
        // its fastest level, for a stream no larger (see CXlsxShims/zip_entries.c).
        .systemLibrary(
            name: "CIsal",
            pkgConfig: "libisal",
            providers: [.apt(["libisal-dev"])]
        ),
        // Some of libxlsxwriter's internals taken over from inside the program: how the workbook's
        // zip entries are deflated (the level, which the library has no option for, and on every
        // core), cells written without printf's formatting, and each sheet's rows spliced into the
        // zip from their own temporary file instead of copied into a second one (see the files).
        // zlib is Debian's (zlib1g-dev, which libxlsxwriter-dev already pulls in), ISA-L is libisal-dev.
        .target(
            name: "CXlsxShims",
            dependencies: ["CIsal"],
            linkerSettings: [.linkedLibrary("dl"), .linkedLibrary("z"), .linkedLibrary("pthread")]
        ),
        // Google's Compact Language Detector 2 (Debian's libcld2-dev) for the `language` of documents
        // that do not declare one: 80 languages in every script, from a sentence up, where a list
        // of function words knew eight. Its interface is C++; this target's one C function wraps it.
        .target(
            name: "CLanguageID",
            linkerSettings: [.linkedLibrary("cld2")]
        ),
        .target(
            name: "BroadsheetKit",
            dependencies: [
                "CLibXML2",
                "CUchardet",
                "CLanguageID",
                "CXlsxWriter",
                "CXlsxShims",
                .product(name: "Logging", package: "swift-log"),
            ],
            // ICU as Foundation ships it (`import _FoundationICU`): its charset detector, never a
            // second ICU from Debian (SWIFT-NOTES: the two clash).
            linkerSettings: [.linkedLibrary("_FoundationICU")]
        ),
        .executableTarget(
            name: "broadsheet",
            dependencies: [
                "BroadsheetKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "BroadsheetKitTests",
            dependencies: ["BroadsheetKit"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer driver exists only for `make fuzz` (it needs -sanitize=fuzzer to link).
if ProcessInfo.processInfo.environment["BROADSHEET_FUZZ"] != nil {
    package.targets.append(.executableTarget(name: "broadsheet-fuzz", dependencies: ["BroadsheetKit"]))
}
