/* TRUTH: racy — boss1 and boss2 both store started with no common lock: race on started (and boss1 may skip its join, x races) */
/* RUN: - */
#include <pthread.h>
int started, x;
pthread_t t, b1, b2;
void *w(void *a) { x = 1; return 0; }
void *boss1(void *a) {
  pthread_create(&t, 0, w, 0);
  started = 1;
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
void *boss2(void *a) { started = 0; return 0; }
int main(void) {
  pthread_create(&b1, 0, boss1, 0);
  pthread_create(&b2, 0, boss2, 0);
  pthread_join(b1, 0);
  pthread_join(b2, 0);
  return 0;
}
