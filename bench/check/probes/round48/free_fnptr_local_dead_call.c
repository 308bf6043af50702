/* TRUTH: free — the local handler pointer is only called before the wait when a flag that is never set is nonzero; the executed call follows sem_wait */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
static void bump(void *p) { x++; }
void *t(void *a) {
  void (*h)(void *) = bump;
  int cancelled = 0;
  if (a) cancelled = 1;
  if (cancelled) { h(0); return 0; }
  sem_wait(&s);
  h(0);
  return 0;
}
int main(void) {
  pthread_t th; sem_init(&s, 0, 0);
  pthread_create(&th, 0, t, 0);
  x = 3;
  sem_post(&s);
  pthread_join(th, 0);
  return x;
}
