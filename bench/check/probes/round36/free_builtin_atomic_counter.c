/* TRUTH: free — hits is a plain int but every access while threads run is __atomic_fetch_add(&hits, 1, __ATOMIC_RELAXED) (atomic RMW); main reads it plainly only after joining both threads. */
#include <pthread.h>
static int hits;
static void *bump(void *p) { __atomic_fetch_add(&hits, 1, __ATOMIC_RELAXED); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, bump, 0);
  pthread_create(&b, 0, bump, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return hits;
}
