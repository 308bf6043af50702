/* TRUTH: racy — t1 memsets the whole struct stats (writes stats.errs) while t2 reads stats.errs */
#include <pthread.h>
#include <string.h>
struct { int errs; int oks; } stats;
void *f1(void *a) { memset(&stats, 0, sizeof stats); return 0; }
void *f2(void *a) { return (void *)(long)stats.errs; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, f1, 0);
  pthread_create(&y, 0, f2, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return 0;
}
