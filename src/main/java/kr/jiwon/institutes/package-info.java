/** Public research institutes (연구기관) that lend technology, researchers and equipment, with their capacity. */
@org.springframework.modulith.ApplicationModule(displayName = "Research institutes", allowedDependencies = "shared")
package kr.jiwon.institutes;
