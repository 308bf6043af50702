/* TRUTH: free — a uses ctime_r (caller buffer), b uses localtime_r (caller struct); no shared hidden state written; sink written only by thread a. */
#include <pthread.h>
#include <time.h>
#include <stdio.h>
time_t t0 = 1000;
int sink;
void *a(void *x) {
  char buf[64];
  char *s = ctime_r(&t0, buf);
  sink = s ? 1 : 0;
  return 0;
}
void *b(void *x) {
  struct tm tmb;
  struct tm *tm = localtime_r(&t0, &tmb);
  (void)tm;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, a, 0);
  pthread_create(&t2, 0, b, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
