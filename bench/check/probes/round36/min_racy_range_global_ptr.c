/* TRUTH: racy — main stores 5 into mode through the global pointer gp = &mode (line 9) before starting the thread; the thread sees mode == 5 (line 6) and writes data = 1, unordered with main's data = 2 (line 11). */
#include <pthread.h>
static int mode;
static int data;
static int *gp;
static void *w(void *p) { if (mode == 5) data = 1; return 0; }
int main(void) {
  pthread_t a;
  gp = &mode; *gp = 5;
  pthread_create(&a, 0, w, 0);
  data = 2;
  pthread_join(a, 0);
  return data;
}
