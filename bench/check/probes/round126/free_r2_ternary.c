/* TRUTH: free — the ternary is 1 exactly when the create failed (no thread); on success main joins w before x=3 */
/* RUN: - | FAIL_CREATE=1 */
#include <pthread.h>
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  if (pthread_create(&t, 0, w, 0) ? 1 : 0) { x = 2; return 1; }
  pthread_join(t, 0);
  x = 3;
  return 0;
}
