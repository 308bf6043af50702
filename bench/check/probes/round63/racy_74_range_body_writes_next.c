/* TRUTH: racy — head()'s loop i < 8 also writes row[i+1], reaching row[8]; tail() writes row[8..16) concurrently */
#include <pthread.h>
static int row[16];
static void *head(void *p) { (void)p; for (int i = 0; i < 8; i++) { row[i] = 1; row[i + 1] = 0; } return 0; }
static void *tail(void *p) { (void)p; for (int i = 8; i < 16; i++) row[i] = 2; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, head, 0); pthread_create(&b, 0, tail, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return row[8];
}
