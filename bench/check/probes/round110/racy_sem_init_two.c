/* TRUTH: racy — "mutex" semaphore initialised to 2, so two adders can be inside the critical section together */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>

sem_t mutex;
int list_len;
int list[256];

static void *adder(void *arg) {
  int base = (int)(long)arg;
  for (int i = 0; i < 20; i++) {
    sem_wait(&mutex);
    int n = list_len;
    usleep(50);
    list[n] = base + i;
    list_len = n + 1;
    sem_post(&mutex);
  }
  return NULL;
}

int main(void) {
  pthread_t t[3];
  sem_init(&mutex, 0, 2);
  for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, adder, (void *)(i * 100));
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  printf("%d\n", list_len);
  sem_destroy(&mutex);
  return 0;
}
