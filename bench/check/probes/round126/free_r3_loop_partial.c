/* TRUTH: free — on a failed create start() joins the threads it already started before returning -1 */
/* RUN: FAIL_CREATE=0,1 | FAIL_CREATE=1 | - */
#include <pthread.h>
int x;
pthread_t t[2];
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *p) { pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m); return 0; }
int start(void) {
  int i, j;
  for (i = 0; i < 2; i++)
    if (pthread_create(&t[i], 0, w, 0)) {
      for (j = 0; j < i; j++) pthread_join(t[j], 0);
      return -1;
    }
  return 0;
}
int main(void) {
  if (start() < 0) { x = 2; return 1; }
  pthread_join(t[0], 0);
  pthread_join(t[1], 0);
  x = 3;
  return 0;
}
