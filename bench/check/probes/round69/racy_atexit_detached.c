/* TRUTH: racy — the atexit handler runs in main at exit while the never-joined thread may still be writing g */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
int g;
static void at_end(void) { g = 3; }
void *w(void *a) { g = 1; return 0; }
int main(void) {
  pthread_t t;
  atexit(at_end);
  pthread_create(&t, 0, w, 0);
  return 0;
}
