/* TRUTH: racy — producer sets ready under the lock but writes buffer only after unlocking, so the consumer plain reads of buffer race with these writes */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int ready = 0;
int buffer[4];

void *producer(void *arg) {
  int i;
  pthread_mutex_lock(&m);
  ready = 1;
  pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&m);
  for (i = 0; i < 4; i++)
    buffer[i] = i * i;
  return 0;
}

void *consumer(void *arg) {
  int s;
  pthread_mutex_lock(&m);
  while (!ready)
    pthread_cond_wait(&cv, &m);
  pthread_mutex_unlock(&m);
  s = buffer[0] + buffer[1] + buffer[2] + buffer[3];
  buffer[0] = s;
  return 0;
}

int main(void) {
  pthread_t p, c;
  pthread_create(&p, 0, producer, 0);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
