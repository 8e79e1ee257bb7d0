package cn.zhicheng.organisation;

/** A region with its GB/T 2260 code: province, prefecture or county. */
public record Region(String code, String name, RegionLevel regionLevel, String parentCode) {
}
