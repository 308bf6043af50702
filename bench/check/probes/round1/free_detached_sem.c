/* TRUTH: free. A detached thread fills `report` then posts a semaphore; main waits on
   the semaphore before reading `report` (sem_post/sem_wait synchronize). */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
int report[4];
sem_t done;
void *bg(void *arg) {
  for (int i = 0; i < 4; i++) report[i] = i * i;
  sem_post(&done);
  return NULL;
}
int main(void) {
  pthread_t t;
  sem_init(&done, 0, 0);
  pthread_create(&t, NULL, bg, NULL);
  pthread_detach(t);
  sem_wait(&done);
  printf("%d\n", report[3]);
  return 0;
}
