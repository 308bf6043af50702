/* TRUTH: racy — the trylock result is ignored, so when it fails the thread writes pending without holding m */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_19_trylock_ignored.c", 4, "reach_error"); }
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int pending;

void *flusher(void *arg) {
  int rc = pthread_mutex_trylock(&m);
  pending = 0;
  if (rc == 0) pthread_mutex_unlock(&m);
  return NULL;
}

void *submitter(void *arg) {
  pthread_mutex_lock(&m);
  pending++;
  pthread_mutex_unlock(&m);
  return NULL;
}

int main(void) {
  pthread_t f, s;
  pthread_create(&s, NULL, submitter, NULL);
  pthread_create(&f, NULL, flusher, NULL);
  pthread_join(s, NULL);
  pthread_join(f, NULL);
  if (pending > 1) reach_error();
  return 0;
}
