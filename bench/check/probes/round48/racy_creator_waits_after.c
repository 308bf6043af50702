/* TRUTH: racy — main creates the reader before waiting, so the reader's x++ can overlap the writer's x = 1 */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
void *w(void *a) { x = 1; sem_post(&s); return 0; }
void *r(void *a) { x++; return 0; }
int main(void) {
  pthread_t t1, t2; sem_init(&s, 0, 0);
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, r, 0);
  sem_wait(&s);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return x;
}
