/**
 * The qualification check (资格审查, Q1): {@link cn.zhicheng.qualification.QualificationService#check} evaluates every
 * rule a policy pack switches on and returns, per rule id, PASS, FAIL or REVIEW with a Chinese reason naming the
 * rule. No Camunda process-engine types: the DMN tables are evaluated with the standalone DMN engine.
 *
 * <h2>Pieces</h2>
 * <ul>
 * <li>{@link cn.zhicheng.qualification.ApplicantFacts}: what the rules need, mapped by the caller from the stored
 * application form.</li>
 * <li>{@link cn.zhicheng.qualification.QualificationData}: the port for facts that are looked up (other applications,
 * integrity record, posts, quotas, county reviews). No production implementation yet.</li>
 * <li>{@link cn.zhicheng.qualification.PolicyPacks}: the packs in config/policy-packs/*.yaml (data an administrator
 * edits); {@link cn.zhicheng.qualification.DmnBaselineConditions}: processes/baseline-series-conditions.dmn;
 * {@link cn.zhicheng.qualification.DirectedReviewRouting}: processes/review-routing.dmn (DY6).</li>
 * <li>The rules: one package-private class per family (X1, A1/scope, A6/DY2, A7, A2/A3, A4/track exclusivity, A8,
 * DY7/DB5, A10/A13, A11, A19, DY9/DB9, BASE with DG2/DG3/DY5/G1/G2/G5, G3/G4, notices).</li>
 * </ul>
 *
 * <h2>Decisions where the rule book is silent</h2>
 * <ul>
 * <li>Every rule a pack enables reports a verdict, "不适用" ones as PASS, so reviewers see what was checked. BASE-EDU
 * and BASE-YEARS are left out only when BASE-LEVEL already decided (same or lower level; G5 direct recognition).</li>
 * <li>REVIEW never makes an application ineligible; it sets needsReview. Unknown data (an empty answer from the port,
 * a missing date) gives REVIEW, never a guess.</li>
 * <li>A9: years are whole months from the start date up to and including 12-31 of the review year.</li>
 * <li>Reductions add up (DY5 + DG3 + G1 township graduates); the requirement never drops below zero. DY5 counts the
 * calendar years wholly in the current level with an assessment of 合格 or 优秀.</li>
 * <li>DY7 rounds down to whole posts; township units use the county rate (15 %); province-level units go to review.
 * The port counts posts held plus the unit's other recommended directed applications of the year.</li>
 * <li>A4 counts the person's other SUBMITTED applications of the year in any committee, level or track (drafts and
 * withdrawn ones do not count); the application itself is recognised by its id.</li>
 * <li>A6: 参公 staff go to review in the general track (A6 names civil servants only); DY2 excludes them.</li>
 * <li>A7 applies to public-institution staff; a punishment period of other employees goes to review; the period
 * includes its last day.</li>
 * <li>A11: a higher level in another series fails until the series change (转评) is done.</li>
 * <li>破格 (exceptional application) turns level, education and years failures into REVIEW in every pack; G2 and
 * 000's 州级单位参照云人社发〔2014〕106号 turn education and years failures into REVIEW.</li>
 * <li>DY2's legal retirement age is pack data (2020: men 60, women 55), judged on the check date.</li>
 * <li>No pack: a directed application fails (rule PACK), a general one goes to review.</li>
 * </ul>
 */
package cn.zhicheng.qualification;
