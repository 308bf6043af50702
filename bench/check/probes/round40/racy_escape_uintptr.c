/* TRUTH: racy — main's local v escapes as an integer (ga = (uintptr_t)&v); the thread writes *(int *)ga (line 6) while main writes v (line 14). */
#include <pthread.h>
#include <stdint.h>
uintptr_t ga;
void *w(void *x) {
  *(int *)ga = 1;
  return 0;
}
int main(void) {
  pthread_t t1;
  int v = 0;
  ga = (uintptr_t)&v;
  pthread_create(&t1, 0, w, 0);
  v = 2;
  pthread_join(t1, 0);
  return v;
}
