/* TRUTH: free — a ticket lock: each thread takes a ticket with fetch_add and spins until serving equals it; serving is advanced after x++ */
#include <pthread.h>
#include <stdatomic.h>
int x; atomic_int next, serving;
void *t(void *a) {
  int my = atomic_fetch_add(&next, 1);
  while (atomic_load(&serving) != my) ;
  x++;
  atomic_fetch_add(&serving, 1);
  return 0;
}
int main(void) {
  pthread_t th[3];
  for (int i = 0; i < 3; i++) pthread_create(&th[i], 0, t, 0);
  for (int i = 0; i < 3; i++) pthread_join(th[i], 0);
  return x;
}
