/* TRUTH: free — unsigned char started = 256 stores 0, so started == 0 holds and main joins w before x=2 */
/* RUN: - | FAIL_CREATE=1 */
#include <pthread.h>
#include <stdlib.h>
unsigned char started;
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  if (pthread_create(&t, 0, w, 0)) exit(1);
  started = 256;
  if (started == 0) pthread_join(t, 0);
  x = 2;
  return 0;
}
