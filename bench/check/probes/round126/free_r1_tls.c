/* TRUTH: free — started is thread-local: w's store is to its own copy, main's started stays 1, main joins w before x=2 */
/* RUN: - | FAIL_CREATE=1 */
#include <pthread.h>
#include <stdlib.h>
__thread int started;
int x;
pthread_t t;
void *w(void *a) { started = 0; x = 1; return 0; }
int main(void) {
  started = 1;
  if (pthread_create(&t, 0, w, 0)) exit(1);
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
