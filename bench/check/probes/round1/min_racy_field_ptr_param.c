/* TRUTH: racy. set() writes *p with p == &s.a; main writes s.a concurrently. A pointer to
   a struct field (as a call argument, thread argument, or (int *)&s) loses its target. */
#include <pthread.h>
struct S { int a, b; } s;
static void set(int *p) { *p = 7; }
void *worker(void *arg) { set(&s.a); return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  s.a = 1;
  pthread_join(t, NULL);
  return 0;
}
