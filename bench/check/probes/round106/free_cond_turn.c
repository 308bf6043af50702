/* TRUTH: free — condition-variable turn passing runs the instances' two[id % 2] updates strictly in order 0,1,2 (mutex hand-off gives happens-before) */
#include <pthread.h>
#include <stdio.h>
#define N 3
int two[2];
int turn = 0;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t c = PTHREAD_COND_INITIALIZER;
void *f(void *p) {
  long id = (long)p;
  pthread_mutex_lock(&m);
  while (turn != id) pthread_cond_wait(&c, &m);
  pthread_mutex_unlock(&m);
  two[id % 2] += 1;
  pthread_mutex_lock(&m);
  turn++;
  pthread_cond_broadcast(&c);
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
