/* TRUTH: free — semaphore baton: s[0] starts at 1, instance id waits s[id] and posts s[id + 1], so the two[id % 2] updates run in order 0,1,2 */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#define N 3
int two[2];
sem_t s[N + 1];
void *f(void *p) {
  long id = (long)p;
  sem_wait(&s[id]);
  two[id % 2] += 1;
  sem_post(&s[id + 1]);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  sem_init(&s[0], 0, 1);
  for (i = 1; i <= N; i++) sem_init(&s[i], 0, 0);
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
