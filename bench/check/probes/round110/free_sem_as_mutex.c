/* TRUTH: free — binary semaphore (init 1) used as a mutex around every access to the shared list length */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

sem_t mutex;
int list_len;
int list[256];

static void *adder(void *arg) {
  int base = (int)(long)arg;
  for (int i = 0; i < 50; i++) {
    sem_wait(&mutex);
    list[list_len++] = base + i;
    sem_post(&mutex);
  }
  return NULL;
}

int main(void) {
  pthread_t t[4];
  sem_init(&mutex, 0, 1);
  for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, adder, (void *)(i * 100));
  for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
  printf("%d\n", list_len);
  sem_destroy(&mutex);
  return 0;
}
