/* TRUTH: free — strlen("abc") == 3 in every run: every thread calls pthread_exit before g++ (line 8), which never runs. */
#include <pthread.h>
#include <string.h>
int g;
void *w(void *x) {
  if (strlen("abc") == 3)
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
