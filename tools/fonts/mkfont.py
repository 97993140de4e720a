# Subset Noto Sans CJK KR Regular to Latin, Hangul and common symbols, and convert its CFF outlines to TrueType
# (quadratic) so that PDFBox can embed a subset of it.
import sys
from fontTools.ttLib import TTCollection, newTable
from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

src, idx, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
font = TTCollection(src).fonts[idx]
ranges = [(0x20,0x7E),(0xA0,0xFF),(0x2010,0x205E),(0x20A9,0x20A9),(0x20AC,0x20AC),(0x2190,0x2199),(0x2460,0x24FF),
          (0x25A0,0x25FF),(0x2600,0x2606),(0x3000,0x303F),(0x3131,0x318E),(0x3200,0x321E),(0x3231,0x3231),(0x3260,0x327F),
          (0xAC00,0xD7A3),(0xFF01,0xFF5E),(0x00B7,0x00B7),(0x2116,0x2116),(0x2122,0x2122),(0x2030,0x2030)]
opts = subset.Options(); opts.layout_features = ['*']; opts.name_IDs = ['*']; opts.notdef_outline = True
opts.drop_tables += ['VORG','vhea','vmtx','GPOS','GSUB','BASE']
opts.layout_features = []
sub = subset.Subsetter(opts)
sub.populate(unicodes=[u for a,b in ranges for u in range(a,b+1)])
sub.subset(font)
# CFF -> glyf
glyphOrder = font.getGlyphOrder()
gs = font.getGlyphSet()
glyf = newTable('glyf'); glyf.glyphOrder = glyphOrder; glyf.glyphs = {}
for name in glyphOrder:
    pen = TTGlyphPen(gs)
    gs[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
    glyf.glyphs[name] = pen.glyph()
font['glyf'] = glyf; font['loca'] = newTable('loca')
del font['CFF ']
font['maxp'] = maxp = font['maxp']; maxp.tableVersion = 0x00010000
for a in ('maxZones','maxTwilightPoints','maxStorage','maxFunctionDefs','maxInstructionDefs','maxStackElements','maxSizeOfInstructions','maxComponentElements'):
    setattr(maxp, a, 0)
maxp.maxZones = 1
font['head'].indexToLocFormat = 0; font['head'].glyphDataFormat = 0
post = font['post']; post.formatType = 2.0; post.extraNames = []; post.mapping = {}; post.glyphOrder = glyphOrder
font.sfntVersion = '\x00\x01\x00\x00'
font.save(out)
