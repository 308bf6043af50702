/* TRUTH: racy — setjmp returns 0, then bump() runs before sem_wait, concurrently with main's x = 8 */
#include <pthread.h>
#include <semaphore.h>
#include <setjmp.h>
int x; sem_t s;
static void bump(void) { x++; }
void *t(void *a) {
  jmp_buf jb;
  if (setjmp(jb)) return 0;
  bump();
  sem_wait(&s);
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
