/* TRUTH: free — start(1) returns 0 when start(0) started w, main joins it; -1 only when the create failed */
/* RUN: - | FAIL_CREATE=1 */
#include <pthread.h>
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int start(int n) {
  if (n > 0) {
    if (start(n - 1) == 0) return 0;
    return -1;
  }
  if (pthread_create(&t, 0, w, 0)) return -1;
  return 0;
}
int main(void) {
  if (start(1) == 0) pthread_join(t, 0);
  x = 2;
  return 0;
}
