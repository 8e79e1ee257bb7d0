package cn.zhicheng.materials;

import java.util.regex.Pattern;

import cn.zhicheng.system.NotFoundException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page {@code /materials/{applicationId}} that the Tasklist forms link to (Camunda Forms cannot
 * upload files): lists, previews, uploads and deletes an application's evidence and opens the printable
 * 申报评审表. The page holds no data; it calls {@code /api} with the Tasklist login session, where every
 * access rule applies.
 */
@Controller
class MaterialsPageController {

	private static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{36}");

	private static final Resource PAGE = new ClassPathResource("materials/materials.html");

	@GetMapping("/materials/{applicationId}")
	ResponseEntity<Resource> page(@PathVariable String applicationId) {
		if (!ID.matcher(applicationId).matches()) {
			throw new NotFoundException("applicationId", "申报编号格式不正确：" + applicationId);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy",
					"default-src 'self'; img-src 'self'; frame-src 'self'; object-src 'self'; frame-ancestors 'self'")
			.body(PAGE);
	}

}
