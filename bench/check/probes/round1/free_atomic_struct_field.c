/* TRUTH: free. The struct field is declared _Atomic(long); all accesses are atomic. */
#include <pthread.h>
#include <stdatomic.h>
struct stats { _Atomic(long) bytes; int id; };
struct stats S;
void *worker(void *arg) { S.bytes += 10; return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  long v = S.bytes;
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return (int)v;
}
