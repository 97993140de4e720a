/**
 * Shared kernel: money ({@link kr.jiwon.shared.Won}), business registration numbers, regions, company size
 * classes, reference vocabularies and the error model every module reports bad input with.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package kr.jiwon.shared;
