/* TRUTH: free — readers only read config under rdlock, writer writes under wrlock */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_10_rwlock.c", 4, "reach_error"); }
extern int __VERIFIER_nondet_int(void);
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int config_a = 1, config_b = 1;

void *reader(void *arg) {
  pthread_rwlock_rdlock(&rw);
  if (config_a != config_b) reach_error();
  pthread_rwlock_unlock(&rw);
  return NULL;
}

void *writer(void *arg) {
  int v = __VERIFIER_nondet_int();
  pthread_rwlock_wrlock(&rw);
  config_a = v;
  config_b = v;
  pthread_rwlock_unlock(&rw);
  return NULL;
}

int main(void) {
  pthread_t r[3], w;
  pthread_create(&w, NULL, writer, NULL);
  for (int i = 0; i < 3; i++) pthread_create(&r[i], NULL, reader, NULL);
  for (int i = 0; i < 3; i++) pthread_join(r[i], NULL);
  pthread_join(w, NULL);
  return 0;
}
