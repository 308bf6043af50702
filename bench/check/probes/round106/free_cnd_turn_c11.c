/* TRUTH: free — C11 mtx_t/cnd_t turn passing: updates run inside the mutex in order 0,1,2 */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <threads.h>
#define N 3
int two[2]; int turn; mtx_t m; cnd_t c; static void init(void) { mtx_init(&m, mtx_plain); cnd_init(&c); }
void *f(void *p) {
  long id = (long)p;
  mtx_lock(&m);
  while (turn != id) cnd_wait(&c, &m);
  mtx_unlock(&m);
  two[id % 2] += 1;
  mtx_lock(&m);
  turn++;
  cnd_broadcast(&c);
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
