/* TRUTH: free — start2() returns 0 exactly when start() started w, which main then joins before x=2 */
/* RUN: - | FAIL_CREATE=1 */
#include <pthread.h>
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int start(void) {
  if (pthread_create(&t, 0, w, 0)) return -1;
  return 0;
}
int start2(void) {
  if (start() < 0) return -1;
  return 0;
}
int main(void) {
  if (start2() == 0) pthread_join(t, 0);
  x = 2;
  return 0;
}
