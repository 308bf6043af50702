/* TRUTH: racy — volatile does not make accesses atomic: both instances of bump do hits++ (volatile read then write) with no lock: unordered writes of hits. */
#include <pthread.h>
static volatile int hits;
static void *bump(void *p) { hits++; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, bump, 0);
  pthread_create(&b, 0, bump, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return hits;
}
