/* TRUTH: racy — one create loop hands &cell[i] to `inc`, a second loop hands &cell[i] to `dec`: thread inc(i) and dec(i) write the same element concurrently. */
#include <pthread.h>
static int cell[2];
static void *inc(void *p) { (*(int *)p)++; return 0; }
static void *dec(void *p) { (*(int *)p)--; return 0; }
int main(void) {
  pthread_t a[2], b[2];
  for (int i = 0; i < 2; i++) pthread_create(&a[i], 0, inc, &cell[i]);
  for (int i = 0; i < 2; i++) pthread_create(&b[i], 0, dec, &cell[i]);
  for (int i = 0; i < 2; i++) pthread_join(a[i], 0);
  for (int i = 0; i < 2; i++) pthread_join(b[i], 0);
  return cell[0];
}
