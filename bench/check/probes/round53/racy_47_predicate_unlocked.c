/* TRUTH: racy — waiter tests done without holding m, signaller sets it under m; unlocked read vs locked write */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_47_predicate_unlocked.c", 4, "reach_error"); }
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int done;

void *waiter(void *arg) {
  if (!done) {
    pthread_mutex_lock(&m);
    while (!done) pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
  }
  return NULL;
}

void *signaller(void *arg) {
  pthread_mutex_lock(&m);
  done = 1;
  pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&m);
  return NULL;
}

int main(void) {
  pthread_t w, s;
  pthread_create(&w, NULL, waiter, NULL);
  pthread_create(&s, NULL, signaller, NULL);
  pthread_join(w, NULL);
  pthread_join(s, NULL);
  if (!done) reach_error();
  return 0;
}
