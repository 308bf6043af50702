/* TRUTH: racy — sem_post before the write, so the main thread may access data concurrently */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
sem_t s; int data;
void *prod(void *a) { sem_post(&s); data = 42; return 0; }
int main(void) {
  pthread_t th; sem_init(&s, 0, 0);
  pthread_create(&th, 0, prod, 0);
  sem_wait(&s);
  data++;
  printf("%d\n", data);
  pthread_join(th, 0); return 0;
}
