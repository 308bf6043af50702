/* TRUTH: racy — main got tm = localtime() (the static struct tm) before create and reads tm->tm_year (line 12) while the thread's ctime (= asctime(localtime())) rewrites that struct (line 6). */
#include <pthread.h>
#include <time.h>
time_t t0 = 1000;
struct tm *tm;
void *w(void *x) { (void)ctime(&t0); return 0; }
int main(void) {
  pthread_t t1;
  int y;
  tm = localtime(&t0);
  pthread_create(&t1, 0, w, 0);
  y = tm->tm_year;
  pthread_join(t1, 0);
  return y;
}
