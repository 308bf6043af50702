/* TRUTH: free — the ternary condition and comma left operand (both waits) are sequenced before the reads of x */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s; int out;
static int ok(void) { sem_wait(&s); return 1; }
void *t(void *a) {
  int v = ok() ? x : -1;
  int w = (sem_wait(&s), x);
  out = v + w;
  return 0;
}
int main(void) {
  pthread_t th; sem_init(&s, 0, 0);
  pthread_create(&th, 0, t, 0);
  x = 60;
  sem_post(&s);
  sem_post(&s);
  pthread_join(th, 0);
  return out;
}
