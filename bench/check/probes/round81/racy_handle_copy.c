/* TRUTH: racy — handles swapped by copy: h[0]=writer, copy loses it (h[0]=h[1]); join h[0],h[1] joins idle thread twice; main write races */
#include <pthread.h>
int g;
void *w(void *a) { g = 1; return 0; }
void *v(void *a) { return 0; }
int main(void) {
  pthread_t h[2];
  pthread_create(&h[0], 0, w, 0);
  pthread_create(&h[1], 0, v, 0);
  h[0] = h[1];
  pthread_join(h[1], 0);
  g = 2;
  return g;
}
