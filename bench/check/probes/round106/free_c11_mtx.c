/* TRUTH: free — two[id % 2] is updated under a C11 <threads.h> mtx_t, which orders ids 0 and 2 */
#include <pthread.h>
#include <stdio.h>
#include <threads.h>
#define N 3
int two[2];
mtx_t m;
void *f(void *p) {
  long id = (long)p;
  mtx_lock(&m);
  two[id % 2] += 1;
  mtx_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  mtx_init(&m, mtx_plain);
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  mtx_destroy(&m);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
