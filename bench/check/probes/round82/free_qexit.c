/* TRUTH: free — _Exit ends the process before main's write */
#include <pthread.h>
#include <stdlib.h>
int g;
void *t(void *a) { g = 1; return 0; }
int main(void) {
  pthread_t th; pthread_create(&th, 0, t, 0);
  _Exit(0);
  g = 2;
  return 0;
}
