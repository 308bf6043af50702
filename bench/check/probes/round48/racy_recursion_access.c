/* TRUTH: racy — rec(3) does x++ at depth 0 before the thread's sem_wait, concurrently with main's x = 1 */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
static void rec(int n) {
  if (n == 0) { x++; return; }
  rec(n - 1);
}
void *t(void *a) {
  rec(3);
  sem_wait(&s);
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
