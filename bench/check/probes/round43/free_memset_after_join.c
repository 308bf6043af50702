/* TRUTH: free — t2 reads stats.errs; main memsets stats only after joining both threads; t1 touches only stats2 */
#include <pthread.h>
#include <string.h>
struct S { int errs; int oks; } stats, stats2;
void *f1(void *a) { memset(&stats2, 0, sizeof stats2); return 0; }
void *f2(void *a) { return (void *)(long)stats.errs; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, f1, 0);
  pthread_create(&y, 0, f2, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  memset(&stats, 0, sizeof stats);
  return 0;
}
