/* TRUTH: free — setjmp returns nonzero only after started=1 and longjmp, so main joins w before x=2 */
/* RUN: - | FAIL_CREATE=1 */
#include <pthread.h>
#include <setjmp.h>
#include <stdlib.h>
int started, x;
pthread_t t;
jmp_buf jb;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  if (pthread_create(&t, 0, w, 0)) exit(1);
  started = 0;
  if (setjmp(jb)) {
    if (started) pthread_join(t, 0);
    x = 2;
    return 0;
  }
  started = 1;
  longjmp(jb, 1);
}
