package cn.zhicheng.archive;

/** One item of a cycle's archive (AR1; row of {@code zc_archive_item}). */
public record ArchiveItem(String archiveId, int itemNo, String kind, String title, String referenceId,
		String summary) {
}
