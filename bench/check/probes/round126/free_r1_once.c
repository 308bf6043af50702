/* TRUTH: free — pthread_once runs init() in main, which stores started=1, main joins w before x=2 */
/* RUN: - | FAIL_CREATE=1 */
#include <pthread.h>
#include <stdlib.h>
int started, x;
pthread_t t;
pthread_once_t once = PTHREAD_ONCE_INIT;
void *w(void *a) { x = 1; return 0; }
void init(void) { started = 1; }
int main(void) {
  if (pthread_create(&t, 0, w, 0)) exit(1);
  started = 0;
  pthread_once(&once, init);
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
