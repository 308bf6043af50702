/* TRUTH: free — worker writes msg then sem_post; main reads msg only after sem_wait (and the worker never touches it again) */
#include <pthread.h>
#include <semaphore.h>
#include <string.h>
sem_t done;
char msg[16];

void *worker(void *arg)
{
  strcpy(msg, "hello");
  sem_post(&done);
  return 0;
}

int main(void)
{
  pthread_t t;
  sem_init(&done, 0, 0);
  pthread_create(&t, 0, worker, 0);
  sem_wait(&done);
  int r = msg[0] == 'h';
  pthread_join(t, 0);
  return !r;
}
