/* TRUTH: racy — loop creates 2 threads (break at i==2), joins only t[0] (join loop bound 1), then main writes g racing with thread 1's write */
#include <pthread.h>
int g;
void *w(void *a) { g = (int)(long)a; return 0; }
int main(void) {
  pthread_t t[4];
  int i;
  for (i = 0; i < 4; i++) {
    if (i == 2) break;
    pthread_create(&t[i], 0, w, (void *)(long)i);
  }
  pthread_join(t[0], 0);
  g = 9;
  return g;
}
