// racy: thread a draws ids from counters[0], thread b from counters[1]; both get id 0 and write buf[0].
#include <pthread.h>
#include <stdatomic.h>
atomic_int counters[2];
int buf[4];
void *wa(void *a) { int id = atomic_fetch_add(&counters[0], 1); if (id < 4) buf[id] = 1; return 0; }
void *wb(void *a) { int id = atomic_fetch_add(&counters[1], 1); if (id < 4) buf[id] = 2; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, wa, 0);
  pthread_create(&t2, 0, wb, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return buf[0];
}
