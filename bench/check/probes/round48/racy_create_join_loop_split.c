/* TRUTH: racy — all workers are created before any is joined, so their x++ overlap */
#include <pthread.h>
int x;
void *w(void *a) { x++; return 0; }
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], 0, w, 0);
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  return x;
}
