/* TRUTH: free — sem_post after write, sem_wait before read: hand-off */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
sem_t s; int data;
void *prod(void *a) { data = 42; sem_post(&s); return 0; }
int main(void) {
  pthread_t th; sem_init(&s, 0, 0);
  pthread_create(&th, 0, prod, 0);
  sem_wait(&s);
  data++;
  printf("%d\n", data);
  pthread_join(th, 0); return 0;
}
