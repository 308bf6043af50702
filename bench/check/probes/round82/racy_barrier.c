/* TRUTH: racy — read of x happens before barrier, concurrently with the write */
#include <pthread.h>
#include <stdio.h>
pthread_barrier_t b; int x;
void *t(void *a) { x = 1; pthread_barrier_wait(&b); return 0; }
int main(void) {
  pthread_t th; pthread_barrier_init(&b, 0, 2);
  pthread_create(&th, 0, t, 0);
  printf("%d\n", x);
  pthread_barrier_wait(&b);
  pthread_join(th, 0); return 0;
}
