/* TRUTH: racy. The worker's *p is s.a (thread argument &s.a); main writes s.a. */
#include <pthread.h>
struct S { int a, b; } s;
void *worker(void *arg) { *(int *)arg = 7; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, &s.a);
  s.a = 1;
  pthread_join(t, NULL);
  return 0;
}
