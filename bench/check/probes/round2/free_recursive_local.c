/* TRUTH: free. Each thread computes fib recursively on locals and stores into res[id]. */
#include <pthread.h>
#include <stdint.h>
int res[2];
static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
void *worker(void *arg) { int id = (int)(intptr_t)arg; res[id] = fib(10 + id); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, (void *)0);
  pthread_create(&b, NULL, worker, (void *)1);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return res[0] + res[1];
}
