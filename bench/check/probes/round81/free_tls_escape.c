/* TRUTH: free — worker writes its own tl, main writes its own tl */
#include <pthread.h>
_Thread_local int tl;
int *shared;
void *w(void *a) { tl = 5; return 0; }
int main(void) {
  pthread_t t;
  shared = &tl;
  pthread_create(&t, 0, w, 0);
  tl = 3;
  pthread_join(t, 0);
  return tl;
}
