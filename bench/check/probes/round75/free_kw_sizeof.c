/* TRUTH: free — `sizeof` redefined to `+`: `sizeof g;` is +g, a read; both threads only read g */
#include <pthread.h>
#include <stdio.h>
int g;
#define sizeof +
static void *t(void *a) { (void)a; sizeof g; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  int v = g;
  pthread_join(h, 0);
  printf("%d\n", v);
  return 0;
}
