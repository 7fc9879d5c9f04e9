#if os(Linux)
internal import CMalloc
#endif

/// Tells glibc's allocator that this process is a batch job: keep freed
/// memory for the next record instead of handing it back to the kernel.
///
/// By default every allocation above 128 KiB (a news page, its text, the
/// parser's buffers) is a fresh `mmap` that `free` unmaps again, so each
/// page touches brand-new memory and pays a page fault per 4 KiB; and the
/// heap's top is trimmed back as soon as 128 KiB are free. A run reads
/// thousands of such pages one after another. With large blocks served
/// from the heap and no trimming, the next page reuses the pages the last
/// one faulted in. Peak memory is unchanged (a run's working set is what
/// it is); only the round trips to the kernel go.
enum AllocatorTuning {
    static func forBatchWork() {
        #if os(Linux)
        // Blocks up to 256 MiB come from the heap; a larger one (a
        // record is at most --max-record-size, 16 MiB by default) is
        // still mapped on its own.
        _ = mallopt(M_MMAP_THRESHOLD, 256 << 20)
        // Return heap memory to the kernel only when 512 MiB are free
        // at its top, and grow it 64 MiB at a time.
        _ = mallopt(M_TRIM_THRESHOLD, 512 << 20)
        _ = mallopt(M_TOP_PAD, 64 << 20)
        #endif
    }
}
