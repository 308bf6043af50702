/* TRUTH: free — buffer, count, in, out are only touched while holding mtx; waits are on condvars with the mutex held */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void reach_error(void) { abort(); }
#define SIZE 3
#define ITEMS 6

int buffer[SIZE];
int count, in, out;
pthread_mutex_t mtx = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t not_full = PTHREAD_COND_INITIALIZER;
pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER;

void *producer(void *arg) {
  int i;
  for (i = 0; i < ITEMS; i++) {
    pthread_mutex_lock(&mtx);
    while (count == SIZE)
      pthread_cond_wait(&not_full, &mtx);
    buffer[in] = i;
    in = (in + 1) % SIZE;
    count++;
    pthread_cond_signal(&not_empty);
    pthread_mutex_unlock(&mtx);
  }
  return NULL;
}

void *consumer(void *arg) {
  int i, v, last = -1;
  for (i = 0; i < ITEMS; i++) {
    pthread_mutex_lock(&mtx);
    while (count == 0)
      pthread_cond_wait(&not_empty, &mtx);
    v = buffer[out];
    out = (out + 1) % SIZE;
    count--;
    pthread_cond_signal(&not_full);
    pthread_mutex_unlock(&mtx);
    if (v <= last) reach_error();
    last = v;
  }
  return NULL;
}

int main(void) {
  pthread_t p, c;
  pthread_create(&p, NULL, producer, NULL);
  pthread_create(&c, NULL, consumer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  return 0;
}
