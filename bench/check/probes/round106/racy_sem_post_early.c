/* TRUTH: racy — s[id] is posted BEFORE a[id] is written, so instance id+1's read of a[id] is unordered with the write */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#define N 4
int a[N];
int out[N];
sem_t s[N];
void *f(void *p) {
  long id = (long)p;
  if (id > 0) {
    sem_wait(&s[id - 1]);
    out[id] = a[id - 1];
  }
  sem_post(&s[id]);
  a[id] = (int)id + 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) sem_init(&s[i], 0, 0);
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", out[N - 1]);
  return 0;
}
