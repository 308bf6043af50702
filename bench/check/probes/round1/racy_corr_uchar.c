/* TRUTH: racy. x is an unsigned char: when x == 255 the thread is created, x++ wraps x
   to 0, so `x == 256` is never true (x is promoted to int 0) and the join never
   happens: main's write races with the worker. */
#include <pthread.h>
extern int nondet(void);
int shared;
void *worker(void *arg) { shared = 1; return NULL; }
int main(void) {
  pthread_t t;
  unsigned char x = (unsigned char)nondet();
  if (x == 255) pthread_create(&t, NULL, worker, NULL);
  x++;
  if (x == 256) pthread_join(t, NULL);
  shared = 2;
  return shared;
}
