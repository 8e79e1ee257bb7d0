package cn.zhicheng.system;

/** A caller sent more than a bounded number of requests (e.g. public complaints): 429 with a Chinese message. */
public class TooManyRequestsException extends RuntimeException {

	public TooManyRequestsException(String message) {
		super(message);
	}

}
