/* TRUTH: free — start() returns -1; -1 != 4294967295 (a long) holds, main joins w before x=2 */
/* RUN: - | FAIL_CREATE=1 */
#include <pthread.h>
#include <stdlib.h>
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int start(void) {
  if (pthread_create(&t, 0, w, 0)) exit(1);
  return -1;
}
int main(void) {
  if (start() != 4294967295) pthread_join(t, 0);
  x = 2;
  return 0;
}
