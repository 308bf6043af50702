/* TRUTH: racy — thread s (joined before w starts) stores 1 into mode through its argument &mode (line 6); w then sees mode == 1 (line 5) and writes data = 1, unordered with main's data = 2 (line 12). */
#include <pthread.h>
static int mode;
static int data;
static void *w(void *p) { if (mode == 1) data = 1; return 0; }
static void *s(void *p) { *(int *)p = 1; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&b, 0, s, &mode);
  pthread_join(b, 0);
  pthread_create(&a, 0, w, 0);
  data = 2;
  pthread_join(a, 0);
  return data;
}
