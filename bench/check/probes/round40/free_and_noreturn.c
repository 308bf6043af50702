/* TRUTH: free — (1 && (die(), 0)) always calls die (abort) before g++ (line 9): the write never runs. */
#include <pthread.h>
#include <stdlib.h>
_Noreturn static void die(void) { abort(); }
int g;
void *w(void *x) {
  (void)x;
  (void)(1 && (die(), 0));
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
