import Dispatch
import Foundation

/// A per-document time budget, checked cooperatively by the stages' loops (per sentence or
/// paragraph), so a runaway document becomes an `errors` row instead of stalling the run.
/// The deadline lives in thread-local storage: each worker handles one document at a time.
public enum TimeBudget {
    private static let key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k, nil)
        return k
    }()

    /// Starts the budget for the document this thread is about to process (0 = no budget).
    public static func start(seconds: Double) {
        guard seconds > 0 else { clear(); return }
        let deadline = DispatchTime.now().uptimeNanoseconds &+ UInt64(seconds * 1e9)
        pthread_setspecific(key, UnsafeRawPointer(bitPattern: UInt(deadline)))
    }

    public static func clear() { pthread_setspecific(key, nil) }

    /// Throws when this thread's document has used up its budget.
    public static func check(_ stage: String) throws {
        guard let raw = pthread_getspecific(key) else { return }
        let deadline = UInt64(UInt(bitPattern: raw))
        if DispatchTime.now().uptimeNanoseconds > deadline {
            throw StageFailure("time budget exceeded in stage \(stage): the document is too large or too irregular to process in time")
        }
    }
}
