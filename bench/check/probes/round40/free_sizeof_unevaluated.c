/* TRUTH: free — sizeof(n++) does not evaluate n++: n stays 3, every thread calls pthread_exit before g++ (line 9), which never runs. */
#include <pthread.h>
int g;
void *w(void *x) {
  int n = 3;
  (void)sizeof(n++);
  if (n == 3)
    pthread_exit(0);
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
