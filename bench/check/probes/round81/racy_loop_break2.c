/* TRUTH: racy — threads write own slot g[i]; loop creates 2 threads, joins only t[0]; main then writes g[1] racing with thread 1 */
#include <pthread.h>
int g[4];
void *w(void *a) { long i = (long)a; g[i] = (int)i; return 0; }
int main(void) {
  pthread_t t[4];
  int i;
  for (i = 0; i < 4; i++) {
    if (i == 2) break;
    pthread_create(&t[i], 0, w, (void *)(long)i);
  }
  pthread_join(t[0], 0);
  g[0] = 9; g[1] = 9;
  return g[0];
}
