/* TRUTH: free — spawn_after() waits on the semaphore (posted by the writer after x = 1) before creating the second thread */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
void *w(void *a) { x = 1; sem_post(&s); return 0; }
void *r(void *a) { x += 10; return 0; }
static void spawn_after(sem_t *sem, pthread_t *t, void *(*fn)(void *)) {
  sem_wait(sem);
  pthread_create(t, 0, fn, 0);
}
int main(void) {
  pthread_t t1, t2; sem_init(&s, 0, 0);
  pthread_create(&t1, 0, w, 0);
  spawn_after(&s, &t2, r);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return x;
}
