/* TRUTH: racy — ctime's static string kept in a global pointer is printed while another thread calls asctime (same buffer) */
#include <pthread.h>
#include <stdio.h>
#include <time.h>
static time_t stamp = 1700000000;
static const char *banner;
static void *other(void *a) {
  (void)a;
  struct tm tmv;
  gmtime_r(&stamp, &tmv);
  asctime(&tmv);
  return 0;
}
int main(void) {
  pthread_t t;
  banner = ctime(&stamp);
  pthread_create(&t, 0, other, 0);
  printf("%c\n", banner[0]);
  pthread_join(t, 0);
  return 0;
}
