/* TRUTH: free — the inner i shadows the loop counter and is 5: the thread writes only a[5]; main writes a[2] */
#include <pthread.h>
#include <stdio.h>
int a[8];
void *w(void *arg) {
  for (int i = 0; i < 4; i++) {
    int i = 5;
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
