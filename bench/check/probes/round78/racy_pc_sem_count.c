/* TRUTH: racy — empty initialized to CAP+1 so producer can overwrite buf[slot] the consumer is reading (buf write vs read) */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#define CAP 4
#define ITEMS 300
int buf[CAP];
sem_t empty, full;
static void *prod(void *a) {
  int tail = 0;
  for (int i = 0; i < ITEMS; i++) { sem_wait(&empty); buf[tail] = i; tail = (tail + 1) % CAP; sem_post(&full); }
  return 0;
}
static void *cons(void *a) {
  int head = 0; long s = 0;
  for (int i = 0; i < ITEMS; i++) { sem_wait(&full); s += buf[head]; head = (head + 1) % CAP; sem_post(&empty); }
  *(long *)a = s;
  return 0;
}
int main(void) {
  pthread_t p, c; long s;
  sem_init(&empty, 0, CAP + 1); sem_init(&full, 0, 0);
  pthread_create(&p, 0, prod, 0); pthread_create(&c, 0, cons, &s);
  pthread_join(p, 0); pthread_join(c, 0);
  printf("%ld\n", s);
  return 0;
}
