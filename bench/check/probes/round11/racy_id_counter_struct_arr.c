// racy: per-queue counters qs[k].head; workers for queue 0 and queue 1 both draw id 0 and write the shared slots[0].
#include <pthread.h>
#include <stdatomic.h>
struct q { atomic_int head; int pad; };
struct q qs[2];
int slots[4];
void *w(void *a) {
  long k = (long)a;
  int id = atomic_fetch_add(&qs[k].head, 1);
  if (id < 4) slots[id] = 1;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, (void *)0L);
  pthread_create(&t2, 0, w, (void *)1L);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return slots[0];
}
