/* TRUTH: free — t2 (writer) joined before main writes */
#include <pthread.h>
int g;
void *w(void *a) { g = 1; return 0; }
void *v(void *a) { return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, v, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  g = 2;
  return g;
}
