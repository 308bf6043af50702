/* TRUTH: free. The worker calls a _Noreturn function that exits the process, so its
   `g = 1` is dead; main's write `g = 2` races with nothing. */
#include <pthread.h>
#include <stdlib.h>
int g;
_Noreturn static void die(int code) { exit(code); }
void *worker(void *arg) {
  die(0);
  g = 1;
  return NULL;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  g = 2;
  pthread_join(t, NULL);
  return 0;
}
