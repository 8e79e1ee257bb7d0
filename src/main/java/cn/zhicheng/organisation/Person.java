package cn.zhicheng.organisation;

/** A person who logs in: department staff, supervisor or expert. {@code userId} is the login. */
public record Person(String userId, String name, String phone, String email) {
}
