/* TRUTH: racy — the noreturn call sits inside sizeof (unevaluated), so fatal() is never called; g = 1 (line 8) in both threads races. */
#include <pthread.h>
#include <stdlib.h>
__attribute__((noreturn)) void fatal(void) { exit(1); }
int g;
void *w(void *x) {
  int sz = 0 * (int)sizeof((fatal(), 0)); (void)sz;
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
