/* TRUTH: racy — consumer reads buf[out] after releasing m; producer may concurrently overwrite that slot under the lock */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
#include <semaphore.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
void reach_error(void) {}
void assume_abort_if_not(int c) { if (!c) abort(); }
#define SZ 2
int buf[SZ]; int count = 0, in = 0, out = 0;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
void *producer(void *arg) {
  for (int i = 0; i < 6; i++) {
    pthread_mutex_lock(&m);
    while (count == SZ) pthread_cond_wait(&cv, &m);
    buf[in] = i; in = (in + 1) % SZ; count++;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
  }
  return NULL;
}
void *consumer(void *arg) {
  for (int i = 0; i < 6; i++) {
    pthread_mutex_lock(&m);
    while (count == 0) pthread_cond_wait(&cv, &m);
    int slot = out; out = (out + 1) % SZ; count--;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    int v = buf[slot]; /* slot already released to producer */
    if (v < 0) reach_error();
  }
  return NULL;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&p, NULL, producer, NULL);
  pthread_create(&c, NULL, consumer, NULL);
  pthread_join(p, NULL); pthread_join(c, NULL);
  return 0;
}
