/* racy: stride N-1 with N threads: thread 0 writes v[3] and thread 3 writes v[3] */
#include <pthread.h>
#include <assert.h>
#define N 4
#define LEN 32
int v[LEN];
void *w(void *p) {
  int id = (int)(long)p;
  for (int i = id; i < LEN; i += N - 1) v[i] = id;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, w, (void *)(long)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return v[3];
}
