/* TRUTH: free — binary semaphore taken by spinning on sem_trywait until it succeeds; two[id % 2] only touched while held */
#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 3
int two[2]; sem_t s;
static void init(void) { sem_init(&s, 0, 1); }
void *f(void *p) {
  long id = (long)p;
  while (sem_trywait(&s) != 0) sched_yield();
  two[id % 2] += 1;
  sem_post(&s);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  init();
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("done\n");
  return 0;
}
