/* TRUTH: free — the detached thread writes 'reply' and then sem_posts; main reads reply only after sem_wait */
#include <pthread.h>
#include <semaphore.h>

sem_t done;
int reply;

void *worker(void *arg) {
  reply = 200;
  sem_post(&done);
  return 0;
}

int main(void) {
  pthread_t t;
  sem_init(&done, 0, 0);
  pthread_create(&t, 0, worker, 0);
  pthread_detach(t);
  sem_wait(&done);
  return reply;
}
