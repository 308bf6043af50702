/* TRUTH: racy — ok is a global 1 (never changed): ok ? (void)0 : fatal() takes the (void)0 branch; g = 1 (line 9) in both threads races. */
#include <pthread.h>
#include <stdlib.h>
__attribute__((noreturn)) void fatal(void) { exit(1); }
int ok = 1;
int g;
void *w(void *x) {
  ok ? (void)0 : fatal();
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
