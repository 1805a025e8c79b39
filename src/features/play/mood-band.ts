/** 0-10 in five words: calm, uneasy, upset, angry, furious */
export function moodBand(mood: number): 0 | 1 | 2 | 3 | 4 {
  if (mood <= 2) return 0;
  if (mood <= 4) return 1;
  if (mood <= 6) return 2;
  if (mood <= 8) return 3;
  return 4;
}
