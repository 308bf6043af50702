/* TRUTH: racy — if pass 0's create succeeds and pass 1's fails, start() returns -1 with w running: x=2 races */
/* RUN: FAIL_CREATE=0,1 | - */
#include <pthread.h>
int x;
pthread_t t[2];
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *p) { pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m); return 0; }
int start(void) {
  int i;
  for (i = 0; i < 2; i++)
    if (pthread_create(&t[i], 0, w, 0)) return -1;
  return 0;
}
int main(void) {
  if (start() < 0) { x = 2; return 1; }
  pthread_join(t[0], 0);
  pthread_join(t[1], 0);
  x = 3;
  return 0;
}
