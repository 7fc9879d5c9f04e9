/// Transforms chunks on up to `jobs` concurrent tasks and hands the results
/// to `consume` in the order the chunks came, with at most `2 × jobs`
/// chunks in flight, so reading never runs far ahead of the slowest chunk
/// and memory stays bounded.
///
/// `next` and `consume` run on the calling task, one at a time; only
/// `transform` runs concurrently.
///
/// - Complexity: O(*n*) calls of each closure for *n* chunks.
func forEachInOrder<Chunk: Sendable, Output: Sendable>(
    jobs: Int,
    next: () throws(RunError) -> Chunk?,
    transform: @escaping @Sendable (Chunk) -> Output,
    consume: (Output) throws(RunError) -> Void
) async throws(RunError) {
    if jobs <= 1 {
        while let chunk = try next() { try consume(transform(chunk)) }
        return
    }
    let window = 2 * jobs
    let failure: RunError? = await withTaskGroup(of: (Int, Output).self, returning: RunError?.self) { group in
        var submitted = 0
        var delivered = 0
        var finishedReading = false
        var waiting: [Int: Output] = [:]
        do throws(RunError) {
            while true {
                while !finishedReading, submitted - delivered < window {
                    guard let chunk = try next() else {
                        finishedReading = true
                        break
                    }
                    let sequence = submitted
                    group.addTask { (sequence, transform(chunk)) }
                    submitted += 1
                }
                guard let (sequence, output) = await group.next() else { return nil }
                waiting[sequence] = output
                while let ready = waiting.removeValue(forKey: delivered) {
                    try consume(ready)
                    delivered += 1
                }
            }
        } catch {
            group.cancelAll()
            return error
        }
    }
    if let failure { throw failure }
}
