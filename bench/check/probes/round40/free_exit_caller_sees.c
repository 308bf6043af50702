/* TRUTH: free — check() always exits the thread (n is 2 in every run, 2*2 == 4): the caller's g++ (line 12) never runs. */
#include <pthread.h>
int g;
static void check(void) {
  int n = 2;
  int m = n * n;
  if (m == 4)
    pthread_exit(0);
}
void *w(void *x) {
  check();
  g++;
  return x;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
