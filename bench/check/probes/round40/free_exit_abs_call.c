/* TRUTH: free — abs(-3) == 3 in every run: pthread_exit always runs before g++ (line 9). */
#include <pthread.h>
#include <stdlib.h>
int g;
void *w(void *x) {
  if (abs(-3) == 3)
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
