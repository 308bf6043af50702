/* TRUTH: racy — POSIX: asctime/ctime/gmtime/localtime may overwrite either static object; glibc ctime calls localtime writing the same struct tm that gmtime (thread b) writes. */
#include <pthread.h>
#include <time.h>
time_t t0 = 1000;
void *a(void *x) { (void)ctime(&t0); return 0; }
void *b(void *x) { (void)gmtime(&t0); return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, a, 0);
  pthread_create(&t2, 0, b, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
