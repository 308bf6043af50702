/* TRUTH: racy — consumer copies item into got under the lock but then re-reads item after unlocking, while a second producer round may write item */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
pthread_cond_t space = PTHREAD_COND_INITIALIZER;
int has_item = 0;
int item;

void *producer(void *arg) {
  int r;
  for (r = 0; r < 2; r++) {
    pthread_mutex_lock(&m);
    while (has_item)
      pthread_cond_wait(&space, &m);
    item = __VERIFIER_nondet_int();
    has_item = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
  }
  return 0;
}

void *consumer(void *arg) {
  int r, got;
  for (r = 0; r < 2; r++) {
    pthread_mutex_lock(&m);
    while (!has_item)
      pthread_cond_wait(&cv, &m);
    got = item;
    has_item = 0;
    pthread_cond_signal(&space);
    pthread_mutex_unlock(&m);
    if (item != got) got = item;
  }
  return 0;
}

int main(void) {
  pthread_t p, c;
  pthread_create(&c, 0, consumer, 0);
  pthread_create(&p, 0, producer, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
