// free: counting semaphore (init 2) limits concurrency to 2, but each worker writes only its own slot[id]; the shared counter is under a mutex.
#include <pthread.h>
#include <semaphore.h>
#define N 4
sem_t pool;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int slot[N];
int served;
void *w(void *arg) {
  int id = (int)(long)arg;
  sem_wait(&pool);
  slot[id] = id + 100;
  pthread_mutex_lock(&m);
  served++;
  pthread_mutex_unlock(&m);
  sem_post(&pool);
  return 0;
}
int main(void) {
  pthread_t th[N];
  sem_init(&pool, 0, 2);
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, (void *)(long)i);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return served + slot[0];
}
