/* TRUTH: free — writes to x happen before barrier, read after barrier in the other thread */
#include <pthread.h>
#include <stdio.h>
pthread_barrier_t b; int x;
void *t(void *a) { x = 1; pthread_barrier_wait(&b); return 0; }
int main(void) {
  pthread_t th; pthread_barrier_init(&b, 0, 2);
  pthread_create(&th, 0, t, 0);
  pthread_barrier_wait(&b);
  printf("%d\n", x);
  pthread_join(th, 0); return 0;
}
