/* TRUTH: free — main waits on sem 'done' (posted by each instance as its last action) before creating the next instance, so instances never overlap */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#define N 3
int two[2];
sem_t done;
void *f(void *p) {
  long id = (long)p;
  two[id % 2] += 1;
  sem_post(&done);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  sem_init(&done, 0, 0);
  for (i = 0; i < N; i++) {
    pthread_create(&t[i], 0, f, (void *)i);
    sem_wait(&done);
  }
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
