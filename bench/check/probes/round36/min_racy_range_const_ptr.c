/* TRUTH: racy — *mp = 5 (line 9) stores into mode through a const pointer initialized to &mode, before the create; the thread then sees mode == 5 and writes data = 1 (line 6), unordered with main's data = 2 (line 11). */
#include <pthread.h>
static int mode;
static int data;
static int *const mp = &mode;
static void *w(void *p) { if (mode == 5) data = 1; return 0; }
int main(void) {
  pthread_t a;
  *mp = 5;
  pthread_create(&a, 0, w, 0);
  data = 2;
  pthread_join(a, 0);
  return data;
}
