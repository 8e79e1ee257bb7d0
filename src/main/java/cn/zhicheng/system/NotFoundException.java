package cn.zhicheng.system;

/** A resource the request names does not exist: 404 with a Chinese message. */
public class NotFoundException extends RuntimeException {

	private final String field;

	public NotFoundException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
