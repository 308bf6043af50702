/* TRUTH: racy. tmp is reused; the copy `first` holds w1's id, so only w1 is joined; w2 still runs. */
#include <pthread.h>
int x;
void *w1(void *a) { (void)a; return 0; }
void *w2(void *a) { (void)a; x = 1; return 0; }
int main(void) {
  pthread_t tmp, first;
  pthread_create(&tmp, 0, w1, 0); first = tmp;
  pthread_create(&tmp, 0, w2, 0);
  pthread_join(first, 0);
  return x; }
