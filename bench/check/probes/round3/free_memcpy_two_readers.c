/* TRUTH: free. Two threads memcpy from the same shared src into their own locals (reads). */
#include <pthread.h>
#include <string.h>
static int src[4] = { 1, 2, 3, 4 };
static int out[2];
static void *cp(void *v) { long i = (long)v; int l[4]; memcpy(l, src, sizeof l); out[i] = l[2]; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, cp, (void *)0);
  pthread_create(&t2, NULL, cp, (void *)1);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return out[0] + out[1];
}
