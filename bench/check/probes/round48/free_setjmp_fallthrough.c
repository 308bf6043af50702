/* TRUTH: free — no longjmp exists, so setjmp returns 0 only; bump() inside the nonzero branch is dead and the only executed bump() follows sem_wait */
#include <pthread.h>
#include <semaphore.h>
#include <setjmp.h>
int x; sem_t s;
static void bump(void) { x++; }
void *t(void *a) {
  jmp_buf jb;
  if (__builtin_expect(setjmp(jb), 0)) { bump(); }
  sem_wait(&s);
  bump();
  return 0;
}
int main(void) {
  pthread_t th; sem_init(&s, 0, 0);
  pthread_create(&th, 0, t, 0);
  x = 8;
  sem_post(&s);
  pthread_join(th, 0);
  return x;
}
