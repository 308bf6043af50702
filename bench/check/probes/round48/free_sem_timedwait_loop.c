/* TRUTH: free — sem_timedwait is retried until it returns 0, which only happens after main's post that follows main's write */
#include <pthread.h>
#include <semaphore.h>
#include <time.h>
int x; sem_t s;
void *t(void *a) {
  struct timespec ts;
  for (;;) {
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += 1;
    if (sem_timedwait(&s, &ts) == 0) break;
  }
  x++;
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
