/** Companies (기업) that apply: 사업자등록번호, size class, region, fields, 소부장/뿌리기업 status, 뿌리기술. */
@org.springframework.modulith.ApplicationModule(displayName = "Companies", allowedDependencies = {"shared", "audit"})
package kr.jiwon.companies;
