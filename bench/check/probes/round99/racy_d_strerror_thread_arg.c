/* TRUTH: racy — strerror's string is given to a logger thread; main then calls strerror again (C11: may overwrite, need not avoid data races) */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
static void *logger(void *a) {
  const char *msg = a;
  fputs(msg, stderr);
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, logger, strerror(1234));
  strerror(4321);
  pthread_join(t, 0);
  return 0;
}
