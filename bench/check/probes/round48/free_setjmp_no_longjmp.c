/* TRUTH: free — nothing ever longjmps to jb, so setjmp returns 0 only and the nonzero branch is dead; bump() runs only after sem_wait took main's post made after main's write */
#include <pthread.h>
#include <semaphore.h>
#include <setjmp.h>
int x; sem_t s;
static void bump(void) { x++; }
void *t(void *a) {
  jmp_buf jb;
  if (setjmp(jb)) { bump(); return 0; }
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
