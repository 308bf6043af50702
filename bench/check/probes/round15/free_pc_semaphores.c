/* Race-free: classic empty/full semaphores plus a mutex guard the ring buffer between two producers and one consumer. */
#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define CAP 4
#define PER 3
int ring[CAP];
int head, tail;
sem_t empty_slots, full_slots;
pthread_mutex_t rm = PTHREAD_MUTEX_INITIALIZER;
void *prod(void *arg) {
  int base = (int)(intptr_t)arg;
  for (int i = 0; i < PER; i++) {
    sem_wait(&empty_slots);
    pthread_mutex_lock(&rm);
    ring[tail] = base + i;
    tail = (tail + 1) % CAP;
    pthread_mutex_unlock(&rm);
    sem_post(&full_slots);
  }
  return NULL;
}
void *cons(void *arg) {
  int *total = arg;
  for (int i = 0; i < 2 * PER; i++) {
    sem_wait(&full_slots);
    pthread_mutex_lock(&rm);
    *total += ring[head];
    head = (head + 1) % CAP;
    pthread_mutex_unlock(&rm);
    sem_post(&empty_slots);
  }
  return NULL;
}
int main(void) {
  pthread_t p1, p2, c;
  int total = 0;
  sem_init(&empty_slots, 0, CAP);
  sem_init(&full_slots, 0, 0);
  pthread_create(&p1, NULL, prod, (void *)(intptr_t)10);
  pthread_create(&p2, NULL, prod, (void *)(intptr_t)20);
  pthread_create(&c, NULL, cons, &total);
  pthread_join(p1, NULL);
  pthread_join(p2, NULL);
  pthread_join(c, NULL);
  printf("%d\n", total);
  return 0;
}
