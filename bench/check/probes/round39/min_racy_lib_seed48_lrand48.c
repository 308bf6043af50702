/* TRUTH: racy — lrand48 and seed48 share the drand48 family's hidden static state (POSIX: not required to be thread-safe; glibc keeps it in an unlocked static buffer): worker a's lrand48() and worker b's seed48() read/write it concurrently. */
#include <pthread.h>
#include <stdlib.h>
static long r;
static void *a(void *p) { (void)p; r = lrand48(); return 0; }
static void *b(void *p) {
  (void)p;
  unsigned short s[3] = {1, 2, 3};
  seed48(s);
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, a, 0);
  pthread_create(&y, 0, b, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return (int)r;
}
