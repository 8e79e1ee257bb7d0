package cn.zhicheng.system;

/** The JSON body of every 4xx the application's own API returns: a Chinese message naming field and rule. */
public record ApiError(int status, String error, String field, String rule, String message) {
}
