/* TRUTH: racy — strerror's string kept in a local is read while another thread calls strerror (C11: need not avoid data races) */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <errno.h>
static void *other(void *a) {
  (void)a;
  for (int e = 200; e < 260; e++) strerror(e);
  return 0;
}
int main(void) {
  pthread_t t;
  const char *msg = strerror(999);
  pthread_create(&t, 0, other, 0);
  size_t n = strlen(msg);
  pthread_join(t, 0);
  return (int)(n & 1);
}
