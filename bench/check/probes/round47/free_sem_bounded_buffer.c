/* TRUTH: free — bounded buffer with empty/full counting semaphores plus a mutex around slot/index updates; 2 producers, 2 consumers */
#include <pthread.h>
#include <semaphore.h>
#include <stdint.h>
extern void abort(void);
void reach_error(void) { abort(); }
#define BS 2

int slots[BS];
int put_i, take_i;
int produced, consumed;
sem_t empty, full;
pthread_mutex_t bm = PTHREAD_MUTEX_INITIALIZER;

void *prod(void *arg) {
  int i;
  for (i = 0; i < 2; i++) {
    sem_wait(&empty);
    pthread_mutex_lock(&bm);
    slots[put_i] = (int)(intptr_t)arg + i;
    put_i = (put_i + 1) % BS;
    produced++;
    pthread_mutex_unlock(&bm);
    sem_post(&full);
  }
  return 0;
}

void *cons(void *arg) {
  int i, v;
  for (i = 0; i < 2; i++) {
    sem_wait(&full);
    pthread_mutex_lock(&bm);
    v = slots[take_i];
    take_i = (take_i + 1) % BS;
    consumed++;
    pthread_mutex_unlock(&bm);
    sem_post(&empty);
    (void)v;
  }
  return 0;
}

int main(void) {
  pthread_t p[2], c[2];
  int i;
  sem_init(&empty, 0, BS);
  sem_init(&full, 0, 0);
  for (i = 0; i < 2; i++) {
    pthread_create(&p[i], 0, prod, (void *)(intptr_t)(i * 10));
    pthread_create(&c[i], 0, cons, 0);
  }
  for (i = 0; i < 2; i++) {
    pthread_join(p[i], 0);
    pthread_join(c[i], 0);
  }
  if (produced != consumed) reach_error();
  return 0;
}
