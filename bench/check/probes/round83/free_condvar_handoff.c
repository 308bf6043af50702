/* TRUTH: free — condition variable handoff: producer sets item and has_item under m; consumer waits on predicate under m and reads item under m */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int has_item = 0;
int item;

void *producer(void *arg) {
  int v = __VERIFIER_nondet_int();
  pthread_mutex_lock(&m);
  item = v;
  has_item = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&m);
  return 0;
}

void *consumer(void *arg) {
  int got;
  pthread_mutex_lock(&m);
  while (!has_item)
    pthread_cond_wait(&cv, &m);
  got = item;
  has_item = 0;
  pthread_mutex_unlock(&m);
  if (got != got) reach_error();
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
