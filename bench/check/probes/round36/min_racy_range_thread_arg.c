/* TRUTH: racy — the thread is handed &mode and stores 1 through it (line 6), so mode == 1 holds at line 7 and it writes data = 1, unordered with main's data = 2 (line 13). mode is only accessed by the thread. */
#include <pthread.h>
static int mode;
static int data;
static void *w(void *p) {
  int *q = p; *q = 1;
  if (mode == 1) data = 1;
  return 0;
}
int main(void) {
  pthread_t a;
  pthread_create(&a, 0, w, &mode);
  data = 2;
  pthread_join(a, 0);
  return data;
}
