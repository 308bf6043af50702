/* TRUTH: free — head() breaks when i reaches 8 before writing, so it writes row[0..8) only; tail() writes row[8..16) */
#include <pthread.h>
static int row[16];
static void *head(void *p) { (void)p; for (int i = 0; i < 16; i++) { if (i == 8) break; row[i] = 1; } return 0; }
static void *tail(void *p) { (void)p; for (int i = 8; i < 16; i++) row[i] = 2; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, head, 0); pthread_create(&b, 0, tail, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return row[7] + row[8];
}
