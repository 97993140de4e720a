/**
 * The kernel's web pieces other modules use: downloads of generated files and syndication feeds (the named
 * interface {@code shared::web}); the rest of the package (error pages, who is asking, the start-up gate, formats)
 * serves every page without being called.
 */
@org.springframework.modulith.NamedInterface("web")
package kr.jiwon.shared.web;
