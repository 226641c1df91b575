import Foundation

/// Waits on the calling thread for asynchronous work: the shell reads, runs and prints one statement after
/// another, and the PostgreSQL client is asynchronous.
///
/// The work runs on Swift's shared pool of threads while this thread sleeps, so the caller must not be the
/// only thread of that pool that is free (the program calls from its main thread, and tests from one test at a time).
enum Waiting {
    static func result<Value: Sendable>(of work: @escaping @Sendable () async throws -> Value) throws -> Value {
        let outcome = Outcome<Value>()
        let finished = DispatchSemaphore(value: 0)
        Task.detached {
            do { outcome.set(.success(try await work())) } catch { outcome.set(.failure(error)) }
            finished.signal()
        }
        finished.wait()
        return try outcome.get()
    }

    /// The result handed from the task to the waiting thread; the semaphore orders the write before the read.
    private final class Outcome<Value: Sendable>: @unchecked Sendable {
        private var result: Result<Value, any Error>?
        private let lock = NSLock()

        func set(_ value: Result<Value, any Error>) { lock.withLock { result = value } }

        func get() throws -> Value { try lock.withLock { result! }.get() }
    }
}
