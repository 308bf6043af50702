/* TRUTH: free — detached workers write their own slots and sem_post 'done'; main sem_waits N times before reading the slots */
#include <pthread.h>
#include <semaphore.h>
#include <stdint.h>
#include <stdio.h>
#define N 3

sem_t done;
int slot[N];

static void *worker(void *arg) {
  intptr_t id = (intptr_t)arg;
  slot[id] = (int)(id * id + 1);
  sem_post(&done);
  return NULL;
}

int main(void) {
  sem_init(&done, 0, 0);
  for (intptr_t i = 0; i < N; i++) {
    pthread_t t;
    pthread_create(&t, NULL, worker, (void *)i);
    pthread_detach(t);
  }
  for (int i = 0; i < N; i++) sem_wait(&done);
  printf("%d\n", slot[0] + slot[1] + slot[2]);
  return 0;
}
