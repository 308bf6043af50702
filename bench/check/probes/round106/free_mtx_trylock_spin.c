/* TRUTH: free — C11 mtx_t acquired by spinning on mtx_trylock until thrd_success; two[id % 2] only touched while held */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <threads.h>
#define N 3
int two[2]; mtx_t m; static void init(void) { mtx_init(&m, mtx_plain); }
void *f(void *p) {
  long id = (long)p;
  while (mtx_trylock(&m) != thrd_success) thrd_yield();
  two[id % 2] += 1;
  mtx_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  init();
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
