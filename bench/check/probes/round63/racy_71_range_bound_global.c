/* TRUTH: racy — span is set to 10 by main before creating, so head() writes row[0..10) and tail() writes row[8..16): both write row[8] and row[9] */
#include <pthread.h>
static int span;
static int row[16];
static void *head(void *p) { (void)p; for (int i = 0; i < span; i++) row[i] = 1; return 0; }
static void *tail(void *p) { (void)p; for (int i = 8; i < 16; i++) row[i] = 2; return 0; }
int main(void) {
  span = 10;
  pthread_t a, b;
  pthread_create(&a, 0, head, 0); pthread_create(&b, 0, tail, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return row[9];
}
