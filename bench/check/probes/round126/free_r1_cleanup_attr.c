/* TRUTH: free — leaving the block runs mark_cb (cleanup attribute), storing started=1; main joins w before x=2 */
/* RUN: - | FAIL_CREATE=1 */
#include <pthread.h>
#include <stdlib.h>
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
void mark_cb(int *p) { started = 1; }
int main(void) {
  if (pthread_create(&t, 0, w, 0)) exit(1);
  started = 0;
  { int guard __attribute__((cleanup(mark_cb))) = 0; (void)guard; }
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
