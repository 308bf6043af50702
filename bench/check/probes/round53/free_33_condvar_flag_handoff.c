/* TRUTH: free — msg written before setting ready under m; receiver waits on ready under m, then reads msg (m orders them) */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_33_condvar_flag_handoff.c", 4, "reach_error"); }
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int ready;
int msg;

void *sender(void *arg) {
  msg = 99;
  pthread_mutex_lock(&m);
  ready = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&m);
  return NULL;
}

void *receiver(void *arg) {
  pthread_mutex_lock(&m);
  while (!ready)
    pthread_cond_wait(&cv, &m);
  pthread_mutex_unlock(&m);
  if (msg != 99) reach_error();
  return NULL;
}

int main(void) {
  pthread_t s, r;
  pthread_create(&r, NULL, receiver, NULL);
  pthread_create(&s, NULL, sender, NULL);
  pthread_join(s, NULL);
  pthread_join(r, NULL);
  return 0;
}
