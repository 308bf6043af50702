/* TRUTH: racy — constructor (runs before main) starts a worker writing g; main writes g with no synchronization */
#include <pthread.h>
int g;
pthread_t bg;
void *w(void *a) { g = 1; return 0; }
__attribute__((constructor)) static void start(void) { pthread_create(&bg, 0, w, 0); }
int main(void) {
  g = 2;
  pthread_join(bg, 0);
  return g;
}
