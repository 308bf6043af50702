/* TRUTH: racy — 4 creates into t[i%2]: handles of threads 0,1 overwritten, never joined; main reads res[0] racing with worker 0 */
#include <pthread.h>
int res[4];
void *w(void *a) { long i = (long)a; res[i] = 1; return 0; }
int main(void) {
  pthread_t t[2];
  for (long i = 0; i < 4; i++) pthread_create(&t[i % 2], 0, w, (void *)i);
  pthread_join(t[0], 0); pthread_join(t[1], 0);
  return res[0] + res[1] + res[2] + res[3];
}
