/* TRUTH: free. Work index taken with atomic_fetch_add; each index goes to one thread. */
#include <pthread.h>
#include <stdatomic.h>
#define NT 16
int tasks[NT], results[NT];
atomic_int next;
void *worker(void *arg) {
  int i;
  while ((i = atomic_fetch_add(&next, 1)) < NT) results[i] = tasks[i] * 2;
  return NULL;
}
int main(void) {
  pthread_t a, b;
  for (int i = 0; i < NT; i++) tasks[i] = i;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return results[3];
}
