/* TRUTH: free — longjmp path joins t before writing x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x; pthread_t t;
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) { pthread_mutex_lock(&mx); x = 1; pthread_mutex_unlock(&mx); return 0; }

#include <setjmp.h>
jmp_buf jb;
int probe(void) {
  pthread_create(&t, 0, w, 0);
  if (__VERIFIER_nondet_int()) longjmp(jb, 1);
  pthread_join(t, 0);
  return 0;
}
int main(void) {
  if (setjmp(jb) == 0) { if (probe() == 0) { x = 2; return 0; } }
  pthread_join(t, 0);
  x = 2;
  return 0;
}
