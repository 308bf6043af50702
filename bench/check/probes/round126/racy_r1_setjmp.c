/* TRUTH: racy — setjmp returns nonzero only after started=0 and longjmp, so the join is skipped, x=2 races */
/* RUN: - */
#include <pthread.h>
#include <setjmp.h>
int started, x;
pthread_t t;
jmp_buf jb;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  pthread_create(&t, 0, w, 0);
  started = 1;
  if (setjmp(jb)) {
    if (started) pthread_join(t, 0);
    x = 2;
    return 0;
  }
  started = 0;
  longjmp(jb, 1);
}
