// racy: two different thread functions each take ids from their own counter (ca, cb), starting at 0, and write the same buf[id].
#include <pthread.h>
#include <stdatomic.h>
atomic_int ca, cb;
int buf[4];
void *wa(void *a) { int id = atomic_fetch_add(&ca, 1); if (id < 4) buf[id] = 1; return 0; }
void *wb(void *a) { int id = atomic_fetch_add(&cb, 1); if (id < 4) buf[id] = 2; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, wa, 0);
  pthread_create(&t2, 0, wb, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return buf[0];
}
