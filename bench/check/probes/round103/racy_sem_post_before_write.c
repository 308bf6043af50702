/* TRUTH: racy — the worker posts the semaphore before writing 'reply'; main's read after sem_wait is unordered with that write */
#include <pthread.h>
#include <semaphore.h>

sem_t done;
int reply;

void *worker(void *arg) {
  sem_post(&done);
  reply = 200;
  return 0;
}

int main(void) {
  pthread_t t;
  sem_init(&done, 0, 0);
  pthread_create(&t, 0, worker, 0);
  sem_wait(&done);
  int r = reply;
  pthread_join(t, 0);
  return r;
}
