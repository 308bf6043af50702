/* racy: the join loop breaks early once a thread's result is negative, leaving later threads running while main writes res[] */
#include <pthread.h>
#define N 4
int res[N];
void *w(void *p) { long i = (long)p; res[i] = (i == 1) ? -1 : 1; return NULL; }
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < N; i++) {
    pthread_join(t[i], NULL);
    if (res[i] < 0) break;
  }
  for (int i = 0; i < N; i++) res[i] = 0;
  return 0;
}
