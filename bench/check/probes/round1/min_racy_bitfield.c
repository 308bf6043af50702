/* TRUTH: racy. Adjacent bit-fields a and b are one memory location (C11 3.14). */
#include <pthread.h>
struct { unsigned a : 4, b : 4; } F;
void *worker(void *arg) { F.a = 3; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  F.b = 5;
  pthread_join(t, NULL);
  return 0;
}
