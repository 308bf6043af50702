/* race-free: the first join loop may break early, but a second loop joins the remaining threads before main resets res[] */
#include <pthread.h>
#include <assert.h>
#define N 4
int res[N];
void *w(void *p) { long i = (long)p; res[i] = (i == 1) ? -1 : 1; return NULL; }
int main(void) {
  pthread_t t[N];
  int i;
  for (long k = 0; k < N; k++) pthread_create(&t[k], NULL, w, (void *)k);
  for (i = 0; i < N; i++) {
    pthread_join(t[i], NULL);
    if (res[i] < 0) { i++; break; }
  }
  for (; i < N; i++) pthread_join(t[i], NULL);
  for (int k = 0; k < N; k++) res[k] = 0;
  assert(res[1] == 0);
  return 0;
}
