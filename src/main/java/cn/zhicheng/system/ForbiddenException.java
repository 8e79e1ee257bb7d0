package cn.zhicheng.system;

/** The authenticated user may not do this: 403. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
