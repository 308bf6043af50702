/* TRUTH: free — instance 2 calls pthread_exit via a helper before touching two[]; ids 0 and 1 use distinct slots */
#include <pthread.h>
#include <stdio.h>
#define N 3
int two[2];
static void maybe_leave(long id) {
  if (id >= 2) pthread_exit(0);
}
void *f(void *p) {
  long id = (long)p;
  maybe_leave(id);
  two[id % 2] += 1;
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
