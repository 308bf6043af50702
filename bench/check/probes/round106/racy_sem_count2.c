/* TRUTH: racy — semaphore initialised to 2 admits two instances at once; ids 0 and 2 can both be inside updating two[0] */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#define N 3
int two[2];
sem_t s;
void *f(void *p) {
  long id = (long)p;
  sem_wait(&s);
  two[id % 2] += 1;
  sem_post(&s);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  sem_init(&s, 0, 2);
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
