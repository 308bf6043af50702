/* TRUTH: free — _Bool start() returns 2, i.e. 1; start() == 1 holds, main joins w before x=2 */
/* RUN: - | FAIL_CREATE=1 */
#include <pthread.h>
#include <stdlib.h>
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
_Bool start(void) {
  if (pthread_create(&t, 0, w, 0)) exit(1);
  return 2;
}
int main(void) {
  if (start() == 1) pthread_join(t, 0);
  x = 2;
  return 0;
}
