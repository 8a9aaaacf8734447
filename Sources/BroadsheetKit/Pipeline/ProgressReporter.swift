import Foundation
import Logging
import Synchronization

/// Counts finished steps across worker threads.
final class ProgressCounter: Sendable {
    private let count = Atomic<Int>(0)
    func increment() -> Int { count.add(1, ordering: .relaxed).newValue }
}

/// Progress for people: a redrawn line on a terminal, a plain log line at most every
/// `interval` seconds otherwise (so cron mail stays short).
public final class ProgressReporter: Sendable {
    private let interactive: Bool
    private let interval: Double
    private let logger: Logger
    private let last = Locked<(time: Double, shown: Int)>((0, 0))

    public init(interactive: Bool, interval: Double = 30, logger: Logger) {
        self.interactive = interactive
        self.interval = interval
        self.logger = logger
    }

    func tick(_ done: Int, of total: Int) {
        let now = Double(DispatchTime.now().uptimeNanoseconds) / 1e9
        let show: Bool = last.withLock { state in
            let gap = interactive ? 0.2 : interval
            if now - state.time >= gap || done == total {
                if state.time == 0 && !interactive { state.time = now; return false }
                state.time = now; state.shown = done; return true
            }
            return false
        }
        guard show else { return }
        let pct = total > 0 ? done * 100 / total : 100
        if interactive {
            FileHandle.standardError.write(Data("\r  \(pct)% (\(done)/\(total) steps)".utf8))
        } else {
            logger.info("progress", metadata: ["percent": "\(pct)", "steps": "\(done)/\(total)"])
        }
    }

    func finish(total: Int, failed: Int) {
        if interactive { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
