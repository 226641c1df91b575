import Foundation
import Synchronization

/// `map` over both cores, keeping order.
enum ParallelMap {
    /// `transform` applied to every input on all cores, in input order; `alongside`, if given, runs once on
    /// one of the same threads while the others transform. Nil when `isCancelled` answered true: the inputs
    /// not yet begun are then left alone, so Ctrl-C is answered within one input's time.
    static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], alongside: (@Sendable () -> Void)? = nil, isCancelled: (@Sendable () -> Bool)? = nil,
        _ transform: @Sendable (Input) -> Output
    ) -> [Output]? {
        guard inputs.count > 1 || alongside != nil else {
            return isCancelled?() == true ? nil : inputs.map(transform)
        }
        let results = Mutex<[Output?]>(Array(repeating: nil, count: inputs.count))
        let chunkSize = max(1, inputs.count / (ProcessInfo.processInfo.activeProcessorCount * 8))
        let chunks = (inputs.count + chunkSize - 1) / chunkSize
        let sideTasks = alongside == nil ? 0 : 1
        let stopped = Atomic<Bool>(false)
        // Iterations start in order, so the side task, iteration 0, begins first.
        DispatchQueue.concurrentPerform(iterations: chunks + sideTasks) { iteration in
            if iteration < sideTasks { alongside?(); return }
            let chunk = iteration - sideTasks
            let range = chunk * chunkSize..<min(inputs.count, (chunk + 1) * chunkSize)
            var outputs: [Output] = []
            outputs.reserveCapacity(range.count)
            for index in range {
                if stopped.load(ordering: .relaxed) { return }
                if isCancelled?() == true {
                    stopped.store(true, ordering: .relaxed)
                    return
                }
                outputs.append(transform(inputs[index]))
            }
            results.withLock { stored in
                for (offset, output) in zip(range, outputs) { stored[offset] = output }
            }
        }
        if stopped.load(ordering: .relaxed) { return nil }
        return results.withLock { $0.map { $0! } }
    }
}
