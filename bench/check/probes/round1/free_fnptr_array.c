/* TRUTH: free. Routines from a function-pointer array touch different globals; main
   reads both after joining all. */
#include <pthread.h>
int left, right;
void *wl(void *arg) { left = 3; return NULL; }
void *wr(void *arg) { right = 4; return NULL; }
void *(*const routines[2])(void *) = {wl, wr};
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, routines[i], NULL);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return left + right;
}
