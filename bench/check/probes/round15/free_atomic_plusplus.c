/* Race-free: ++ on an _Atomic int is an atomic read-modify-write, so concurrent increments do not race. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#define N 3
_Atomic int cnt;
void *worker(void *arg) {
  (void)arg;
  for (int i = 0; i < 4; i++) cnt++;
  cnt += 2;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, NULL);
  printf("%d\n", cnt);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%d\n", cnt);
  return 0;
}
