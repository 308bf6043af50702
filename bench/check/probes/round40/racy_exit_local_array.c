/* TRUTH: racy — a[0]+a[1]+a[2] is 6, the test is == 7: pthread_exit never runs; g++ (line 9) runs in both threads. */
#include <pthread.h>
int g;
void *w(void *x) {
  int a[3] = {1, 2, 3};
  if (a[0] + a[1] + a[2] == 7)
    pthread_exit(0);
  (void)x;
  g++;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
