/* TRUTH: free — left thread writes a[0..4], right thread writes a[5..9]; ranges are disjoint; main reads after join */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }
#define LEN 10
int a[LEN];

void *left(void *arg) {
  int i;
  for (i = 0; i < LEN / 2; i++) a[i] = i;
  return 0;
}
void *right(void *arg) {
  int i;
  for (i = LEN / 2; i < LEN; i++) a[i] = -i;
  return 0;
}

int main(void) {
  pthread_t l, r;
  int i, s = 0;
  pthread_create(&l, 0, left, 0);
  pthread_create(&r, 0, right, 0);
  pthread_join(l, 0);
  pthread_join(r, 0);
  for (i = 0; i < LEN; i++) s += a[i];
  if (s != 10 - 35) reach_error();
  return 0;
}
