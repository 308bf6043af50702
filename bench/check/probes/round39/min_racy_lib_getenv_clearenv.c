/* TRUTH: racy — getenv reads the environment while clearenv (not thread-safe, modifies `environ`) runs in the other thread: the environment array/pointer is read and written concurrently. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdlib.h>
static const char *home;
static void *a(void *p) { (void)p; home = getenv("HOME"); return 0; }
static void *b(void *p) { (void)p; clearenv(); return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, a, 0);
  pthread_create(&y, 0, b, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return home != 0;
}
