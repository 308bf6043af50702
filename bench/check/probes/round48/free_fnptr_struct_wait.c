/* TRUTH: free — ops.wait is the semaphore waiter; the thread's x write follows it, main writes before posting */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
struct ops { void (*wait)(void); void (*post)(void); };
static void w(void) { sem_wait(&s); }
static void p(void) { sem_post(&s); }
static const struct ops ops = { .wait = w, .post = p };
void *t(void *a) {
  ops.wait();
  x = 20;
  return 0;
}
int main(void) {
  pthread_t th; sem_init(&s, 0, 0);
  pthread_create(&th, 0, t, 0);
  x = 10;
  ops.post();
  pthread_join(th, 0);
  return x;
}
