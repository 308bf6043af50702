/* TRUTH: racy. The recursive function counts its calls in a global without a lock. */
#include <pthread.h>
int calls;
static int fib(int n) { calls++; return n < 2 ? n : fib(n - 1) + fib(n - 2); }
void *worker(void *arg) { return (void *)(long)fib(8); }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return calls;
}
