/* TRUTH: free — the counter is reached through a pointer to _Atomic int: `*c += 1` and `*c` are atomic operations in both threads. */
#include <pthread.h>
static _Atomic int hits;
static void *w(void *p) {
  _Atomic int *c = p;
  *c += 1;
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, w, &hits);
  pthread_create(&y, 0, w, &hits);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return hits;
}
