/* TRUTH: racy — clearenv (line 5) modifies environ while the other thread's getenv (line 6) reads it. */
#include <pthread.h>
#include <stdlib.h>
char *r;
void *a(void *x) { clearenv(); return 0; }
void *b(void *x) { r = getenv("HOME"); return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, a, 0);
  pthread_create(&t2, 0, b, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
