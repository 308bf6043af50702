/* TRUTH: free — the second thread is created only after the first is joined, so their unprotected writes to g are ordered */
#include <pthread.h>
int g;
void *w(void *arg) { g = g + 1; return 0; }
int main(void) {
  pthread_t t;
  int i;
  for (i = 0; i < 3; i++) {
    pthread_create(&t, 0, w, 0);
    pthread_join(t, 0);
  }
  return g == 3 ? 0 : 1;
}
