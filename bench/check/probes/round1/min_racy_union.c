/* TRUTH: racy. u.i and u.f are the same storage. */
#include <pthread.h>
union { int i; float f; } u;
void *worker(void *arg) { u.i = 1; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  u.f = 2.0f;
  pthread_join(t, NULL);
  return 0;
}
