/* TRUTH: free — 'counter' is _Atomic, so the ++ in workers and main's read while they run are all atomic */
#include <pthread.h>
#include <stdatomic.h>

_Atomic int counter;

void *worker(void *arg) {
  for (int i = 0; i < 5; i++)
    counter++;
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, worker, 0);
  pthread_create(&b, 0, worker, 0);
  int mid = counter;
  pthread_join(a, 0);
  pthread_join(b, 0);
  return counter - mid;
}
