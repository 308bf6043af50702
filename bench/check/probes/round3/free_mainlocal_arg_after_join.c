/* TRUTH: free. main's local x written by the thread, read by main only after join. */
#include <pthread.h>
static void *w(void *p) { *(int *)p = 10; return NULL; }
int main(void) {
  pthread_t t;
  int x = 0;
  pthread_create(&t, NULL, w, &x);
  pthread_join(t, NULL);
  return x;
}
