/* race-free: thread returns a heap pointer, main reads the object after pthread_join */
#include <pthread.h>
#include <stdlib.h>
#include <assert.h>
struct res { int sum; int cnt; };
void *work(void *p) {
  int n = (int)(long)p;
  struct res *r = malloc(sizeof *r);
  if (!r) return NULL;
  r->sum = 0; r->cnt = n;
  for (int i = 0; i < n; i++) r->sum += i;
  pthread_exit(r);
}
int main(void) {
  pthread_t t;
  void *ret;
  pthread_create(&t, NULL, work, (void *)5L);
  pthread_join(t, &ret);
  struct res *r = ret;
  if (r) { assert(r->sum == 10); free(r); }
  return 0;
}
