/* TRUTH: free — each worker writes its own slot g[i]; all created threads (n of them) joined before main writes g[0], g[1] */
#include <pthread.h>
int g[4];
void *w(void *a) { long i = (long)a; g[i] = (int)i; return 0; }
int main(void) {
  pthread_t t[4];
  int i, n;
  for (i = 0; i < 4; i++) {
    if (i == 2) break;
    pthread_create(&t[i], 0, w, (void *)(long)i);
  }
  n = i;
  for (i = 0; i < n; i++) pthread_join(t[i], 0);
  g[0] = 9; g[1] = 9;
  return g[0];
}
