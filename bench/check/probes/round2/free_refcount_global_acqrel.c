/* TRUTH: free. As above with acq_rel decrements: the last decrement reads from the other
   thread's release RMW, so both stat writes happen before the sum. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
int stat[2];
int total;
atomic_int refs = 2;
void *user(void *arg) {
  int id = (int)(intptr_t)arg;
  stat[id] = id + 5;
  if (atomic_fetch_sub_explicit(&refs, 1, memory_order_acq_rel) == 1) total = stat[0] + stat[1];
  return NULL;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, user, (void *)0);
  pthread_create(&y, NULL, user, (void *)1);
  pthread_join(x, NULL); pthread_join(y, NULL);
  return total;
}
