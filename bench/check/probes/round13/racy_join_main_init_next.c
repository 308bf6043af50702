/* racy: thread i reads in[i+1], which main initializes only after creating thread i */
#include <pthread.h>
#define N 4
int in[N + 1], out[N];
void *w(void *p) { long i = (long)p; out[i] = in[i + 1] * 2; return NULL; }
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) { in[i] = (int)i; pthread_create(&t[i], NULL, w, (void *)i); }
  in[N] = N;
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return out[0];
}
