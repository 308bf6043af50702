/* TRUTH: free — NDEBUG not defined, so the join inside assert executes before x++ */
#include <pthread.h>
#include <assert.h>
#include <stdio.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t th; pthread_create(&th, 0, t, 0);
  assert(pthread_join(th, 0) == 0);
  x++;
  printf("%d\n", x); return 0;
}
