/* TRUTH: racy — rc is the second create's result; when it fails w (first create) may run during x=2 */
/* RUN: FAIL_CREATE=0,1 | - */
#include <pthread.h>
int x;
pthread_t t1, t2;
void *w(void *a) { x = 1; return 0; }
void *idle(void *a) { return 0; }
int main(void) {
  int rc;
  rc = pthread_create(&t1, 0, w, 0);
  rc = pthread_create(&t2, 0, idle, 0);
  if (rc) { x = 2; return 1; }
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  x = 3;
  return 0;
}
