/* TRUTH: racy — the inner i is 2, so the thread writes a[2] as main does */
#include <pthread.h>
#include <stdio.h>
int a[8];
void *w(void *arg) {
  for (int i = 0; i < 4; i++) {
    int i = 2;
    a[i] = 1;
  }
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  a[2] = 7;
  pthread_join(t, 0);
  printf("%d\n", a[2]);
  return 0;
}
