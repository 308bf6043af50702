/* race-free: main initializes in[i] just before creating thread i; thread i reads only in[i] */
#include <pthread.h>
#include <assert.h>
#define N 4
int in[N], out[N];
void *w(void *p) { long i = (long)p; out[i] = in[i] * 2; return NULL; }
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) { in[i] = (int)i; pthread_create(&t[i], NULL, w, (void *)i); }
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  assert(out[3] == 6);
  return 0;
}
