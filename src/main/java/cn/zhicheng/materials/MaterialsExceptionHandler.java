package cn.zhicheng.materials;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * The materials API's own refusals, in the shape of every other 4xx ({@code status, error, field, rule,
 * message}): an import refused with its problems per row and field, and uploads the server would not
 * take at all.
 */
@RestControllerAdvice(basePackageClasses = MaterialsExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MaterialsExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(MaterialsExceptionHandler.class);

	@ExceptionHandler(ImportRefused.class)
	ResponseEntity<ImportError> importRefused(ImportRefused ex) {
		log.info("导入被拒绝：{}", ex.getMessage());
		ImportProblem first = ex.problems().isEmpty() ? null : ex.problems().get(0);
		return ResponseEntity.badRequest()
			.body(new ImportError(400, "导入未通过校验", first == null ? null : first.field(),
					first == null ? ex.rule() : first.rule(), ex.getMessage(),
					0, ex.rows(), ex.problems()));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<cn.zhicheng.system.ApiError> tooLarge(MaxUploadSizeExceededException ex) {
		return ResponseEntity.badRequest()
			.body(new cn.zhicheng.system.ApiError(400, "文件过大", "file", "材料大小",
					"上传的文件超过系统上限（单个文件 25 MB），请压缩或拆分后上传"));
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<cn.zhicheng.system.ApiError> multipart(MultipartException ex) {
		return ResponseEntity.badRequest()
			.body(new cn.zhicheng.system.ApiError(400, "上传内容无法解析", "file", "格式",
					"请以 multipart/form-data 上传文件（字段 file）"));
	}

	/** The JSON of a refused import: the usual fields plus how many rows were read and every problem. */
	record ImportError(int status, String error, String field, String rule, String message, int imported, int rows,
			List<ImportProblem> problems) {
	}

}
