/* TRUTH: free — int start() returns 2147483648, i.e. INT_MIN; start() < 0 holds, main joins w before x=2 */
/* RUN: - | FAIL_CREATE=1 */
#include <pthread.h>
#include <stdlib.h>
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int start(void) {
  if (pthread_create(&t, 0, w, 0)) exit(1);
  return 2147483648;
}
int main(void) {
  if (start() < 0) pthread_join(t, 0);
  x = 2;
  return 0;
}
