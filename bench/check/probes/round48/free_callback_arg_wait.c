/* TRUTH: free — the thread receives a job whose before() hook waits on the semaphore; the write to x follows that call, main writes x before posting */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
struct job { void (*before)(void); int *target; };
static void block(void) { sem_wait(&s); }
void *t(void *a) {
  struct job *j = a;
  j->before();
  *j->target = 77;
  return 0;
}
int main(void) {
  pthread_t th; sem_init(&s, 0, 0);
  static struct job j = { block, &x };
  pthread_create(&th, 0, t, &j);
  x = 1;
  sem_post(&s);
  pthread_join(th, 0);
  return x;
}
