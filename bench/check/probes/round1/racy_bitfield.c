/* TRUTH: racy. Adjacent non-zero-width bit-fields form ONE memory location (C11 3.14);
   concurrent writes to flags.a and flags.b are a data race. */
#include <pthread.h>
struct flags { unsigned a : 4; unsigned b : 4; };
struct flags F;
void *worker(void *arg) { F.a = 3; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  F.b = 5;
  pthread_join(t, NULL);
  return F.a + F.b;
}
