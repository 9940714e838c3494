/** How a sentence attaches a title to the person just named: "X will serve as my …", "X, the …". */
export const HOLDER_LINK =
  /^(?:\s*,\s*|\s+(?:will serve as|serves as|to serve as|as|is|was|becomes|became|was named|was appointed|has been appointed)\s+)(?:(?:my|our|the|his|her|its|their|new)\s+)?$/;
export const MAX_LINK_GAP = 40;
