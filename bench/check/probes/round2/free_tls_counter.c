/* TRUTH: free. __thread counter incremented per thread, then copied to the thread's own
   slot of a global array. */
#include <pthread.h>
#include <stdint.h>
static __thread int tcount;
int totals[2];
static void hit(void) { tcount++; }
void *worker(void *arg) { for (int i = 0; i < 5; i++) hit(); totals[(intptr_t)arg] = tcount; return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, (void *)0);
  pthread_create(&b, NULL, worker, (void *)1);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return totals[0] + totals[1];
}
