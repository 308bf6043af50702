/* TRUTH: racy. On runs where nondet() != 0 the thread exists and races with main's
   write (no join before it). */
#include <pthread.h>
extern int nondet(void);
int shared;
void *worker(void *arg) { shared = 1; return NULL; }
int main(void) {
  pthread_t t;
  int c = nondet();
  if (c) pthread_create(&t, NULL, worker, NULL);
  shared = 2;
  if (c) pthread_join(t, NULL);
  return shared;
}
