/* racy: step is 1 instead of 2, so both threads write a[1..M-1] */
#include <pthread.h>
#include <assert.h>
#define M 20
int a[M];
void *w(void *p) {
  int id = (int)(long)p;
  for (int i = id; i < M; i += 1) a[i] = id + 1;
  return NULL;
}
int main(void) {
  pthread_t t0, t1;
  pthread_create(&t0, NULL, w, (void *)0L);
  pthread_create(&t1, NULL, w, (void *)1L);
  pthread_join(t0, NULL);
  pthread_join(t1, NULL);
  return a[4];
}
