// What the calibration needs from src/ (bundled by loadSrc).
export const CALIBRATION_EXPORTS = {
  'entities/name-model.ts': ['nameModelFrom'],
  'entities/document.ts': ['readDocument'],
  'entities/names.ts': ['nameAt'],
  'normalize/index.ts': ['analysisView'],
};
