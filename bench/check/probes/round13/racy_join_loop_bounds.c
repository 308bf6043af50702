/* racy: create loop runs i <= n, join loop i < n; thread n is never joined and races on out[n] */
#include <pthread.h>
#define M 5
int out[M + 1];
void *w(void *p) { long i = (long)p; out[i] = (int)i; return NULL; }
int main(void) {
  pthread_t t[M + 1];
  int n = M;
  for (long i = 0; i <= n; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < n; i++) pthread_join(t[i], NULL);
  int s = 0;
  for (int i = 0; i <= n; i++) s += out[i];
  return s;
}
