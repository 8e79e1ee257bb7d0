package cn.zhicheng.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.zhicheng.calendar.WorkingDayCalendar;
import cn.zhicheng.common.EngineClock;
import cn.zhicheng.common.IdNumber;
import cn.zhicheng.common.RuleViolation;
import cn.zhicheng.cycle.CycleResult;
import cn.zhicheng.cycle.CycleStatus;
import cn.zhicheng.cycle.Filing;
import cn.zhicheng.cycle.FilingStatus;
import cn.zhicheng.cycle.PostFiling;
import cn.zhicheng.cycle.PostFilingStatus;
import cn.zhicheng.cycle.ResultStageService;
import cn.zhicheng.cycle.ReviewCycle;
import cn.zhicheng.cycle.ReviewCycleService;
import cn.zhicheng.draw.DrawService;
import cn.zhicheng.meeting.ReviewResults;
import cn.zhicheng.organisation.Committee;
import cn.zhicheng.publicity.Complaint;
import cn.zhicheng.publicity.ComplaintStatus;
import cn.zhicheng.publicity.PublicityService;
import cn.zhicheng.publicity.Revocation;
import cn.zhicheng.system.NotFoundException;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cycle's archive (AR1, AR2): at the end of the cycle the dossier is assembled from what the platform
 * stored — notice, pre-meeting publicity, pre-meeting filing, expert draw, minutes, results, result
 * publicity with its complaints, post-filing, qualification document and certificates — with the
 * 评审工作情况表 as a spreadsheet; the office's own supervision department receives it and the archive is
 * closed.
 */
@Service
public class ArchiveService {

	public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ArchiveMapper mapper;

	private final ReviewCycleService cycles;

	private final ResultStageService stages;

	private final ReviewResults results;

	private final PublicityService publicities;

	private final DrawService draws;

	ArchiveService(ArchiveMapper mapper, ReviewCycleService cycles, ResultStageService stages,
			ReviewResults results, PublicityService publicities, DrawService draws) {
		this.mapper = mapper;
		this.cycles = cycles;
		this.stages = stages;
		this.results = results;
		this.publicities = publicities;
		this.draws = draws;
	}


	public Optional<Archive> find(String cycleId) {
		return Optional.ofNullable(this.mapper.findByCycle(cycleId));
	}

	public Archive require(String cycleId) {
		return find(cycleId).orElseThrow(() -> new NotFoundException("cycleId", "评审周期尚未归档：" + cycleId));
	}

	public List<ArchiveItem> items(String archiveId) {
		return this.mapper.items(archiveId);
	}

	public byte[] workReport(String cycleId) {
		ArchiveMapper.StoredReport report = this.mapper.workReport(cycleId);
		if (report == null) {
			throw new NotFoundException("cycleId", "评审周期尚未归档，没有评审工作情况表：" + cycleId);
		}
		return report.workReport();
	}

	/** The figures of the 评审工作情况表 (AR1, PF1), computed from the stored cycle. */
	public record Figures(String committeeName, String series, String level, int reviewYear, String meetingDate,
			int committeeSize, int attending, int applicants, int passed, int revoked, String passRate,
			Map<String, int[]> groups, int complaints, int complaintsUpheld, int integrityRecords,
			String supervision, String postFilingApprovedOn, String documentNumber, Integer certificatesIssued) {
	}

	/**
	 * Task_AssembleArchive (AR1): the dossier's items and the work report, stored as the cycle's archive (a
	 * retry replaces an archive not yet received). Records what the certification reported.
	 */
	@Transactional
	public Archive assemble(String cycleId, String documentNumber, Integer certificatesIssued, String by) {
		ReviewCycle cycle = this.cycles.require(cycleId);
		if (documentNumber != null || certificatesIssued != null) {
			this.stages.recordCertification(cycleId, documentNumber, certificatesIssued, by);
		}
		CycleResult result = this.stages.require(cycleId);
		Committee committee = this.cycles.committeeOf(cycle);
		find(cycleId).ifPresent(existing -> {
			RuleViolation.require("OPEN".equals(existing.status()), "cycleId", "AR1", "评审周期已归档，不能重新归档（AR1）");
			this.mapper.deleteItems(existing.id());
			this.mapper.deleteOpen(existing.id());
		});
		String id = UUID.randomUUID().toString();
		List<ArchiveItem> items = new ArrayList<>();
		add(items, id, "NOTICE", "评审通知（N2）", cycleId,
				"发布日期：" + cycle.publishedOn() + "；评审时间：" + cycle.reviewDate() + "；申报截止：" + cycle.windowClosesOn()
						+ "\n评审依据：" + cycle.basis() + "\n评审范围及对象：" + cycle.reviewScope() + "\n评审专业："
						+ cycle.specialties() + "\n审核意见：" + cycle.approvalOpinion());
		add(items, id, "PRE_MEETING_PUBLICITY", "会前公示及投诉处理（Q2）", cycle.publicityId(),
				cycle.publicityId() == null ? "未进行会前公示" : this.publicities.summary(cycle.publicityId()));
		for (Filing f : this.cycles.filings(cycleId)) {
			add(items, id, "PRE_MEETING_FILING", "会前备案第" + f.version() + "版（F1，" + f.status().label() + "）", f.id(),
					f.summary(committee.name(), cycle.reviewYear()) + "\n备案意见：" + text(f.decisionOpinion())
							+ (f.status() == FilingStatus.APPROVED ? "\n核准日期：" + f.approvedOn() : ""));
		}
		ReviewResults.Facts meeting = this.results.facts(result.meetingId()).orElseThrow();
		String draw = this.draws.find(meeting.drawId())
			.map(d -> "第" + d.attempt() + "次抽取，抽取评委" + d.memberCount() + "人、备用评委" + d.alternateCount() + "人，"
					+ d.status().label() + "，签字" + d.signatureCount() + "人（E1、E2），摘要 " + d.resultDigest())
			.orElse("抽取记录编号 " + meeting.drawId() + "（E1、E2）");
		add(items, id, "DRAW", "评审专家抽取记录（E1、E2）", meeting.drawId(), draw);
		add(items, id, "MINUTES", "评审会议纪要（M6）", result.meetingId(),
				this.results.minutes(result.meetingId()).orElse("无会议纪要"));
		List<Revocation> revocations = this.publicities.revocations(result.resultPublicityId());
		Map<String, Revocation> revoked = revocations.stream()
			.collect(Collectors.toMap(Revocation::applicationId, r -> r));
		List<String> lines = new ArrayList<>();
		int n = 1;
		for (ReviewResults.Result r : this.results.results(result.meetingId())) {
			Revocation rev = revoked.get(r.applicationId());
			lines.add(n++ + ". " + r.reviewGroup() + " " + r.name() + "（" + IdNumber.mask(r.idNumber()) + "，" + r.unitName()
					+ "）" + r.targetSeries() + " " + (r.targetLevel() == null ? "" : r.targetLevel().label()) + "："
					+ (rev != null ? "评审结果已撤销（" + rev.reason() + "）" : r.verdict()));
		}
		add(items, id, "RESULTS", "评审结果（M4）", result.meetingId(), String.join("\n", lines));
		add(items, id, "RESULT_PUBLICITY", "评审结果公示及投诉处理（R1、R2）", result.resultPublicityId(),
				result.resultPublicityId() == null ? "本次评审无人通过，未进行评审结果公示"
						: this.publicities.summary(result.resultPublicityId()));
		for (PostFiling f : this.stages.postFilings(cycleId)) {
			add(items, id, "POST_FILING", "会后备案第" + f.version() + "版（PF1，" + f.status().label() + "）", f.id(),
					f.summary(committee.name(), cycle.reviewYear()) + "\n审核意见：" + text(f.checkOpinion()) + "\n备案意见："
							+ text(f.decisionOpinion()));
		}
		CycleResult after = this.stages.require(cycleId);
		add(items, id, "CERTIFICATES", "任职资格文件与证书（C1、C2）", after.qualificationDocumentNumber(),
				"文号：" + text(after.qualificationDocumentNumber()) + "；发放证书"
						+ (after.certificatesIssued() == null ? "（未记录）" : after.certificatesIssued() + "份"));
		Figures figures = figures(cycle, committee, after, meeting, revoked.keySet(), revocations);
		this.mapper.insert(id, cycleId, workbook(figures), EngineClock.now(), by);
		items.forEach(this.mapper::insertItem);
		this.cycles.setStatus(cycleId, CycleStatus.ARCHIVING, by);
		return this.mapper.find(id);
	}

	/** AR2: the office's supervision department received the archive; the cycle is archived. */
	@Transactional
	public Archive close(String archiveId, Boolean received, String opinion, String by) {
		RuleViolation.require(Boolean.TRUE.equals(received), "archiveReceived", "AR2",
				"请核对归档材料并勾选“已接收评审工作备案材料”（AR2）");
		String clean = opinion == null ? null : opinion.strip();
		RuleViolation.require(clean == null || clean.length() <= 1000, "archiveOpinion", "AR2", "接收意见（archiveOpinion）不能超过1000个字符");
		Archive archive = this.mapper.find(archiveId);
		if (archive == null) {
			throw new NotFoundException("archiveId", "归档不存在：" + archiveId);
		}
		RuleViolation.require(this.mapper.close(archiveId, clean, EngineClock.now(), by) == 1, "archiveId", "AR2", "归档已接收，不能重复处理");
		this.cycles.setStatus(archive.cycleId(), CycleStatus.ARCHIVED, by);
		return this.mapper.find(archiveId);
	}

	/** What the supervision department's form shows. */
	public String summary(String archiveId) {
		Archive archive = this.mapper.find(archiveId);
		StringBuilder text = new StringBuilder("归档材料（AR1）：");
		for (ArchiveItem item : items(archiveId)) {
			text.append("\n").append(item.itemNo()).append(". ").append(item.title());
		}
		text.append("\n评审工作情况表：GET /api/cycles/").append(archive.cycleId()).append("/archive/work-report");
		return text.toString();
	}

	Figures figures(ReviewCycle cycle, Committee committee, CycleResult result, ReviewResults.Facts meeting,
			Set<String> revoked, List<Revocation> revocations) {
		List<ReviewResults.Result> all = this.results.results(result.meetingId());
		Map<String, int[]> groups = new LinkedHashMap<>();
		int passed = 0;
		for (ReviewResults.Result r : all) {
			int[] g = groups.computeIfAbsent(r.reviewGroup(), k -> new int[2]);
			g[0]++;
			if (r.passed() && !revoked.contains(r.applicationId())) {
				g[1]++;
				passed++;
			}
		}
		List<Complaint> complaints = result.resultPublicityId() == null ? List.of()
				: this.publicities.complaints(result.resultPublicityId());
		String approvedOn = this.stages.postFilings(cycle.id()).stream()
			.filter(f -> f.status() == PostFilingStatus.APPROVED)
			.map(f -> String.valueOf(f.approvedOn()))
			.reduce((a, b) -> b)
			.orElse("未核准");
		String supervision = meeting.supervisorSignedAt() == null ? "纪检监察人员未签字"
				: "纪检监察人员" + text(meeting.supervisorName()) + "全程监督并签字";
		return new Figures(committee.name(), committee.series(), committee.titleLevel().label(), cycle.reviewYear(),
				String.valueOf(result.meetingDate()), meeting.committeeSize(), meeting.attendingCount(), all.size(),
				passed, revoked.size(), PostFilingPercent.of(passed, all.size()), groups, complaints.size(),
				(int) complaints.stream().filter(c -> c.status() == ComplaintStatus.UPHELD).count(),
				(int) revocations.stream().filter(Revocation::fraud).count(), supervision, approvedOn,
				result.qualificationDocumentNumber(), result.certificatesIssued());
	}

	/** The 评审工作情况表 (AR1) of one cycle: the figures, then one line per review group (M7). */
	static byte[] workbook(Figures f) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("评审工作情况表");
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			int r = 0;
			Row title = sheet.createRow(r++);
			title.createCell(0).setCellValue(f.committeeName() + f.reviewYear() + "年度评审工作情况表");
			title.getCell(0).setCellStyle(bold);
			Object[][] lines = { { "评审委员会", f.committeeName() }, { "系列", f.series() }, { "级别", f.level() },
					{ "评审年度", f.reviewYear() }, { "评审时间", f.meetingDate() }, { "评委会人数", f.committeeSize() },
					{ "出席评委人数", f.attending() }, { "参加评审人数", f.applicants() }, { "评审通过人数", f.passed() },
					{ "结果公示期间撤销人数", f.revoked() }, { "通过率", f.passRate() }, { "结果公示投诉件数", f.complaints() },
					{ "投诉属实件数", f.complaintsUpheld() }, { "记入诚信档案库人数（X1）", f.integrityRecords() },
					{ "监督情况", f.supervision() }, { "会后备案核准日期", f.postFilingApprovedOn() },
					{ "任职资格文件文号", f.documentNumber() == null ? "未记录" : f.documentNumber() },
					{ "发放证书数", f.certificatesIssued() == null ? "未记录" : f.certificatesIssued() } };
			for (Object[] line : lines) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(String.valueOf(line[0]));
				if (line[1] instanceof Integer number) {
					row.createCell(1).setCellValue(number);
				}
				else {
					row.createCell(1).setCellValue(String.valueOf(line[1]));
				}
			}
			r++;
			Row head = sheet.createRow(r++);
			String[] headings = { "评审组（M7）", "参加评审", "评审通过", "通过率" };
			for (int i = 0; i < headings.length; i++) {
				head.createCell(i).setCellValue(headings[i]);
				head.getCell(i).setCellStyle(bold);
			}
			for (Map.Entry<String, int[]> group : f.groups().entrySet()) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(group.getKey());
				row.createCell(1).setCellValue(group.getValue()[0]);
				row.createCell(2).setCellValue(group.getValue()[1]);
				row.createCell(3).setCellValue(PostFilingPercent.of(group.getValue()[1], group.getValue()[0]));
			}
			sheet.setColumnWidth(0, 28 * 256);
			sheet.setColumnWidth(1, 40 * 256);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void add(List<ArchiveItem> items, String archiveId, String kind, String title, String referenceId,
			String summary) {
		items.add(new ArchiveItem(archiveId, items.size() + 1, kind, title, referenceId, summary == null ? "" : summary));
	}

	private static String text(String value) {
		return value == null ? "无" : value;
	}

	/** Pass rates as the dossier prints them. */
	static final class PostFilingPercent {

		private PostFilingPercent() {
		}

		static String of(int part, int whole) {
			return whole == 0 ? "无" : String.format("%.1f%%", 100.0 * part / whole);
		}

	}

}
