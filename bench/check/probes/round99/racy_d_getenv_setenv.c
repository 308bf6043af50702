/* TRUTH: racy — getenv's result is read while another thread setenv()s the same variable (environment list modified) */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
static void *other(void *a) {
  (void)a;
  setenv("APP_MODE", "fast", 1);
  return 0;
}
int main(void) {
  pthread_t t;
  setenv("APP_MODE", "slow", 1);
  pthread_create(&t, 0, other, 0);
  const char *mode = getenv("APP_MODE");
  size_t n = mode ? strlen(mode) : 0;
  pthread_join(t, 0);
  return (int)(n & 1);
}
