/* TRUTH: free. Two threads write different elements of a union array. */
#include <pthread.h>
union U { int i; float f; };
static union U arr[2];
static void *w0(void *v) { (void)v; arr[0].i = 1; return NULL; }
static void *w1(void *v) { (void)v; arr[1].f = 2.0f; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w0, NULL);
  pthread_create(&t2, NULL, w1, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return arr[0].i;
}
