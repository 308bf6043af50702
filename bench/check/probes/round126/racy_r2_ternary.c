/* TRUTH: racy — the ternary is 1 exactly when the create succeeded, so x=2 runs while w runs */
/* RUN: - */
#include <pthread.h>
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  if (pthread_create(&t, 0, w, 0) ? 0 : 1) { x = 2; return 0; }
  x = 3;
  return 1;
}
