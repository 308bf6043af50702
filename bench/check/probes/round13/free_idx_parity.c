/* race-free: thread 0 writes even indices, thread 1 odd indices (step 2 from its id) */
#include <pthread.h>
#include <assert.h>
#define M 20
int a[M];
void *w(void *p) {
  int id = (int)(long)p;
  for (int i = id; i < M; i += 2) a[i] = id + 1;
  return NULL;
}
int main(void) {
  pthread_t t0, t1;
  pthread_create(&t0, NULL, w, (void *)0L);
  pthread_create(&t1, NULL, w, (void *)1L);
  pthread_join(t0, NULL);
  pthread_join(t1, NULL);
  assert(a[4] == 1 && a[5] == 2);
  return 0;
}
