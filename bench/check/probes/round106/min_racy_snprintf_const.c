/* TRUTH: racy — snprintf(&buf[0], 2, ...) writes buf[0] and the NUL into buf[1]; the other thread writes buf[1] unordered */
#include <pthread.h>
#include <stdio.h>
char buf[3];
void *f1(void *p) { snprintf(&buf[0], 2, "%d", 7); return p; }
void *f2(void *p) { buf[1] = 'x'; return p; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, f1, 0);
  pthread_create(&b, 0, f2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
