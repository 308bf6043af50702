/* TRUTH: free — K is a const global 1: pthread_exit always runs, g++ (line 9) never runs. */
#include <pthread.h>
static const int K = 1;
int g;
void *w(void *x) {
  if (K)
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
