/* TRUTH: free — shared_cfg is initialised exactly once via pthread_once, which orders init before every returning caller; afterwards read-only */
#include <pthread.h>
#include <stdlib.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_16_pthread_once.c", 5, "reach_error"); }
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int shared_cfg;

static void init_cfg(void) { shared_cfg = 17; }

void *user(void *arg) {
  pthread_once(&once, init_cfg);
  if (shared_cfg != 17) reach_error();
  return NULL;
}

int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, user, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return 0;
}
