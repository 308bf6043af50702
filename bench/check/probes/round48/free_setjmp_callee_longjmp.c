/* TRUTH: free — the setjmp != 0 branch (x++) is reached only via waiter()'s longjmp, which follows its sem_wait on main's post made after main's write */
#include <pthread.h>
#include <semaphore.h>
#include <setjmp.h>
int x; sem_t s;
static void waiter(jmp_buf *jb) { sem_wait(&s); longjmp(*jb, 1); }
void *t(void *a) {
  jmp_buf jb;
  if (setjmp(jb)) { x++; return 0; }
  waiter(&jb);
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
