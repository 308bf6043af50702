/* TRUTH: free — setjmp first returns 0, the thread waits on the semaphore, then longjmps back and only then does x++ */
#include <pthread.h>
#include <semaphore.h>
#include <setjmp.h>
int x; sem_t s;
void *t(void *a) {
  jmp_buf jb;
  if (setjmp(jb)) { x++; return 0; }
  sem_wait(&s);
  longjmp(jb, 1);
}
int main(void) {
  pthread_t th; sem_init(&s, 0, 0);
  pthread_create(&th, 0, t, 0);
  x = 8;
  sem_post(&s);
  pthread_join(th, 0);
  return x;
}
