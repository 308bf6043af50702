/* TRUTH: racy — asctime's static string kept in a local is read while another thread calls ctime */
#include <pthread.h>
#include <string.h>
#include <time.h>
static time_t stamp = 1700000000;
static void *other(void *a) {
  (void)a;
  for (int i = 0; i < 10; i++) ctime(&stamp);
  return 0;
}
int main(void) {
  pthread_t t;
  struct tm tmv;
  gmtime_r(&stamp, &tmv);
  const char *s = asctime(&tmv);
  pthread_create(&t, 0, other, 0);
  size_t n = strlen(s);
  pthread_join(t, 0);
  return (int)(n & 1);
}
