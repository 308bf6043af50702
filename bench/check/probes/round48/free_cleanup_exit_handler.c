/* TRUTH: free — the handler (x++) runs when pthread_exit unwinds, which is after sem_wait took main's post made after main's write */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
static void cleanup(void *a) { x++; }
void *t(void *a) {
  pthread_cleanup_push(cleanup, 0);
  sem_wait(&s);
  pthread_exit(0);
  pthread_cleanup_pop(0);
  return 0;
}
int main(void) {
  pthread_t th; sem_init(&s, 0, 0);
  pthread_create(&th, 0, t, 0);
  x = 12;
  sem_post(&s);
  pthread_join(th, 0);
  return x;
}
