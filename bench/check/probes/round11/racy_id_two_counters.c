// racy: readers take ids from counter ra, writers from counter wa; both start at 0 and index the same buf.
#include <pthread.h>
#include <stdatomic.h>
#define N 2
atomic_int ra, wa;
int buf[N];
void *r(void *a) { int id = atomic_fetch_add(&ra, 1); if (id < N) buf[id] += 1; return 0; }
void *w(void *a) { int id = atomic_fetch_add(&wa, 1); if (id < N) buf[id] = 7; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, r, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return buf[0];
}
