/* TRUTH: racy — head() bounds its loop by *lim where lim points at the global stop = 12, so it writes row[0..12); tail() writes row[8..16): overlap at row[8..11] */
#include <pthread.h>
static int stop = 12;
static int *lim = &stop;
static int row[16];
static void *head(void *p) { (void)p; for (int i = 0; i < *lim; i++) row[i] = 1; return 0; }
static void *tail(void *p) { (void)p; for (int i = 8; i < 16; i++) row[i] = 2; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, head, 0); pthread_create(&b, 0, tail, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return row[9];
}
