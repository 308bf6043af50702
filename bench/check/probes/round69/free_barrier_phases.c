/* TRUTH: free — each thread writes its own slot before the barrier and reads the other's after it */
#include <pthread.h>
#include <stdio.h>
pthread_barrier_t b;
int slot[2], res[2];
void *w(void *a) {
  long id = (long)a;
  slot[id] = (int)id + 1;
  pthread_barrier_wait(&b);
  res[id] = slot[1 - id];
  return 0;
}
int main(void) {
  pthread_t t[2];
  pthread_barrier_init(&b, 0, 2);
  for (long i = 0; i < 2; i++) pthread_create(&t[i], 0, w, (void *)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
  printf("%d %d\n", res[0], res[1]);
  return 0;
}
