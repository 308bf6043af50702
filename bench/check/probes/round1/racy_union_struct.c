/* TRUTH: racy. `whole` overlaps `parts.hi`; a write to parts.hi and a write to whole
   touch the same bytes concurrently. */
#include <pthread.h>
#include <stdint.h>
union word { struct { uint16_t lo, hi; } parts; uint32_t whole; };
union word W;
void *t1(void *arg) { W.parts.hi = 0xbeef; return NULL; }
int main(void) {
  pthread_t a;
  pthread_create(&a, NULL, t1, NULL);
  W.whole = 0;
  pthread_join(a, NULL);
  return (int)W.whole;
}
