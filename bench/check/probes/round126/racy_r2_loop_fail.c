/* TRUTH: racy — pass 0 starts w into t[0]; if pass 1's create fails, x=2 runs while that w runs */
/* RUN: FAIL_CREATE=0,1 | - */
#include <pthread.h>
int x;
pthread_t t[2];
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *p) { pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m); return 0; }
int main(void) {
  int i;
  for (i = 0; i < 2; i++) {
    if (pthread_create(&t[i], 0, w, 0) != 0) { x = 2; return 1; }
  }
  pthread_join(t[0], 0);
  pthread_join(t[1], 0);
  x = 3;
  return 0;
}
