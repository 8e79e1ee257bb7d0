package cn.zhicheng.cycle;

/** How many applications of a committee and year have a status (materials-check figures, F1). */
record ApplicationCount(String status, long total) {
}
