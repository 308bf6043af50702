// racy: maybe_exit(0) does NOT call pthread_exit, so the worker goes on to write x concurrently with main.
#include <pthread.h>
int x;
static void maybe_exit(int c) { if (c) pthread_exit(0); }
void *w(void *a) {
  maybe_exit(0);
  x = 5;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  x = 3;
  pthread_join(t, 0);
  return x;
}
