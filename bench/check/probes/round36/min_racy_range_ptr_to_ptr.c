/* TRUTH: racy — **pp = 5 (line 8) writes mode through a pointer to a local pointer holding &mode, before the create; the thread sees mode == 5 (line 5) and writes data = 1, unordered with main's data = 2 (line 10). */
#include <pthread.h>
static int mode;
static int data;
static void *w(void *p) { if (mode == 5) data = 1; return 0; }
int main(void) {
  pthread_t a;
  int *p = &mode; int **pp = &p; **pp = 5;
  pthread_create(&a, 0, w, 0);
  data = 2;
  pthread_join(a, 0);
  return data;
}
