/* TRUTH: free — ok = !pthread_create(...) is 0 only when the create failed (no thread), else main joins w first */
/* RUN: - | FAIL_CREATE=1 */
#include <pthread.h>
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  int ok = !pthread_create(&t, 0, w, 0);
  if (!ok) { x = 2; return 1; }
  pthread_join(t, 0);
  x = 3;
  return 0;
}
