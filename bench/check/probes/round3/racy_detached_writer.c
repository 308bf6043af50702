/* TRUTH: racy. Detached thread writes g; main writes g afterwards with no synchronization. */
#include <pthread.h>
#include <unistd.h>
static int g;
static void *w(void *v) { (void)v; g = 1; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, w, NULL);
  pthread_detach(t);
  sleep(1);
  g = 2;
  return g;
}
