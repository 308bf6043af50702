/* TRUTH: racy. Global refcounted object: each thread writes its own stat then drops a ref
   with a relaxed decrement; the last one reads both stats (no happens-before). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
int stat[2];
int total;
atomic_int refs = 2;
void *user(void *arg) {
  int id = (int)(intptr_t)arg;
  stat[id] = id + 5;
  if (atomic_fetch_sub_explicit(&refs, 1, memory_order_relaxed) == 1) total = stat[0] + stat[1];
  return NULL;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, user, (void *)0);
  pthread_create(&y, NULL, user, (void *)1);
  pthread_join(x, NULL); pthread_join(y, NULL);
  return total;
}
