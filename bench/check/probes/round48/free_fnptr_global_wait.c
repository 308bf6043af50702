/* TRUTH: free — the global function pointer always points to sem_waiter, so the call blocks until main's post, which follows main's write */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
static void sem_waiter(void) { sem_wait(&s); }
void (*waiter)(void) = sem_waiter;
void *t(void *a) {
  waiter();
  x += 3;
  return 0;
}
int main(void) {
  pthread_t th; sem_init(&s, 0, 0);
  pthread_create(&th, 0, t, 0);
  x = 1;
  sem_post(&s);
  pthread_join(th, 0);
  return x;
}
