/* TRUTH: racy. Two threads snprintf into the same global buffer without a lock. */
#include <pthread.h>
#include <stdio.h>
static char msg[32];
static void *fmt(void *v) { snprintf(msg, sizeof msg, "id=%ld", (long)v); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, fmt, (void *)1);
  pthread_create(&t2, NULL, fmt, (void *)2);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return msg[0];
}
