/* TRUTH: racy — the noreturn function's address is merely taken (handler = fatal), never called on this path; g = 1 (line 10) in both threads races. */
#include <pthread.h>
#include <stdlib.h>
__attribute__((noreturn)) void fatal(void) { exit(1); }
void (*handler)(void);
int g;
void *w(void *x) {
  void (*h)(void) = fatal;
  (void)h;
  g = 1;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
