/* TRUTH: racy — thread a: asctime(localtime(&t0)) writes the static struct tm (line 5); thread b: localtime (line 6) writes it too. */
#include <pthread.h>
#include <time.h>
time_t t0 = 1000;
void *a(void *x) { (void)asctime(localtime(&t0)); return 0; }
void *b(void *x) { (void)localtime(&t0); return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, a, 0);
  pthread_create(&t2, 0, b, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
