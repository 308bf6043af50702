/* TRUTH: free. An atomic_int counter handed to threads by pointer; `(*c)++` and
   `*c = *c + 1` on an _Atomic lvalue are atomic operations (lost updates possible for the
   second, but no data race). */
#include <pthread.h>
#include <stdatomic.h>
void *worker(void *arg) { atomic_int *c = arg; (*c)++; *c = *c + 1; return NULL; }
int main(void) {
  atomic_int counter = 0;
  pthread_t a, b;
  pthread_create(&a, NULL, worker, &counter);
  pthread_create(&b, NULL, worker, &counter);
  int v = counter;
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return v;
}
