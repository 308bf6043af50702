/* TRUTH: racy — start_all hands &slot[i] to workers and is called twice without joins in between, so two workers get &slot[0] and both write it. */
#include <pthread.h>
static int slot[2];
static pthread_t t[2][2];
static void *w(void *p) {
  int *s = p;
  *s += 1;
  return 0;
}
static void start_all(int round) {
  for (int i = 0; i < 2; i++) pthread_create(&t[round][i], 0, w, &slot[i]);
}
int main(void) {
  start_all(0);
  start_all(1);
  for (int r = 0; r < 2; r++)
    for (int i = 0; i < 2; i++) pthread_join(t[r][i], 0);
  return slot[0];
}
