/* TRUTH: racy. "Peterson" without the turn variable and with the flag raised AFTER the
   check: both threads can see the other's flag 0 and enter together. */
#include <pthread.h>
#include <stdatomic.h>
atomic_int flag[2];
int shared;
void *t(void *arg) {
  int me = (int)(long)arg, other = 1 - me;
  while (atomic_load(&flag[other])) ;
  atomic_store(&flag[me], 1);
  shared++;
  atomic_store(&flag[me], 0);
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t, (void *)0L);
  pthread_create(&b, NULL, t, (void *)1L);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return shared;
}
