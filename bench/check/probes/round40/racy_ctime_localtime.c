/* TRUTH: racy — ctime() is asctime(localtime()) (C11 7.27.3.2, glibc): its localtime writes the static struct tm (line 9) while the other thread's localtime writes it too (line 14). */
#include <pthread.h>
#include <time.h>
#include <stdio.h>
time_t t0 = 1000;
int sink;
void *a(void *x) {
  char *s = ctime(&t0);
  sink = s ? 1 : 0;
  return 0;
}
void *b(void *x) {
  struct tm *tm = localtime(&t0);
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
