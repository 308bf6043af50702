/* TRUTH: racy. s.cnt is _Atomic (fine), but s.plain is a plain int written by both threads. */
#include <pthread.h>
struct S { _Atomic int cnt; int plain; };
static struct S s;
static void *w(void *v) { (void)v; s.cnt++; s.plain = 1; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return s.plain;
}
