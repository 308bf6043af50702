/* TRUTH: free — v != 0 sets back and jumps to getcontext's point, where _exit ends the run: main's x++ never runs */
#include <pthread.h>
#include <ucontext.h>
#include <unistd.h>
extern int __VERIFIER_nondet_int(void);
int x; int back; ucontext_t uc;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  getcontext(&uc);
  if (back) _exit(0);
  int v = __VERIFIER_nondet_int();
  pthread_create(&t, 0, thr, 0);
  if (v) { back = 1; setcontext(&uc); }
  if (v) x++;
  pthread_join(t, 0);
  return 0;
}
