/* TRUTH: free — twin: strerror_r into per-thread buffers */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#include <string.h>
static void *other(void *a) {
  (void)a;
  char buf[64];
  for (int e = 200; e < 260; e++) strerror_r(e, buf, sizeof buf);
  return 0;
}
int main(void) {
  pthread_t t;
  char msg[64];
  strerror_r(999, msg, sizeof msg);
  pthread_create(&t, 0, other, 0);
  size_t n = strlen(msg);
  pthread_join(t, 0);
  return (int)(n & 1);
}
