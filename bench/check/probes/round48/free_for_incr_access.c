/* TRUTH: free — the for-increment x++ executes only after the body's sem_wait consumed main's post, which follows main's write */
#include <pthread.h>
#include <semaphore.h>
int x; sem_t s;
void *t(void *a) {
  for (int i = 0; i < 1; x++, i++)
    sem_wait(&s);
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
