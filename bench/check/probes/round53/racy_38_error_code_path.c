/* TRUTH: racy — both threads may take the nondet failure path and store last_error with no lock */
#include <pthread.h>
#include <stdlib.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_38_error_code_path.c", 5, "reach_error"); }
extern int __VERIFIER_nondet_int(void);
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int last_error;
int processed;

void *process(void *arg) {
  int *buf = malloc(4 * sizeof(int));
  if (!buf) return NULL;
  if (__VERIFIER_nondet_int()) {
    last_error = -5;
    free(buf);
    return NULL;
  }
  pthread_mutex_lock(&m);
  processed++;
  pthread_mutex_unlock(&m);
  free(buf);
  return NULL;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, process, NULL);
  pthread_create(&b, NULL, process, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  if (processed > 2) reach_error();
  return 0;
}
