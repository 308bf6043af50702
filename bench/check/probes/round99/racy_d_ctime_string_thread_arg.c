/* TRUTH: racy — ctime's static string is passed to a printer thread, then main calls ctime again (rewriting the buffer) */
#include <pthread.h>
#include <stdio.h>
#include <time.h>
static time_t stamp = 1700000000;
static void *printer(void *a) {
  const char *s = a;
  fputs(s, stdout);
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, printer, ctime(&stamp));
  stamp += 86400;
  ctime(&stamp);
  pthread_join(t, 0);
  return 0;
}
