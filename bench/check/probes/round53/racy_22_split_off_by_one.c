/* TRUTH: racy — first worker fills a[0..HALF] inclusive, second a[HALF..LEN-1]; both write a[HALF] */
#include <pthread.h>
#include <stdint.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_22_split_off_by_one.c", 5, "reach_error"); }
#define LEN 8
#define HALF (LEN / 2)
int a[LEN];

void *lo(void *arg) { for (int i = 0; i <= HALF; i++) a[i] = 1; return NULL; }
void *hi(void *arg) { for (int i = HALF; i < LEN; i++) a[i] = 2; return NULL; }

int main(void) {
  pthread_t t0, t1;
  pthread_create(&t0, NULL, lo, NULL);
  pthread_create(&t1, NULL, hi, NULL);
  pthread_join(t0, NULL);
  pthread_join(t1, NULL);
  if (a[0] != 1 || a[LEN - 1] != 2) reach_error();
  return 0;
}
