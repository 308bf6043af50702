/* TRUTH: racy — the do-while spins on a plain int written by main: the flag accesses race */
#include <pthread.h>
int x; int flag; int out;
void *t(void *a) { int f; do { f = flag; } while (!f); out = x; return 0; }
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 5;
  flag = 1;
  pthread_join(th, 0);
  return out;
}
