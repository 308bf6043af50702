/* TRUTH: racy — strlen("abc") == 3 but the test is == 4: pthread_exit never runs; g++ (line 8) in both threads races. */
#include <pthread.h>
#include <string.h>
int g;
void *w(void *x) {
  if (strlen("abc") == 4)
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
