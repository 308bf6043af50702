// free: detached thread writes status then sem_post; main sem_waits before reading status.
#include <pthread.h>
#include <semaphore.h>
int status;
sem_t done;
void *bg(void *a) { status = 1; sem_post(&done); return 0; }
int main(void) {
  pthread_t t;
  sem_init(&done, 0, 0);
  pthread_create(&t, 0, bg, 0);
  pthread_detach(t);
  sem_wait(&done);
  return status;
}
