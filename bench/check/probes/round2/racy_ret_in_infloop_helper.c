/* TRUTH: racy. wait_some() leaves its for(;;) loop by `return`; the write after the call
   happens and races with main's write. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
static int wait_some(void) { for (;;) { if (__VERIFIER_nondet_int()) return 1; } }
void *worker(void *arg) { wait_some(); x = 1; return NULL; }
int main(void) {
  pthread_t a;
  pthread_create(&a, NULL, worker, NULL);
  x = 2;
  pthread_join(a, NULL);
  return x;
}
