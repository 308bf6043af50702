/* TRUTH: racy. main hands &x (its stack local) to the thread which writes it; main
   increments x before joining. */
#include <pthread.h>
static void *w(void *p) { *(int *)p = 10; return NULL; }
int main(void) {
  pthread_t t;
  int x = 0;
  pthread_create(&t, NULL, w, &x);
  x++;
  pthread_join(t, NULL);
  return x;
}
