/* TRUTH: racy — the asm statement stores 0 into started (output operand), join skipped, x=2 races */
/* RUN: - */
#include <pthread.h>
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  pthread_create(&t, 0, w, 0);
  started = 1;
  __asm__ volatile("movl $0, %0" : "=m"(started));
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
