/* TRUTH: racy — one thread uses __sync_fetch_and_add on hits but the other resets it with a plain store */
#include <pthread.h>
int hits;
void *inc(void *a) { for (int i = 0; i < 3; i++) __sync_fetch_and_add(&hits, 1); return 0; }
void *reset(void *a) { hits = 0; return 0; }
int main(void)
{
  pthread_t x, y;
  pthread_create(&x, 0, inc, 0);
  pthread_create(&y, 0, reset, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return hits;
}
