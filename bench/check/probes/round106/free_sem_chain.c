/* TRUTH: free — instance id posts s[id] after writing a[id]; instance id+1 waits on s[id] before reading a[id] */
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
  a[id] = (int)id + 1;
  sem_post(&s[id]);
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
