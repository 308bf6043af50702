/* TRUTH: free — sizeof's operand is not evaluated, started stays 1, main joins w before x=2 */
/* RUN: - | FAIL_CREATE=1 */
#include <pthread.h>
#include <stdlib.h>
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  if (pthread_create(&t, 0, w, 0)) exit(1);
  started = 1;
  (void)sizeof(started = 0);
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
