/* TRUTH: free — rc is nonzero only when the create failed (no thread); else main joins w before x=3 */
/* RUN: - | FAIL_CREATE=1 */
#include <pthread.h>
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  int rc;
  rc = pthread_create(&t, 0, w, 0);
  if (rc) { x = 2; return 1; }
  pthread_join(t, 0);
  x = 3;
  return 0;
}
