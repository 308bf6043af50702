// racy: w takes id = atomic_fetch_add(&next,1) and writes buf[id]; d does atomic_fetch_sub(&next,1). Order w1(id 0), d, w2(id 0): both w write buf[0] unordered.
#include <pthread.h>
#include <stdatomic.h>
atomic_int next;
int buf[4];
void *w(void *a) { int id = atomic_fetch_add(&next, 1); if (id >= 0 && id < 4) buf[id] = 1; return 0; }
void *d(void *a) { atomic_fetch_sub(&next, 1); return 0; }
int main(void) {
  pthread_t a, b, c;
  pthread_create(&a, 0, w, 0);
  pthread_create(&c, 0, d, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  pthread_join(c, 0);
  return 0;
}
