import Foundation
import Synchronization

/// Runs the pieces of an analysis on all cores and gathers what each returns, in order.
enum WorkSplit {
    static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `body(piece)` for each piece, concurrently; a diagnostic thrown by any piece (Ctrl-C, as a rule) is
    /// thrown once all have stopped, and each piece checks for Ctrl-C itself, so they stop together.
    static func map<Result: Sendable>(_ pieces: Int, _ body: (Int) throws(Diagnostic) -> Result) throws(Diagnostic) -> [Result] {
        if pieces == 1 { return [try body(0)] }
        let results = Mutex<[Int: Result]>([:])
        let failure = Mutex<Diagnostic?>(nil)
        withoutActuallyEscaping(body) { body in
            // The closure only runs inside this call; concurrentPerform wants it @Sendable.
            nonisolated(unsafe) let work = body
            DispatchQueue.concurrentPerform(iterations: pieces) { piece in
                do throws(Diagnostic) {
                    let result = try work(piece)
                    results.withLock { $0[piece] = result }
                } catch {
                    failure.withLock { if $0 == nil { $0 = error } }
                }
            }
        }
        if let diagnostic = failure.withLock({ $0 }) { throw diagnostic }
        return results.withLock { all in (0..<pieces).map { all[$0]! } }
    }
}
